package org.medexpro.assessment;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A physician's clearance to train, which resolves the open red flags. */
public record Clearance(UUID id, UUID clientId, UUID physicianId, String physicianName, LocalDate clearedOn,
		@Nullable String note, OffsetDateTime recordedAt, String recordedBy) {
}
