package org.medexpro.reports;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A client's physician visit to come, as recorded: the progress report is due the day before. */
public record PhysicianVisit(UUID id, @Nullable UUID physicianId, LocalDate visitOn) {
}
