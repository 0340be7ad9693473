package org.medexpro.scheduling;

/**
 * Where an appointment stands. A cancelled appointment gives its time back; a no-show keeps
 * it (the time was held).
 */
public enum AppointmentStatus {

	BOOKED("Booked"), CONFIRMED("Confirmed"), ATTENDED("Attended"), NO_SHOW("No-show"), CANCELLED("Cancelled");

	private final String label;

	AppointmentStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** Still to come: it can be confirmed, checked in, marked a no-show or cancelled. */
	public boolean open() {
		return this == BOOKED || this == CONFIRMED;
	}

}
