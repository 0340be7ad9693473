package org.medexpro.shared;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Shows times in the practice's own time zone on pages and in documents
 * ({@code medex.time-zone}, default the server's). The API and the audit trail keep UTC.
 * Used in templates as {@code ${@practiceTime.format(value)}}.
 */
@Component("practiceTime")
public class PracticeTime {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private final ZoneId zone;

	PracticeTime(@Value("${medex.time-zone:#{T(java.time.ZoneId).systemDefault().id}}") String zone) {
		this.zone = ZoneId.of(zone);
	}

	public String format(@Nullable OffsetDateTime time) {
		return time == null ? "" : time.atZoneSameInstant(zone).format(DATE_TIME);
	}

	public String date(@Nullable OffsetDateTime time) {
		return time == null ? "" : time.atZoneSameInstant(zone).format(DATE);
	}

	public ZoneId zone() {
		return zone;
	}

}
