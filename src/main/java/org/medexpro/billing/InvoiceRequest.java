package org.medexpro.billing;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What to invoice for a client: these signed session logs (or, without any, every signed
 * log of a session attended that is not invoiced yet), to the payer of a coverage (or the
 * client).
 */
public record InvoiceRequest(@Nullable @Size(max = 200) List<@NotNull UUID> sessionIds, @Nullable UUID coverageId) {
}
