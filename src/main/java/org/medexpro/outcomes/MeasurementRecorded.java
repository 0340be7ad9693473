package org.medexpro.outcomes;

import java.util.UUID;

/** A measure was recorded for a client (programs check their exercises again: some rules read measures). */
public record MeasurementRecorded(UUID clientId, String measureCode) {
}
