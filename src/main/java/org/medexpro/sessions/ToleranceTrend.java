package org.medexpro.sessions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A client's tolerance and adherence, session by session (oldest first), which the
 * progression criteria read: the highest pain after training, the mean RPE, whether it was
 * tolerated, and attendance.
 */
public record ToleranceTrend(UUID clientId, List<Point> sessions, int attended, int noShows, int cancelled) {

	/**
	 * @param tolerated no exercise POOR and no exercise response that stopped the session
	 */
	public record Point(UUID sessionId, LocalDate on, OffsetDateTime startedAt, Attendance attendance, @Nullable Integer painBefore,
			@Nullable Integer painAfter, @Nullable BigDecimal meanRpe, boolean tolerated, boolean signed) {
	}

	/** Sessions attended of those booked (attended, no-shows and cancellations), in whole percent; null without any. */
	public @Nullable Integer attendancePercent() {
		int booked = attended + noShows + cancelled;
		return booked == 0 ? null : Math.round(100f * attended / booked);
	}

}
