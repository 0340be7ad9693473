package org.medexpro.sessions;

/** Whether the client came: a no-show or a cancellation is logged too, without exercises. */
public enum Attendance {
	ATTENDED, NO_SHOW, CANCELLED
}
