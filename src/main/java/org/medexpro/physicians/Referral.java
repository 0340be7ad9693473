package org.medexpro.physicians;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A referral received from a physician: the diagnosis code and reason, and the client it
 * became once the referred person was registered.
 */
public record Referral(UUID id, UUID physicianId, String physicianName, @Nullable UUID clientId, String icd10,
		String reason, LocalDate receivedOn, OffsetDateTime recordedAt, String recordedBy, int version) {

	/** An ICD-10-CM code: a letter, two characters, and up to four after a dot. */
	public static final String ICD10 = "[A-Z][0-9][0-9A-Z](\\.[0-9A-Z]{1,4})?";

	/** A referral as received (API.md {@code POST /referrals}). */
	public record Data(@NotNull UUID physicianId, @Nullable UUID clientId,
			@NotBlank @Pattern(regexp = ICD10, message = "must be an ICD-10-CM code such as M17.11") String icd10,
			@NotBlank @Size(max = 1000) String reason, @NotNull @PastOrPresent LocalDate receivedOn) {
	}

}
