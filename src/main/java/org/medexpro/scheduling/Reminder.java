package org.medexpro.scheduling;

import org.jspecify.annotations.Nullable;

/**
 * Tomorrow's appointment to confirm: whom to call or e-mail.
 *
 * @param emailAgreed whether the client agreed to e-mail reminders
 */
public record Reminder(Appointment appointment, String clientName, @Nullable String phone, @Nullable String email,
		boolean emailAgreed) {

	/** An e-mail reminder can go: agreed, an address on file, not yet sent. */
	public boolean canEmail() {
		return emailAgreed && email != null && !email.isBlank() && appointment.remindedAt() == null;
	}

}
