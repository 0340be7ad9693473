package org.medexpro.billing;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A payment received against an invoice. */
public record Payment(UUID id, UUID invoiceId, Money amount, LocalDate receivedOn, Method method, @Nullable String reference,
		String recordedBy) {

	public enum Method {
		CASH, CARD, CHECK, TRANSFER, INSURER
	}

	/** A payment to record. */
	public record Data(@NotNull Money amount, @Nullable LocalDate receivedOn, @NotNull Method method,
			@Nullable @Size(max = 100) String reference) {
	}

}
