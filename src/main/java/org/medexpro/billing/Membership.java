package org.medexpro.billing;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A client's medical membership: the step-down after the acute phase, a monthly fee with sessions included. */
public record Membership(UUID id, UUID clientId, UUID planId, String planName, Money monthlyFee, int includedSessions,
		LocalDate startsOn, Status status, @Nullable LocalDate pausedOn, @Nullable LocalDate cancelledOn, int version) {

	public enum Status {
		ACTIVE, PAUSED, CANCELLED
	}

	/** Whether the membership covers the day (active then, or paused only later). */
	public boolean covers(LocalDate day) {
		if (day.isBefore(startsOn) || (cancelledOn != null && !day.isBefore(cancelledOn))) {
			return false;
		}
		return status != Status.PAUSED || pausedOn == null || day.isBefore(pausedOn);
	}

	/** A membership plan. */
	public record Plan(UUID id, String name, Money monthlyFee, int includedSessions, boolean active) {
	}

	/** A plan to add. */
	public record PlanData(@NotBlank @Size(max = 200) String name, @NotNull Money monthlyFee,
			@NotNull @Min(0) @Max(31) Integer includedSessions) {
	}

}
