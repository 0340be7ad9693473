package org.medexpro.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.medexpro.reports.DocumentDeadlines.Change;
import org.medexpro.reports.DocumentDeadlines.Existing;
import org.medexpro.reports.DocumentDeadlines.Facts;

/** Each document's deadline at its boundary, with fixed times (the session log's is in SessionApiTests). */
class DocumentDeadlinesTests {

	static final ZoneId ZONE = ZoneId.of("America/New_York");

	static final DocumentDeadlines RULES = new DocumentDeadlines(ZONE);

	static final OffsetDateTime INTAKE = OffsetDateTime.parse("2026-11-02T09:00:00-05:00");

	static final UUID CLIENT = UUID.randomUUID();

	@Test
	void theIntroductoryLetterIsOverdue25HoursAfterTheFirstVisitNotAt23() {
		Facts f = facts(INTAKE, null, null, null, null, List.of(), List.of());
		assertThat(find(RULES.due(f, INTAKE.plusHours(23)), DocumentKind.INTRODUCTORY_LETTER).overdue()).isFalse();
		assertThat(find(RULES.due(f, INTAKE.plusHours(25)), DocumentKind.INTRODUCTORY_LETTER).overdue()).isTrue();
		Facts sent = facts(INTAKE, null, null, null, null, List.of(),
				List.of(signed(DocumentKind.INTRODUCTORY_LETTER, INTAKE.plusHours(5), null)));
		assertThat(kinds(RULES.due(sent, INTAKE.plusHours(25)))).doesNotContain(DocumentKind.INTRODUCTORY_LETTER);
	}

	@Test
	void theIntroductoryLetterCountsFromTheFirstSessionWhenItCameBeforeTheIntake() {
		OffsetDateTime session = INTAKE.minusDays(2);
		Facts f = facts(INTAKE, session, null, null, null, List.of(), List.of());
		assertThat(find(RULES.due(f, session.plusHours(25)), DocumentKind.INTRODUCTORY_LETTER).overdue()).isTrue();
	}

	@Test
	void aSignedDocumentNotYetSentStaysDueMarkedAsWaitingToBeSent() {
		Existing letter = signedNotSent(DocumentKind.INTRODUCTORY_LETTER, INTAKE.plusHours(5), null);
		Facts unsent = facts(INTAKE, null, null, null, null, List.of(), List.of(letter));
		DueDocument due = find(RULES.due(unsent, INTAKE.plusHours(25)), DocumentKind.INTRODUCTORY_LETTER);
		assertThat(due.overdue()).isTrue();
		assertThat(due.waitingToBeSent()).isTrue();
		assertThat(due.documentId()).isEqualTo(letter.id());
		assertThat(due.why()).contains("signed, waiting to be sent");
		Existing sent = new Existing(letter.id(), letter.kind(), letter.status(), letter.createdAt(), letter.signedAt(), null,
				INTAKE.plusHours(30));
		assertThat(kinds(RULES.due(facts(INTAKE, null, null, null, null, List.of(), List.of(sent)), INTAKE.plusHours(31))))
			.doesNotContain(DocumentKind.INTRODUCTORY_LETTER);

		LocalDate start = LocalDate.of(2026, 11, 2);
		Existing report = signedNotSent(DocumentKind.PROGRESS_REPORT, at("2026-12-01T10:00:00"), LocalDate.of(2026, 12, 1));
		Facts reportUnsent = facts(INTAKE, null, start, null, null, List.of(), List.of(report));
		assertThat(RULES.nextProgressReport(reportUnsent)).as("still due 30 days from the start").contains(LocalDate.of(2026, 12, 2));
		DueDocument owed = find(RULES.due(reportUnsent, at("2026-12-03T09:00:00")), DocumentKind.PROGRESS_REPORT);
		assertThat(owed.overdue()).isTrue();
		assertThat(owed.waitingToBeSent()).isTrue();
		assertThat(owed.documentId()).isEqualTo(report.id());
	}

	@Test
	void theAssessmentSummaryIsDueAWeekAfterTheAssessment() {
		Facts f = facts(INTAKE, null, null, null, null, List.of(), List.of());
		assertThat(find(RULES.due(f, INTAKE.plusDays(7).minusMinutes(1)), DocumentKind.ASSESSMENT_SUMMARY).overdue()).isFalse();
		assertThat(find(RULES.due(f, INTAKE.plusDays(7).plusMinutes(1)), DocumentKind.ASSESSMENT_SUMMARY).overdue()).isTrue();
	}

