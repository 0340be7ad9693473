package org.medexpro.scheduling;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** Whether a client agreed to appointment reminders by e-mail, and when. */
public record ReminderPreference(UUID clientId, boolean email, @Nullable LocalDate agreedOn) {
}
