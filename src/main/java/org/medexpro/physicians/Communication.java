package org.medexpro.physicians;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A communication with a physician's office, logged per physician and per client: a
 * document sent, a letter, a call, a visit.
 *
 * @param documentId the document sent, for documents
 */
public record Communication(UUID id, @Nullable UUID physicianId, @Nullable UUID clientId, CommunicationKind kind,
		ContactChannel channel, @Nullable UUID documentId, String subject, @Nullable String note, OffsetDateTime at,
		String by) {

	/** A communication to log: a call, a visit, a letter sent outside the application. */
	public record Data(@Nullable UUID physicianId, @Nullable UUID clientId, @NotNull CommunicationKind kind,
			@NotNull ContactChannel channel, @Nullable UUID documentId, @NotBlank @Size(max = 300) String subject,
			@Nullable @Size(max = 2000) String note) {
	}

}
