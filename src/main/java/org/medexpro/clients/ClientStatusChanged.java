package org.medexpro.clients;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A client's status changed (published inside the transaction that changes it, so that
 * what other modules do about it commits with it, or not at all): a red flag that needs a
 * clearance, a discharge, a pause.
 */
public record ClientStatusChanged(UUID clientId, ClientStatus from, ClientStatus to, @Nullable String reason) {
}
