package org.medexpro.knowledge;

/**
 * How a motion is produced: moved by another person, a strap or the other limb
 * (PASSIVE, including stretches), by the client's own muscles (ACTIVE), or against a
 * band, weight or machine (RESISTED). Rules such as “no active shoulder elevation” and
 * “no resisted hip abduction” need the difference.
 */
public enum MovementMode {
	PASSIVE, ACTIVE, RESISTED
}
