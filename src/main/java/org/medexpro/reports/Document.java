package org.medexpro.reports;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.physicians.Communication;

/**
 * A document to a client's physician: its kind, the edited parts, the data it shows, who
 * signed it and how it was sent.
 */
public record Document(UUID id, UUID clientId, DocumentKind kind, DocumentStatus status, Map<String, String> sections,
		DocumentData data, OffsetDateTime createdAt, String createdBy, @Nullable OffsetDateTime signedAt,
		@Nullable String signedBy, int version, List<Communication> sent) {

	public boolean signed() {
		return status == DocumentStatus.SIGNED;
	}

}
