package org.medexpro.scheduling.web;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.medexpro.scheduling.Appointment;
import org.medexpro.scheduling.AppointmentStatus;
import org.medexpro.scheduling.CalendarEntry;

/**
 * Lays a calendar out for the page: columns (days of a week, or staff members of a day),
 * each with its appointments placed by time, side by side where they overlap, between the
 * first and last hour the practice uses that week.
 */
final class CalendarView {

	static final int FIRST_HOUR = 7;

	static final int LAST_HOUR = 19;

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

	/**
	 * One appointment on the grid, with everything the page prints of it worked out here: a
	 * practice's week holds some 800 of them, and each expression the template evaluates per
	 * block costs (the page took 80 ms with the values read through the records).
	 *
	 * @param href the appointment's page, none for a client the staff member may not see
	 * @param style its place as percentages of the column
	 * @param staff the professional, on the practice's week; none on one professional's
	 * @param badge the status, unless simply booked
	 */
	public record Block(@Nullable String href, String css, String style, String status, String kind, String time, String title,
			String kindLabel, @Nullable String staff, @Nullable String badge, String tooltip) {
	}

	public record Column(String heading, LocalDate date, String staff, boolean today, List<Block> blocks) {
	}

	public record Hour(String label, double top) {
	}

	final int firstHour;

	final int lastHour;

	private final ZoneId zone;

	CalendarView(List<CalendarEntry> entries, ZoneId zone) {
		this.zone = zone;
		int first = FIRST_HOUR;
		int last = LAST_HOUR;
		for (CalendarEntry e : entries) {
			first = Math.min(first, e.appointment().start().atZoneSameInstant(zone).getHour());
			var end = e.appointment().end().atZoneSameInstant(zone);
			last = Math.max(last, end.getHour() + (end.getMinute() > 0 ? 1 : 0));
		}
		this.firstHour = first;
		this.lastHour = Math.min(24, Math.max(last, first + 1));
	}

	List<Hour> hours() {
		List<Hour> hours = new ArrayList<>();
		for (int h = firstHour; h < lastHour; h++) {
			hours.add(new Hour(LocalTime.of(h, 0).format(HOUR), percent(Duration.ofHours(h - firstHour))));
		}
		return hours;
	}

	static String dayHeading(LocalDate date) {
		return date.format(DAY);
	}

	/**
	 * The entries of one column, placed; overlapping ones share the width in lanes.
	 * @param showStaff name each appointment's professional (the practice's week)
	 */
	Column column(String heading, LocalDate date, String staff, LocalDate today, List<CalendarEntry> entries, boolean showStaff) {
		List<CalendarEntry> sorted = entries.stream()
			.sorted(java.util.Comparator.comparing((CalendarEntry e) -> e.appointment().start()))
			.toList();
		List<java.time.OffsetDateTime> laneEnds = new ArrayList<>();
		List<Integer> lanes = new ArrayList<>();
		for (CalendarEntry e : sorted) {
			int lane = 0;
			while (lane < laneEnds.size() && laneEnds.get(lane).isAfter(e.appointment().start())) {
				lane++;
			}
			if (lane == laneEnds.size()) {
				laneEnds.add(e.appointment().end());
			}
			else {
				laneEnds.set(lane, e.appointment().end());
			}
			lanes.add(lane);
		}
		double width = 100.0 / Math.max(1, laneEnds.size());
		List<Block> blocks = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			CalendarEntry e = sorted.get(i);
			var start = e.appointment().start().atZoneSameInstant(zone);
			var end = e.appointment().end().atZoneSameInstant(zone);
			Duration fromTop = Duration.between(start.toLocalDate().atTime(firstHour, 0), start.toLocalDateTime());
			blocks.add(block(e, percent(fromTop), percent(Duration.between(start, end)), lanes.get(i) * width, width,
					start.format(HOUR) + "–" + end.format(HOUR), showStaff));
		}
		return new Column(heading, date, staff, date.equals(today), blocks);
	}

	private static Block block(CalendarEntry entry, double top, double height, double left, double width, String time,
			boolean showStaff) {
		Appointment a = entry.appointment();
		String kind = a.kind().name();
		String status = a.status().name();
		String style = "top:" + percent(top) + ";height:" + percent(height) + ";left:" + percent(left) + ";width:" + percent(width);
		String css = "appointment kind-" + kind.toLowerCase(Locale.ROOT).replace('_', '-') + " status-"
				+ status.toLowerCase(Locale.ROOT).replace('_', '-');
		return new Block(entry.visible() ? "/schedule/appointments/" + a.id() : null, css, style, status, kind, time, entry.title(),
				a.kind().label(), showStaff ? a.staffUsername() : null, a.status() == AppointmentStatus.BOOKED ? null : a.status().label(),
				time + " " + entry.title() + " (" + a.kind().label() + ", " + a.status().label().toLowerCase(Locale.ROOT) + ")");
	}

	/** A CSS percentage to the thousandth (String.format took a tenth of the week view's time). */
	private static String percent(double value) {
		return Math.round(value * 1000) / 1000.0 + "%";
	}

	private double percent(Duration duration) {
		return 100.0 * duration.toMinutes() / ((lastHour - firstHour) * 60.0);
	}

	/** The grid's height in rem: an hour is 4rem, tall enough to tap a half-hour appointment. */
	int heightRem() {
		return (lastHour - firstHour) * 4;
	}

}
