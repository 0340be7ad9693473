package org.medexpro.reports;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * When each document is due (DESIGN.md DOC-COM; clinical-facts 6.5, meti-practice 5.7), as
 * plain rules over a client's dates, so that every boundary can be tested with fixed times:
 * <ul>
 * <li>the intake (MET-Q) before the first session;</li>
 * <li>the introductory letter within 24 hours of the first visit (the intake or the first session);</li>
 * <li>the assessment summary within a week of the assessment (the intake);</li>
 * <li>the progress report every 30 days from the program's start or the last report, until the
 * episode's discharge, and by the
 * day before the client's next physician visit when that is sooner; a report whose period ends
 * within the week before a visit (when the visit's report is listed) was made for that visit;</li>
 * <li>the change-in-status letter within 24 hours of the change (a red flag, a pause, a return, a
 * new diagnosis, a hospital stay: from when the practice learned of it);</li>
 * <li>the discharge summary within a week of the discharge [D].</li>
 * </ul>
 * Session logs have their own 24-hour rule (the sessions module). Letters are owed only to a
 * physician on file. A document is listed from a week before it is due. The deadline is to get
 * the document to the physician: it is met when the document is sent (by e-mail, or recorded as
 * sent by fax, post or hand); a signed one not yet sent stays listed, marked as waiting to be sent.
 */
public final class DocumentDeadlines {

	/** How far ahead a document appears on the due list. */
	public static final Duration LISTED_AHEAD = Duration.ofDays(7);

	static final int REPORT_EVERY_DAYS = 30;

	static final Duration INTRODUCTION_WITHIN = Duration.ofHours(24);

	static final Duration ASSESSMENT_SUMMARY_WITHIN = Duration.ofDays(7);

	static final Duration CHANGE_LETTER_WITHIN = Duration.ofHours(24);

	static final Duration DISCHARGE_SUMMARY_WITHIN = Duration.ofDays(7);

	/**
	 * A document of the client's, drafted or signed.
	 *
	 * @param sentAt when it was first sent or recorded as sent
	 */
	public record Existing(UUID id, DocumentKind kind, DocumentStatus status, OffsetDateTime createdAt,
			@Nullable OffsetDateTime signedAt, @Nullable LocalDate periodTo, @Nullable OffsetDateTime sentAt) {

		boolean sent() {
			return signed() && sentAt != null;
		}

		boolean waitingToBeSent() {
			return signed() && sentAt == null;
		}

		private boolean signed() {
			return status == DocumentStatus.SIGNED && signedAt != null;
		}

	}

	/**
	 * What the rules read of a client.
	 *
	 * @param programStartedOn the day the client's program started, or the day they came back to
	 * training after a discharge or maintenance when that is later
	 * @param dischargedAt when the episode ended with a discharge (or a step down to maintenance):
	 * the discharge summary is owed, and no more progress reports
	 * @param physicianVisits the client's physician visits from today on, earliest first
	 * @param changes the changes of the client's status the physician hears of (a red flag raised,
	 * a pause, a return, a new diagnosis, a hospital stay)
	 */
	public record Facts(UUID clientId, String clientName, boolean physicianOnFile, boolean inCare,
			@Nullable OffsetDateTime intakeAt, @Nullable OffsetDateTime firstSessionAt, @Nullable LocalDate programStartedOn,
			@Nullable OffsetDateTime dischargedAt, List<LocalDate> physicianVisits, List<Change> changes,
			List<Existing> documents) {
	}

	/**
	 * A change the physician hears of in a change-in-status letter.
	 *
	 * @param at when the practice learned of it
	 * @param label a word or two for the due list
	 * @param description what the letter says happened
	 */
	public record Change(OffsetDateTime at, String label, String description) {
	}

	/** The next progress report's date, and the physician visit it is due before, if that set it. */
	private record NextReport(LocalDate due, @Nullable LocalDate beforeVisit) {
	}

	private final ZoneId zone;

	public DocumentDeadlines(ZoneId zone) {
		this.zone = zone;
	}

	/** Everything owed for this client that is due within a week or overdue at {@code now}. */
	public List<DueDocument> due(Facts f, OffsetDateTime now) {
		List<DueDocument> due = new ArrayList<>();
		if (f.firstSessionAt() != null && f.intakeAt() == null) {
			due.add(new DueDocument(f.clientId(), f.clientName(), null, "Intake (MET-Q)", f.firstSessionAt(),
					now.isAfter(f.firstSessionAt()), "training began without an intake on file", null, false));
		}
		OffsetDateTime firstVisit = earliest(f.intakeAt(), f.firstSessionAt());
		if (f.physicianOnFile()) {
			if (firstVisit != null && sent(f, DocumentKind.INTRODUCTORY_LETTER, null).isEmpty()) {
				due.add(item(f, DocumentKind.INTRODUCTORY_LETTER, null, firstVisit.plus(INTRODUCTION_WITHIN), now,
						"first visit " + firstVisit.atZoneSameInstant(zone).toLocalDate()));
			}
			if (f.intakeAt() != null && sent(f, DocumentKind.ASSESSMENT_SUMMARY, f.intakeAt()).isEmpty()) {
				due.add(item(f, DocumentKind.ASSESSMENT_SUMMARY, f.intakeAt(), f.intakeAt().plus(ASSESSMENT_SUMMARY_WITHIN), now,
						"assessment " + f.intakeAt().atZoneSameInstant(zone).toLocalDate()));
			}
			progressReport(f, now).ifPresent(due::add);
			changeInStatus(f, now).ifPresent(due::add);
			if (f.dischargedAt() != null && sent(f, DocumentKind.DISCHARGE_SUMMARY, f.dischargedAt()).isEmpty()) {
				due.add(item(f, DocumentKind.DISCHARGE_SUMMARY, f.dischargedAt(), f.dischargedAt().plus(DISCHARGE_SUMMARY_WITHIN), now,
						"discharged " + f.dischargedAt().atZoneSameInstant(zone).toLocalDate()));
			}
		}
		return due.stream().filter(d -> !d.dueAt().minus(LISTED_AHEAD).isAfter(now)).toList();
	}

	/** The date the next progress report is due, or empty when none is owed. */
	public Optional<LocalDate> nextProgressReport(Facts f) {
		return nextReport(f).map(NextReport::due);
	}

	/**
	 * Thirty days after the last report's period (or the program's start), or the day before the
	 * first physician visit that no report was made for, when that is sooner. None after the
	 * episode's discharge: the discharge summary closes it, even when a program stays active for
	 * a client stepped down to maintenance.
	 */
	private Optional<NextReport> nextReport(Facts f) {
		if (!f.physicianOnFile() || !f.inCare() || f.dischargedAt() != null || f.programStartedOn() == null) {
			return Optional.empty();
		}
		LocalDate lastReport = sent(f, DocumentKind.PROGRESS_REPORT, null).stream()
			.map(d -> d.periodTo() != null ? d.periodTo() : d.signedAt().atZoneSameInstant(zone).toLocalDate())
			.max(Comparator.naturalOrder())
			.orElse(null);
		LocalDate base = lastReport != null && lastReport.isAfter(f.programStartedOn()) ? lastReport : f.programStartedOn();
		LocalDate due = base.plusDays(REPORT_EVERY_DAYS);
		for (LocalDate visit : f.physicianVisits().stream().sorted().toList()) {
			boolean madeForThisVisit = lastReport != null && !lastReport.isBefore(visit.minusDays(LISTED_AHEAD.toDays()));
			if (visit.isBefore(base) || madeForThisVisit) {
				continue;
			}
			if (visit.minusDays(1).isBefore(due)) {
				return Optional.of(new NextReport(visit.minusDays(1), visit));
			}
			break;
		}
		return Optional.of(new NextReport(due, null));
	}

	private Optional<DueDocument> progressReport(Facts f, OffsetDateTime now) {
		OffsetDateTime lastSent = sent(f, DocumentKind.PROGRESS_REPORT, null).stream().map(Existing::signedAt)
			.max(Comparator.naturalOrder()).orElse(null);
		return nextReport(f).map(next -> item(f, DocumentKind.PROGRESS_REPORT, lastSent, endOf(next.due()), now,
				next.beforeVisit() != null ? "before the physician visit on " + next.beforeVisit() : "every 30 days"));
	}

	private Optional<DueDocument> changeInStatus(Facts f, OffsetDateTime now) {
		return unreported(f).stream().findFirst()
			.map(change -> item(f, DocumentKind.CHANGE_IN_STATUS, change.at(), change.at().plus(CHANGE_LETTER_WITHIN), now,
					change.label() + " " + change.at().atZoneSameInstant(zone).toLocalDate()));
	}

	/** The changes no change-in-status letter sent to the physician has told of yet, earliest first. */
	public List<Change> unreported(Facts f) {
		OffsetDateTime lastLetter = sent(f, DocumentKind.CHANGE_IN_STATUS, null).stream()
			.map(Existing::signedAt)
			.max(Comparator.naturalOrder())
			.orElse(null);
		return f.changes().stream()
			.filter(c -> lastLetter == null || c.at().isAfter(lastLetter))
			.sorted(Comparator.comparing(Change::at))
			.toList();
	}

	/**
	 * A document owed: the one signed since {@code since} and waiting to be sent, if any, else
	 * the draft already started.
	 */
	private DueDocument item(Facts f, DocumentKind kind, @Nullable OffsetDateTime since, OffsetDateTime dueAt,
			OffsetDateTime now, String why) {
		Existing waiting = f.documents().stream()
			.filter(d -> d.kind() == kind && d.waitingToBeSent() && (since == null || !d.signedAt().isBefore(since)))
			.findFirst()
			.orElse(null);
		UUID document = waiting != null ? waiting.id() : draft(f, kind);
		return new DueDocument(f.clientId(), f.clientName(), kind, kind.label(), dueAt, now.isAfter(dueAt),
				waiting != null ? why + "; signed, waiting to be sent" : why, document, waiting != null);
	}

	/** The documents of a kind sent to the physician, signed at or after {@code since} when given. */
	private static List<Existing> sent(Facts f, DocumentKind kind, @Nullable OffsetDateTime since) {
		return f.documents().stream()
			.filter(d -> d.kind() == kind && d.sent())
			.filter(d -> since == null || !d.signedAt().isBefore(since))
			.toList();
	}

	private static @Nullable UUID draft(Facts f, DocumentKind kind) {
		return f.documents().stream().filter(d -> d.kind() == kind && d.status() == DocumentStatus.DRAFT)
			.map(Existing::id).findFirst().orElse(null);
	}

	private OffsetDateTime endOf(LocalDate date) {
		return date.atTime(LocalTime.MAX).atZone(zone).toOffsetDateTime();
	}

	private static @Nullable OffsetDateTime earliest(@Nullable OffsetDateTime a, @Nullable OffsetDateTime b) {
		if (a == null) {
			return b;
		}
		return b == null || a.isBefore(b) ? a : b;
	}

}