	@Test
	void theProgressReportIsDueThirtyDaysAfterTheProgramStartedOrTheLastReport() {
		LocalDate start = LocalDate.of(2026, 11, 2);
		Facts first = facts(INTAKE, null, start, null, null, List.of(), List.of());
		assertThat(RULES.nextProgressReport(first)).contains(LocalDate.of(2026, 12, 2));
		assertThat(find(RULES.due(first, at("2026-12-02T23:59:00")), DocumentKind.PROGRESS_REPORT).overdue()).isFalse();
		assertThat(find(RULES.due(first, at("2026-12-03T00:01:00")), DocumentKind.PROGRESS_REPORT).overdue()).isTrue();
		assertThat(kinds(RULES.due(first, at("2026-11-25T12:00:00")))).as("listed from a week ahead")
			.doesNotContain(DocumentKind.PROGRESS_REPORT);
		assertThat(kinds(RULES.due(first, at("2026-11-26T00:00:00")))).contains(DocumentKind.PROGRESS_REPORT);

		Facts later = facts(INTAKE, null, start, null, null, List.of(),
				List.of(signed(DocumentKind.PROGRESS_REPORT, at("2026-12-01T10:00:00"), LocalDate.of(2026, 12, 1))));
		assertThat(RULES.nextProgressReport(later)).contains(LocalDate.of(2026, 12, 31));
	}

	@Test
	void aPhysicianVisitBringsTheProgressReportForwardToTheDayBefore() {
		LocalDate start = LocalDate.of(2026, 11, 2);
		Facts visit = facts(INTAKE, null, start, null, LocalDate.of(2026, 11, 20), List.of(), List.of());
		assertThat(RULES.nextProgressReport(visit)).contains(LocalDate.of(2026, 11, 19));
		assertThat(find(RULES.due(visit, at("2026-11-19T12:00:00")), DocumentKind.PROGRESS_REPORT).why())
			.contains("before the physician visit on 2026-11-20");
		Facts farVisit = facts(INTAKE, null, start, null, LocalDate.of(2027, 1, 20), List.of(), List.of());
		assertThat(RULES.nextProgressReport(farVisit)).contains(LocalDate.of(2026, 12, 2));
	}

	@Test
	void aReportMadeForAPhysicianVisitClearsItUntilThirtyDaysLaterOrTheNextVisit() {
		LocalDate start = LocalDate.of(2026, 11, 2);
		LocalDate visit = LocalDate.of(2026, 11, 20);
		Existing forTheVisit = signed(DocumentKind.PROGRESS_REPORT, at("2026-11-18T10:00:00"), LocalDate.of(2026, 11, 18));
		Facts f = facts(INTAKE, null, start, null, visit, List.of(), List.of(forTheVisit));
		assertThat(RULES.nextProgressReport(f)).as("30 days after the report made for the visit").contains(LocalDate.of(2026, 12, 18));
		assertThat(kinds(RULES.due(f, at("2026-11-20T08:00:00")))).as("not due again on the visit day")
			.doesNotContain(DocumentKind.PROGRESS_REPORT);

		Facts twoVisits = new Facts(CLIENT, "Ada Client", true, true, INTAKE, null, start, null,
				List.of(visit, LocalDate.of(2026, 12, 10)), List.of(), List.of(forTheVisit));
		assertThat(RULES.nextProgressReport(twoVisits)).as("the day before the next visit").contains(LocalDate.of(2026, 12, 9));

		Existing monthBefore = signed(DocumentKind.PROGRESS_REPORT, at("2026-11-10T10:00:00"), LocalDate.of(2026, 11, 10));
		Facts older = facts(INTAKE, null, start, null, visit, List.of(), List.of(monthBefore));
		assertThat(RULES.nextProgressReport(older)).as("a report more than a week before the visit was not made for it")
			.contains(LocalDate.of(2026, 11, 19));
	}

	@Test
	void theChangeInStatusLetterIsDueWithin24HoursOfTheChange() {
		OffsetDateTime pause = at("2026-11-10T14:00:00");
		Facts f = facts(INTAKE, null, null, null, null, List.of(change(pause)),
				List.of(signed(DocumentKind.INTRODUCTORY_LETTER, INTAKE, null), signed(DocumentKind.ASSESSMENT_SUMMARY, INTAKE, null)));
		assertThat(find(RULES.due(f, pause.plusHours(23)), DocumentKind.CHANGE_IN_STATUS).overdue()).isFalse();
		assertThat(find(RULES.due(f, pause.plusHours(25)), DocumentKind.CHANGE_IN_STATUS).overdue()).isTrue();
		Facts written = facts(INTAKE, null, null, null, null, List.of(change(pause)),
				List.of(signed(DocumentKind.CHANGE_IN_STATUS, pause.plusHours(2), null)));
		assertThat(kinds(RULES.due(written, pause.plusHours(25)))).doesNotContain(DocumentKind.CHANGE_IN_STATUS);
	}

