package org.medexpro.audit;

import org.jspecify.annotations.Nullable;

/**
 * The verifier's answer: whether the chain is intact and, when not, the first entry
 * that was changed, removed or inserted.
 *
 * @param entriesChecked how many entries were read
 * @param firstBrokenSeq the sequence number of the first entry that does not match, or
 * {@code null} when the chain is intact
 */
public record AuditVerification(boolean intact, long entriesChecked, @Nullable Long firstBrokenSeq,
		@Nullable String problem) {
}
