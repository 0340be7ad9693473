package org.medexpro.billing;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * Who pays for a client's episode, with the insured, the claim (workers' compensation and
 * auto carriers), eligibility as verified, and the pre-authorisation (clinical-facts 5.8).
 *
 * @param visitsUsed the visits invoiced under the authorisation so far
 */
public record Coverage(UUID id, UUID clientId, UUID payerId, String payerName, @Nullable String memberId,
		@Nullable String groupNumber, @Nullable String insuredName, Relationship relationship, @Nullable String claimNumber,
		@Nullable String adjusterName, @Nullable String adjusterPhone, @Nullable String adjusterEmail, @Nullable String employer,
		@Nullable LocalDate injuryDate, @Nullable String accidentState, @Nullable LocalDate eligibilityVerifiedOn,
		@Nullable String eligibilityNote, @Nullable String authorizationNumber, @Nullable Integer authorizedVisits,
		@Nullable LocalDate authorizedFrom, @Nullable LocalDate authorizedTo, boolean active, int visitsUsed, int version) {

	/** How the client is related to the insured (CMS-1500 item 6). */
	public enum Relationship {
		SELF, SPOUSE, CHILD, EMPLOYER, OTHER
	}

	/** Authorised visits still left, when the authorisation counts visits. */
	public @Nullable Integer visitsLeft() {
		return authorizedVisits == null ? null : Math.max(0, authorizedVisits - visitsUsed);
	}

	/** A coverage to record. */
	public record Data(@NotNull UUID payerId, @Nullable @Size(max = 80) String memberId, @Nullable @Size(max = 80) String groupNumber,
			@Nullable @Size(max = 200) String insuredName, @Nullable Relationship relationship,
			@Nullable @Size(max = 80) String claimNumber, @Nullable @Size(max = 200) String adjusterName,
			@Nullable @Size(max = 40) String adjusterPhone, @Nullable @Email @Size(max = 254) String adjusterEmail,
			@Nullable @Size(max = 200) String employer, @Nullable LocalDate injuryDate,
			@Nullable @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code such as FL") String accidentState,
			@Nullable LocalDate eligibilityVerifiedOn, @Nullable @Size(max = 1000) String eligibilityNote,
			@Nullable @Size(max = 80) String authorizationNumber, @Nullable @Min(1) @Max(500) Integer authorizedVisits,
			@Nullable LocalDate authorizedFrom, @Nullable LocalDate authorizedTo) {
	}

}