	@Test
	void theDischargeSummaryIsDueWithinAWeekOfTheDischarge() {
		OffsetDateTime discharged = at("2026-11-20T16:00:00");
		Facts f = facts(INTAKE, null, null, discharged, null, List.of(), List.of());
		assertThat(find(RULES.due(f, discharged.plusDays(7).minusMinutes(1)), DocumentKind.DISCHARGE_SUMMARY).overdue()).isFalse();
		assertThat(find(RULES.due(f, discharged.plusDays(7).plusMinutes(1)), DocumentKind.DISCHARGE_SUMMARY).overdue()).isTrue();
	}

	@Test
	void noProgressReportIsDueAfterTheEpisodesDischargeEvenToMaintenanceWithTheProgramStillActive() {
		LocalDate start = LocalDate.of(2026, 11, 2);
		OffsetDateTime steppedDown = at("2026-11-20T16:00:00");
		Facts maintenance = new Facts(CLIENT, "Ada Client", true, true, INTAKE, null, start, steppedDown, List.of(), List.of(),
				List.of());
		assertThat(RULES.nextProgressReport(maintenance)).isEmpty();
		List<DueDocument> due = RULES.due(maintenance, at("2026-12-05T12:00:00"));
		assertThat(kinds(due)).contains(DocumentKind.DISCHARGE_SUMMARY).doesNotContain(DocumentKind.PROGRESS_REPORT);
	}

	@Test
	void theIntakeIsOverdueOnceTrainingBeganWithoutOne() {
		OffsetDateTime session = at("2026-11-05T10:00:00");
		Facts f = new Facts(CLIENT, "Ada Client", false, true, null, session, null, null, List.of(), List.of(), List.of());
		List<DueDocument> due = RULES.due(f, session.plusMinutes(1));
		assertThat(due).singleElement().satisfies(d -> {
			assertThat(d.kind()).isNull();
			assertThat(d.label()).isEqualTo("Intake (MET-Q)");
			assertThat(d.overdue()).isTrue();
		});
	}

	@Test
	void nothingIsOwedToAPhysicianWhoIsNotOnFile() {
		Facts f = new Facts(CLIENT, "Ada Client", false, true, INTAKE, INTAKE, LocalDate.of(2026, 11, 2), null, List.of(),
				List.of(change(INTAKE.plusDays(3))), List.of());
		assertThat(RULES.due(f, INTAKE.plus(Duration.ofDays(60)))).isEmpty();
	}

	private static Facts facts(OffsetDateTime intake, @Nullable OffsetDateTime firstSession, @Nullable LocalDate programStart,
			@Nullable OffsetDateTime discharged, @Nullable LocalDate visit, List<Change> events, List<Existing> documents) {
		return new Facts(CLIENT, "Ada Client", true, discharged == null, intake, firstSession, programStart, discharged,
				visit == null ? List.of() : List.of(visit), events, documents);
	}

	private static Change change(OffsetDateTime at) {
		return new Change(at, "training paused", "training paused for two weeks");
	}

	/** A document signed and sent at {@code at}. */
	private static Existing signed(DocumentKind kind, OffsetDateTime at, @Nullable LocalDate periodTo) {
		return new Existing(UUID.randomUUID(), kind, DocumentStatus.SIGNED, at, at, periodTo, at);
	}

	private static Existing signedNotSent(DocumentKind kind, OffsetDateTime at, @Nullable LocalDate periodTo) {
		return new Existing(UUID.randomUUID(), kind, DocumentStatus.SIGNED, at, at, periodTo, null);
	}

	private static OffsetDateTime at(String local) {
		return java.time.LocalDateTime.parse(local).atZone(ZONE).toOffsetDateTime();
	}

	private static DueDocument find(List<DueDocument> due, DocumentKind kind) {
		return due.stream().filter(d -> d.kind() == kind).findFirst()
			.orElseThrow(() -> new AssertionError(kind + " is not due: " + due));
	}

	private static List<DocumentKind> kinds(List<DueDocument> due) {
		return due.stream().map(DueDocument::kind).toList();
	}

}
