package org.medexpro.sessions;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A session log as recorded.
 *
 * @param signDueBy the 24-hour rule: when it must be signed by
 * @param late whether it was not (or is not yet) signed by then
 * @param intact for a signed log, whether its content still matches the hash taken when it was signed
 */
public record SessionLog(UUID id, UUID clientId, String author, OffsetDateTime startedAt, OffsetDateTime endedAt,
		Attendance attendance, SessionStatus status, RpeScale rpeScale, @Nullable VitalsCheck vitalsCheck,
		List<SessionEntry> entries, ExerciseVitals vitalsAfter, Map<ServiceKind, Integer> minutes, @Nullable String notes,
		OffsetDateTime signDueBy, @Nullable OffsetDateTime signedAt, boolean late, boolean intact, int version,
		List<Addendum> addenda) {

	public boolean signed() {
		return status == SessionStatus.SIGNED;
	}

	public int totalMinutes() {
		return minutes.values().stream().mapToInt(Integer::intValue).sum();
	}

	/** The highest pain after training of the session, if any was recorded. */
	public @Nullable Integer highestPainAfter() {
		return entries.stream().map(SessionEntry::painAfter).filter(p -> p != null).max(Integer::compare).orElse(null);
	}

	/** Every exercise-response flag of the session, for the summary at the top. */
	public List<GateReason> flags() {
		return entries.stream().flatMap(e -> e.flags().stream()).toList();
	}

}
