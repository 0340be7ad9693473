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
		@Nullable String groupNumber, @Nullable String insuredName, @Nullable String insuredAddress, Relationship relationship, @Nullable String claimNumber,
		@Nullable String adjusterName, @Nullable String adjusterPhone, @Nullable String adjusterEmail, @Nullable String employer,
		@Nullable LocalDate injuryDate, @Nullable String accidentState, @Nullable LocalDate eligibilityVerifiedOn,
		@Nullable String eligibilityNote, @Nullable String authorizationNumber, @Nullable Integer authorizedVisits,
		@Nullable LocalDate authorizedFrom, @Nullable LocalDate authorizedTo, boolean active, int visitsUsed, int version) {

	/** How the client is related to the insured (CMS-1500 item 6; the 837P's individual relationship code). */
	public enum Relationship {
		SELF("Self", "18"), SPOUSE("Spouse", "01"), CHILD("Child", "19"), EMPLOYER("Other", "20"), OTHER("Other", "G8");

		private final String onForm;

		private final String x12Code;

		Relationship(String onForm, String x12Code) {
			this.onForm = onForm;
			this.x12Code = x12Code;
		}

		/** The box ticked in item 6, which offers Self, Spouse, Child and Other (an employer is Other). */
		public String onForm() {
			return onForm;
		}

		/** PAT01 of the 837P: 01 spouse, 19 child, 20 employee, G8 other (18 self is SBR02). */
		public String x12Code() {
			return x12Code;
		}
	}

	/** The client is the insured (otherwise the insured is the employer, a spouse or a parent). */
	public boolean clientIsInsured() {
		return relationship == Relationship.SELF;
	}

	/** Authorised visits still left, when the authorisation counts visits. */
	public @Nullable Integer visitsLeft() {
		return authorizedVisits == null ? null : Math.max(0, authorizedVisits - visitsUsed);
	}

	/** A coverage to record. */
	public record Data(@NotNull UUID payerId, @Nullable @Size(max = 80) String memberId, @Nullable @Size(max = 80) String groupNumber,
			@Nullable @Size(max = 200) String insuredName, @Nullable @Size(max = 300) String insuredAddress,
			@Nullable Relationship relationship,
			@Nullable @Size(max = 80) String claimNumber, @Nullable @Size(max = 200) String adjusterName,
			@Nullable @Size(max = 40) String adjusterPhone, @Nullable @Email @Size(max = 254) String adjusterEmail,
			@Nullable @Size(max = 200) String employer, @Nullable LocalDate injuryDate,
			@Nullable @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code such as FL") String accidentState,
			@Nullable LocalDate eligibilityVerifiedOn, @Nullable @Size(max = 1000) String eligibilityNote,
			@Nullable @Size(max = 80) String authorizationNumber, @Nullable @Min(1) @Max(500) Integer authorizedVisits,
			@Nullable LocalDate authorizedFrom, @Nullable LocalDate authorizedTo) {
	}

}
