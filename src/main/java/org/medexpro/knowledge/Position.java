package org.medexpro.knowledge;

/** The body position an exercise is done in. */
public enum Position {
	SUPINE, PRONE, SIDELYING, SEATED, STANDING, KNEELING, QUADRUPED
}
