package org.medexpro.billing;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A payer and its rules.
 *
 * @param acceptsPractice whether it pays a (non-licensed) exercise practice at all; when it
 * does not, the client pays and gets a superbill to claim from it themselves
 * @param unitMethod how it counts timed units: the CMS 8-minute rule or the AMA rule of eights
 * @param electronicClaims whether it takes X12 837P files (else the CMS-1500 form)
 * @param requiresAuthorization whether visits need a pre-authorisation on the coverage
 */
public record Payer(UUID id, String name, PayerKind kind, boolean acceptsPractice, UnitMethod unitMethod,
		boolean electronicClaims, @Nullable String payerCode, boolean requiresAuthorization, @Nullable String addressLine,
		@Nullable String city, @Nullable String state, @Nullable String postalCode, @Nullable String phone,
		@Nullable String notes, int version) {

	/** The payer every practice has from the start: the client. */
	public static final UUID SELF_PAY = UUID.fromString("5e1f9a7e-0000-4000-8000-000000000001");

	public boolean selfPay() {
		return kind == PayerKind.SELF_PAY;
	}

	/** A payer to add or change. */
	public record Data(@NotBlank @Size(max = 200) String name, @NotNull PayerKind kind, @NotNull Boolean acceptsPractice,
			@Nullable UnitMethod unitMethod, @Nullable Boolean electronicClaims, @Nullable @Size(max = 80) String payerCode,
			@Nullable Boolean requiresAuthorization, @Nullable @Size(max = 200) String addressLine,
			@Nullable @Size(max = 100) String city, @Nullable @Pattern(regexp = "[A-Z]{2}", message = "must be a two-letter state code such as ME") String state,
			@Nullable @Size(max = 10) String postalCode, @Nullable @Size(max = 40) String phone,
			@Nullable @Size(max = 2000) String notes) {
	}

}
