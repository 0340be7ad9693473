package org.medexpro.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.medexpro.support.JsonAnswers.body;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import com.icegreen.greenmail.util.GreenMail;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medexpro.physicians.PhysicianData;
import org.medexpro.physicians.PhysicianService;
import org.medexpro.security.Role;
import org.medexpro.shared.PracticeTime;
import org.medexpro.shared.ScopeLanguage;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.medexpro.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;

/** The documents to physicians over the API: the one-page report, deadlines, sending, discharge, readiness. */
@MedexIntegrationTest
class DocumentApiTests {

	/**
	 * Sixteen measures with a value at baseline and a later one (questionnaires as their score), and the row the
	 * report's table shows for each: name (unit), baseline, latest, change, MCID and the verdict.
	 */
	static final String[][] MEASURES = { { "TUG", "15.2", "11.8", "Timed Up and Go (s) 15.2 11.8 -3.4 1.1 improved" },
			{ "CST30", "7", "11", "30-Second Chair Stand (stands) 7 11 +4 3 improved" },
			{ "FTSTS", "16.5", "12.1", "Five Times Sit to Stand (s) 16.5 12.1 -4.4 1.7 improved" },
			{ "SMWT", "310", "372", "6-Minute Walk Test (m) 310 372 +62 25 improved" },
			{ "GAIT", "0.72", "0.95", "10-Metre Walk Test (gait speed) (m/s) 0.72 0.95 +0.23 0.05 improved" },
			{ "BBS", "41", "49", "Berg Balance Scale (points) 41 49 +8 7 improved" },
			{ "FRT", "7.5", "10", "Functional Reach Test (in) 7.5 10.0 +2.5 — no MCID" },
			{ "FSST", "14.2", "10.9", "Four Square Step Test (s) 14.20 10.90 -3.30 — no MCID" },
			{ "ABC", "52", "71", "Activities-specific Balance Confidence Scale (%) 52.0 71.0 +19.0 15.0 improved" },
			{ "LEFS", "38", "52", "Lower Extremity Functional Scale (points) 38.0 52.0 +14.0 9.0 improved" },
			{ "ODI", "36", "22", "Oswestry Disability Index (version 2.1a) (%) 36.0 22.0 -14.0 10.0 improved" },
			{ "NDI", "12", "8", "Neck Disability Index (points) 12.0 8.0 -4.0 5.0 within MCID" },
			{ "QDASH", "40.9", "25", "QuickDASH (points) 40.9 25.0 -15.9 14.0 improved" },
			{ "PSFS", "4", "6.7", "Client-Specific Functional Scale (PSFS) (points (mean)) 4.0 6.7 +2.7 2.0 improved" },
			{ "KOOSJR", "52.465", "68.325",
					"KOOS JR (Knee injury and Osteoarthritis Outcome Score for Joint Replacement) (interval score) 52.5 68.3 +15.9 20.0 within MCID" },
			{ "STEP2", "62", "80", "2-Minute Step Test (steps (right knee)) 62 80 +18 — no MCID" } };

	/** An in-scope sentence to fill a part with. */
	static final String SENTENCE = "The client walked farther and rose from the chair more easily each week. ";

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PhysicianService physicians;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	GreenMail mail;

	@Autowired
	TestClock clock;

	@Autowired
	PracticeTime practiceTime;

	@Autowired
	org.medexpro.clients.ClientService clients;

	String trainer;

	@BeforeEach
	void trainer() {
		trainer = fixtures.staffMember(Role.TRAINER);
	}

	@Test
	void aProgressReportWithSixteenMeasuresAndLongNamesIsOnePageInThePracticesLanguage() throws Exception {
		UUID physician = physician("Dr. Evangelina Montgomery-Fitzwilliam " + Fixtures.unique("Long"),
				"Riverton Orthopaedic and Sports Medicine Associates of the Greater Valley Region");
		UUID client = referredClient(physician, true, "Featherstonehaugh-Cholmondeley-" + Fixtures.unique("Long"));
		for (String[] m : MEASURES) {
			measure(client, m[0], m[1], LocalDate.now().minusDays(30));
			measure(client, m[0], m[2], LocalDate.now().minusDays(1));
		}
		api(post("/api/v1/clients/{id}/programs", client), "{\"protocolCode\":\"KNEE_OSTEOARTHRITIS\"}").andExpect(status().isCreated());
		logSessions(client, 3);
		JsonNode report = body(api(post("/api/v1/clients/{id}/progress-reports", client), "")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("PROGRESS_REPORT"))
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.sections.balance", containsString("Berg Balance Scale from 41 to 49"))));
		String id = report.get("id").asText();
		api(post("/api/v1/documents/{id}/sign", id), "").andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SIGNED"));

		String text = pdfText(id, 1);
		assertThat(text).contains("Montgomery-Fitzwilliam", "M17.12", "30-day progress report", "3 of 3 sessions attended",
				"Timed Up and Go", "15.2", "11.8", "-3.4", "Berg Balance Scale", "meaningful improvement", "Signed");
		String rows = text.replaceAll("\\s+", " ");
		for (String[] m : MEASURES) {
			assertThat(rows).as("the row of " + m[0]).contains(m[3]);
		}
		assertThat(org.medexpro.shared.ScopeLanguage.strayWords(text)).isEmpty();
		api(put("/api/v1/documents/{id}", id), "{\"version\":1,\"sections\":{\"function\":\"changed\"}}")
			.andExpect(status().isConflict());
	}

	@Test
	void aOnePageDocumentThatWouldRunOverIsNotSignedAndItsLongestPartIsNamed() throws Exception {
		UUID client = referredClient(physician("Dr. " + Fixtures.unique("Long"), null), true, Fixtures.unique("LongParts"));
		for (DocumentKind kind : List.of(DocumentKind.PROGRESS_REPORT, DocumentKind.ASSESSMENT_SUMMARY)) {
			String longest = kind == DocumentKind.PROGRESS_REPORT ? "balance" : "plan";
			String id = body(api(post("/api/v1/clients/{id}/documents", client), "{\"kind\":\"" + kind + "\"}")
				.andExpect(status().isCreated())).get("id").asText();
			StringBuilder parts = new StringBuilder();
			for (String code : kind.sectionCodes()) {
				parts.append(parts.isEmpty() ? "" : ",").append('"').append(code).append("\":\"")
					.append(SENTENCE.repeat(code.equals(longest) ? 40 : 33).strip()).append('"');
			}
			api(put("/api/v1/documents/{id}", id), "{\"version\":0,\"sections\":{" + parts + "}}").andExpect(status().isOk());
			api(post("/api/v1/documents/{id}/sign", id), "{\"acknowledgeLanguage\":true}")
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.rule").value("TOO_LONG_FOR_ONE_PAGE"))
				.andExpect(jsonPath("$.field").value("sections." + longest))
				.andExpect(jsonPath("$.errors[0].field").value("sections." + longest));
			api(get("/api/v1/documents/{id}", id), "").andExpect(jsonPath("$.status").value("DRAFT"));

			api(put("/api/v1/documents/{id}", id), "{\"version\":1,\"sections\":{\"" + longest + "\":\"" + SENTENCE.strip() + "\"}}")
				.andExpect(status().isOk());
			StringBuilder shorter = new StringBuilder();
			for (String code : kind.sectionCodes()) {
				shorter.append(shorter.isEmpty() ? "" : ",").append('"').append(code).append("\":\"").append(SENTENCE.repeat(2).strip()).append('"');
			}
			api(put("/api/v1/documents/{id}", id), "{\"version\":2,\"sections\":{" + shorter + "}}").andExpect(status().isOk());
			api(post("/api/v1/documents/{id}/sign", id), "").andExpect(status().isOk());
			assertThat(pdfOf("/api/v1/documents/{id}/pdf", id, 1)).contains(kind.label());
		}
	}

	@Test
	void strayWordsAnywhereInWhatThePdfSaysAreRefusedUntilConfirmedButNamesAreNotStrayWords() throws Exception {
		UUID physician = physician("Dr. " + Fixtures.unique("Scope"), "Riverton Physical Therapy Associates");
		UUID client = referredClient(physician, true, Fixtures.unique("Scope"));
		String letter = body(api(post("/api/v1/clients/{id}/documents", client), "{\"kind\":\"INTRODUCTORY_LETTER\"}")).get("id").asText();
		// The physician's practice is a name, not a stray word.
		api(post("/api/v1/documents/{id}/sign", letter), "").andExpect(status().isOk());

		api(post("/api/v1/clients/{id}/goals", client),
				"{\"term\":\"SHORT\",\"description\":\"Climb the stairs at home once the physical therapy ends\"}")
			.andExpect(status().isCreated());
		JsonNode report = body(api(post("/api/v1/clients/{id}/progress-reports", client), "").andExpect(status().isCreated()));
		assertThat(ScopeLanguage.strayWords(String.join(" ", report.get("sections").valueStream().map(JsonNode::asText).toList())))
			.as("the parts the professional edits are in scope").isEmpty();
		String id = report.get("id").asText();
		api(post("/api/v1/documents/{id}/sign", id), "")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("OUT_OF_SCOPE_LANGUAGE"))
			.andExpect(jsonPath("$.words").value(org.hamcrest.Matchers.contains("therapy")))
			.andExpect(jsonPath("$.suggestions.therapy").value("training"));
		api(get("/api/v1/documents/{id}", id), "").andExpect(jsonPath("$.status").value("DRAFT"));
		api(post("/api/v1/documents/{id}/sign", id), "{\"acknowledgeLanguage\":true}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SIGNED"));
		assertThat(pdfOf("/api/v1/progress-reports/{id}/pdf", id)).contains("once the physical therapy ends");
	}

	@Test
	void theDueListIsExactAtTheThirtyDayBoundaryAndMovesEarlierForAPhysicianVisit() throws Exception {
		Instant start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS).plus(Duration.ofHours(15));
		clock.pin(start);
		try {
			UUID client = referredClient(physician("Dr. " + Fixtures.unique("Due"), null), true, Fixtures.unique("Due"));
			api(post("/api/v1/clients/{id}/programs", client), "{\"protocolCode\":\"KNEE_OSTEOARTHRITIS\"}").andExpect(status().isCreated());
			LocalDate started = LocalDate.now(clock);

			clock.pin(start.plus(Duration.ofDays(30)));
			JsonNode onTheDay = progressReportDue(client);
			assertThat(onTheDay).isNotNull();
			assertThat(onTheDay.get("overdue").asBoolean()).isFalse();
			clock.pin(endOfDay(started.plusDays(30)).plusSeconds(1));
			assertThat(progressReportDue(client).get("overdue").asBoolean()).isTrue();

			String report = body(api(post("/api/v1/clients/{id}/progress-reports", client), "")).get("id").asText();
			api(post("/api/v1/documents/{id}/sign", report), "").andExpect(status().isOk());
			JsonNode signedNotSent = progressReportDue(client);
			assertThat(signedNotSent.get("waitingToBeSent").asBoolean()).as("signed is not yet with the physician").isTrue();
			assertThat(signedNotSent.get("overdue").asBoolean()).isTrue();
			assertThat(signedNotSent.get("documentId").asText()).isEqualTo(report);
			api(post("/api/v1/documents/{id}/send", report), "{\"channel\":\"FAX\"}").andExpect(status().isCreated());
			assertThat(progressReportDue(client)).as("a report just sent: the next is a month away").isNull();

			clock.pin(start.plus(Duration.ofDays(35)));
			api(post("/api/v1/clients/{id}/physician-visits", client), "{\"visitOn\":\"" + started.plusDays(51)
					+ "\",\"physicianId\":\"" + UUID.randomUUID() + "\"}")
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("physicianId"));
			api(post("/api/v1/clients/{id}/physician-visits", client), "{\"visitOn\":\"" + started.plusDays(51) + "\"}")
				.andExpect(status().isCreated());
			clock.pin(endOfDay(started.plusDays(50)).minusSeconds(60));
			JsonNode due = progressReportDue(client);
			assertThat(due.get("why").asText()).contains("before the physician visit on " + started.plusDays(51));
			assertThat(due.get("overdue").asBoolean()).isFalse();
			clock.pin(endOfDay(started.plusDays(50)).plusSeconds(1));
			assertThat(progressReportDue(client).get("overdue").asBoolean()).isTrue();
		}
		finally {
			clock.release();
		}
	}

	@Test
	void aDischargeToMaintenanceEndsTheEpisodesProgressReportsUntilTheClientComesBackToTraining() throws Exception {
		Instant start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS).plus(Duration.ofHours(15));
		clock.pin(start);
		try {
			UUID client = referredClient(physician("Dr. " + Fixtures.unique("Maintenance"), null), true, Fixtures.unique("Maintenance"));
			api(post("/api/v1/clients/{id}/programs", client), "{\"protocolCode\":\"KNEE_OSTEOARTHRITIS\"}").andExpect(status().isCreated());
			clock.pin(start.plus(Duration.ofHours(1)));
			api(post("/api/v1/clients/{id}/discharge", client), "{\"reason\":\"Rehabilitation finished\",\"recommendation\":\"MEDICAL_MEMBERSHIP\"}")
				.andExpect(status().isCreated());
			api(get("/api/v1/clients/{id}/programs", client), "").andExpect(jsonPath("$[0].status").value("ACTIVE"));

			clock.pin(start.plus(Duration.ofDays(31)));
			assertThat(progressReportDue(client)).as("the discharge summary closed the episode").isNull();
			assertThat(due(client, "DISCHARGE_SUMMARY").get("overdue").asBoolean()).isTrue();

			clock.pin(start.plus(Duration.ofDays(40)));
			api(post("/api/v1/clients/{id}/status", client), "{\"status\":\"ACTIVE\",\"reason\":\"back to training after a fall\"}")
				.andExpect(status().isOk());
			assertThat(progressReportDue(client)).as("30 days from the return, not from the old program start").isNull();
			clock.pin(start.plus(Duration.ofDays(71)));
			assertThat(progressReportDue(client).get("overdue").asBoolean()).isTrue();
		}
		finally {
			clock.release();
		}
	}

	@Test
	void theProgramStartsOnThePracticesDayWhateverOffsetTheDatabaseAnswersIn() throws Exception {
		UUID client = referredClient(physician("Dr. " + Fixtures.unique("Zone"), null), true, Fixtures.unique("Zone"));
		String program = body(api(post("/api/v1/clients/{id}/programs", client), "{\"protocolCode\":\"KNEE_OSTEOARTHRITIS\"}")
			.andExpect(status().isCreated())).get("id").asText();
		ZoneId zone = practiceTime.zone();
		ZonedDateTime noon = LocalDate.now(clock).minusDays(2).atTime(12, 0).atZone(zone);
		int practiceOffset = noon.getOffset().getTotalSeconds() / 3600;
		// The same instant written in an offset 13 hours away, where it is another day.
		OffsetDateTime elsewhere = noon.toOffsetDateTime()
			.withOffsetSameInstant(ZoneOffset.ofHours(practiceOffset >= 0 ? practiceOffset - 13 : practiceOffset + 13));
		assertThat(elsewhere.toLocalDate()).isNotEqualTo(noon.toLocalDate());
		jdbc.sql("update programs set created_at = ? where id = ?").params(elsewhere, UUID.fromString(program)).update();
		api(get("/api/v1/programs/{id}", program), "").andExpect(jsonPath("$.startedOn").value(noon.toLocalDate().toString()));
		api(post("/api/v1/clients/{id}/progress-reports", client), "")
			.andExpect(jsonPath("$.data.periodFrom").value(noon.toLocalDate().toString()));
	}

	@Test
	void editingADraftMovesItsPeriodToTodaySoTheNextReportCountsNoSessionTwice() throws Exception {
		Instant start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS).plus(Duration.ofHours(15));
		clock.pin(start);
		try {
			UUID client = referredClient(physician("Dr. " + Fixtures.unique("Period"), null), true, Fixtures.unique("Period"));
			api(post("/api/v1/clients/{id}/programs", client), "{\"protocolCode\":\"KNEE_OSTEOARTHRITIS\"}").andExpect(status().isCreated());
			LocalDate first = LocalDate.now(clock);
			clock.pin(start.plus(Duration.ofDays(1)));
			String report = body(api(post("/api/v1/clients/{id}/progress-reports", client), "")).get("id").asText();

			clock.pin(start.plus(Duration.ofDays(3)));
			logSessions(client, 1);
			api(put("/api/v1/documents/{id}", report), "{\"version\":0,\"sections\":{\"recommendations\":\"Continue twice a week.\"}}")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.data.periodTo").value(first.plusDays(3).toString()))
				.andExpect(jsonPath("$.data.attended").value(1));
			assertThat(jdbc.sql("select period_to from documents where id = ?").param(UUID.fromString(report)).query(LocalDate.class)
				.single()).isEqualTo(first.plusDays(3));
			api(post("/api/v1/documents/{id}/sign", report), "").andExpect(status().isOk());
			api(post("/api/v1/documents/{id}/send", report), "{\"channel\":\"FAX\"}").andExpect(status().isCreated());

			clock.pin(start.plus(Duration.ofDays(33)));
			api(post("/api/v1/clients/{id}/progress-reports", client), "")
				.andExpect(jsonPath("$.data.periodFrom").value(first.plusDays(4).toString()))
				.andExpect(jsonPath("$.data.attended").value(0));
		}
		finally {
			clock.release();
		}
	}

	@Test
	void thePdfPathsOfAKindFindOnlyDocumentsOfThatKind() throws Exception {
		UUID client = referredClient(physician("Dr. " + Fixtures.unique("Kind"), null), true, Fixtures.unique("Kind"));
		String letter = body(api(post("/api/v1/clients/{id}/documents", client), "{\"kind\":\"INTRODUCTORY_LETTER\"}")).get("id").asText();
		String report = body(api(post("/api/v1/clients/{id}/progress-reports", client), "")).get("id").asText();
		for (String[] wrong : new String[][] { { "/api/v1/progress-reports/{id}/pdf", letter }, { "/api/v1/discharges/{id}/pdf", letter },
				{ "/api/v1/discharges/{id}/pdf", report } }) {
			mvc.perform(get(wrong[0], wrong[1]).with(user(trainer).roles("TRAINER"))).andExpect(status().isNotFound());
		}
		assertThat(pdfOf("/api/v1/progress-reports/{id}/pdf", report)).contains("30-day progress report");
		assertThat(pdfOf("/api/v1/documents/{id}/pdf", letter)).contains("Introductory letter");
	}

	@Test
	void sendingEmailsThePdfToThePhysicianAndLogsItButNeverWithoutConsent() throws Exception {
		UUID physician = physician("Dr. " + Fixtures.unique("Mail"), "Riverton Orthopaedics");
		UUID client = referredClient(physician, true, Fixtures.unique("Mail"));
		String letter = body(api(post("/api/v1/clients/{id}/documents", client), "{\"kind\":\"INTRODUCTORY_LETTER\"}")
			.andExpect(status().isCreated())).get("id").asText();
		api(post("/api/v1/documents/{id}/send", letter), "{\"channel\":\"EMAIL\"}").andExpect(status().isConflict());
		api(post("/api/v1/documents/{id}/sign", letter), "").andExpect(status().isOk());
		int before = mail.getReceivedMessages().length;
		api(post("/api/v1/documents/{id}/send", letter), "{\"channel\":\"EMAIL\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("INTRODUCTORY_LETTER"))
			.andExpect(jsonPath("$.channel").value("EMAIL"));
		MimeMessage message = mail.getReceivedMessages()[before];
		assertThat(message.getAllRecipients()[0].toString()).isEqualTo(email(physician));
		String lastName = body(api(get("/api/v1/clients/{id}", client), "")).get("lastName").asText();
		assertThat(message.getSubject()).as("no health information in the mail's headers")
			.isEqualTo("Introductory letter from Riverton Medical Exercise (ref. DOC-" + letter.substring(0, 8).toUpperCase() + ")")
			.doesNotContain(lastName, "Margaret", "1951-05-06");
		MimeMultipart parts = (MimeMultipart) message.getContent();
		assertThat(parts.getBodyPart(0).getContent().toString()).doesNotContain(lastName, "Margaret", "1951-05-06");
		assertThat(parts.getBodyPart(1).getContentType()).contains("application/pdf");
		try (PDDocument pdf = Loader.loadPDF(parts.getBodyPart(1).getInputStream().readAllBytes())) {
			assertThat(new PDFTextStripper().getText(pdf)).contains("Thank you for referring", lastName, "1951-05-06");
		}
		api(get("/api/v1/physicians/{id}/communications", physician), "")
			.andExpect(jsonPath("$[0].documentId").value(letter))
			.andExpect(jsonPath("$[0].clientId").value(client.toString()));
		api(get("/api/v1/documents/{id}", letter), "").andExpect(jsonPath("$.sent[0].channel").value("EMAIL"));

		UUID noConsent = referredClient(physician, false, Fixtures.unique("NoConsent"));
		String other = body(api(post("/api/v1/clients/{id}/documents", noConsent), "{\"kind\":\"INTRODUCTORY_LETTER\"}")).get("id").asText();
		api(post("/api/v1/documents/{id}/sign", other), "").andExpect(status().isOk());
		int count = mail.getReceivedMessages().length;
		api(post("/api/v1/documents/{id}/send", other), "{\"channel\":\"FAX\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("CONSENT_REQUIRED"));
		assertThat(mail.getReceivedMessages()).hasSize(count);
		assertThat(jdbc.sql("select count(*) from communications where document_id = ?").param(UUID.fromString(other))
			.query(Long.class).single()).isZero();
	}

	@Test
	void aDischargeProducesItsSummaryChangesTheStatusAndEndsTheEpisode() throws Exception {
		UUID client = referredClient(physician("Dr. " + Fixtures.unique("Discharge"), null), true, Fixtures.unique("Discharge"));
		measure(client, "TUG", "15.2", LocalDate.now().minusDays(40));
		measure(client, "TUG", "10.4", LocalDate.now());
		String summary = body(api(post("/api/v1/clients/{id}/discharge", client),
				"{\"reason\":\"Goals met: walks to the store and climbs the stairs at home\",\"recommendation\":\"GROUP_PROGRAM\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("DISCHARGE_SUMMARY"))
			.andExpect(jsonPath("$.sections.nextSteps", containsString("condition-based group program")))
			.andExpect(jsonPath("$.sections.outcomes", containsString("Timed Up and Go from 15.2 to 10.4")))).get("id").asText();
		api(get("/api/v1/clients/{id}", client), "").andExpect(jsonPath("$.status").value("DISCHARGED"));
		api(post("/api/v1/documents/{id}/sign", summary), "").andExpect(status().isOk());
		assertThat(pdfOf("/api/v1/discharges/{id}/pdf", summary)).contains("Discharge summary", "Goals met", "meaningful improvement");
		api(post("/api/v1/clients/{id}/sessions", client), """
				{"startedAt":"%s","endedAt":"%s","attendance":"NO_SHOW"}""".formatted(OffsetDateTime.now(ZoneOffset.UTC).minusHours(2),
				OffsetDateTime.now(ZoneOffset.UTC).minusHours(1)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("NEW_EPISODE_REQUIRED"));

		UUID member = referredClient(physician("Dr. " + Fixtures.unique("Member"), null), true, Fixtures.unique("Member"));
		api(post("/api/v1/clients/{id}/discharge", member), "{\"reason\":\"Rehabilitation finished\",\"recommendation\":\"MEDICAL_MEMBERSHIP\"}")
			.andExpect(status().isCreated());
		api(get("/api/v1/clients/{id}", member), "").andExpect(jsonPath("$.status").value("MAINTENANCE"));
	}

	@Test
	void reimbursementReadinessListsExactlyWhatIsMissing() throws Exception {
		UUID bare = fixtures.clientOf(trainer).id();
		JsonNode nothing = body(api(get("/api/v1/clients/{id}/reimbursement-readiness", bare), "").andExpect(status().isOk()));
		assertThat(missing(nothing)).containsExactly("REFERRAL", "DIAGNOSIS", "MEDICAL_NECESSITY", "BASELINE_MEASURES",
				"FOLLOW_UP_MEASURES", "SESSION_LOGS");

		UUID client = referredClient(physician("Dr. " + Fixtures.unique("Ready"), null), true, Fixtures.unique("Ready"));
		measure(client, "TUG", "15.2", LocalDate.now().minusDays(20));
		JsonNode partly = body(api(get("/api/v1/clients/{id}/reimbursement-readiness", client), ""));
		assertThat(missing(partly)).containsExactly("FOLLOW_UP_MEASURES", "SESSION_LOGS");
		measure(client, "TUG", "12.9", LocalDate.now());
		logSessions(client, 1);
		api(get("/api/v1/clients/{id}/reimbursement-readiness", client), "")
			.andExpect(jsonPath("$.ready").value(true));
		api(get("/api/v1/reimbursement-readiness"), "").andExpect(jsonPath("$[*].clientId", hasItem(bare.toString())));
	}

	@Test
	void reimbursementReadinessWantsAProgressReportSentForEachThirtyDayPeriodThatHasEnded() throws Exception {
		Instant start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS).plus(Duration.ofHours(15));
		clock.pin(start);
		try {
			UUID client = referredClient(physician("Dr. " + Fixtures.unique("Periods"), null), true, Fixtures.unique("Periods"));
			LocalDate first = LocalDate.now(clock);
			measure(client, "TUG", "15.2", first);
			logSessions(client, 1);

			clock.pin(start.plus(Duration.ofDays(31)));
			measure(client, "TUG", "12.0", LocalDate.now(clock));
			JsonNode noReport = readiness(client);
			assertThat(missing(noReport)).containsExactly("REPORTS_SENT");
			assertThat(detail(noReport, "REPORTS_SENT")).isEqualTo("no progress report sent for the 30 days from " + first + " to " + first.plusDays(30));
			String report = body(api(post("/api/v1/clients/{id}/progress-reports", client), "")).get("id").asText();
			api(post("/api/v1/documents/{id}/sign", report), "").andExpect(status().isOk());
			assertThat(missing(readiness(client))).as("signed is not sent").containsExactly("REPORTS_SENT");
			api(post("/api/v1/documents/{id}/send", report), "{\"channel\":\"FAX\"}").andExpect(status().isCreated());
			JsonNode sent = readiness(client);
			assertThat(sent.get("ready").asBoolean()).isTrue();
			assertThat(detail(sent, "REPORTS_SENT")).isEqualTo("sent for each 30-day period (1)");

			clock.pin(start.plus(Duration.ofDays(62)));
			JsonNode secondPeriod = readiness(client);
			assertThat(missing(secondPeriod)).as("one report is not every report").containsExactly("REPORTS_SENT");
			assertThat(detail(secondPeriod, "REPORTS_SENT")).isEqualTo("no progress report sent for the 30 days from "
					+ first.plusDays(31) + " to " + first.plusDays(61));
		}
		finally {
			clock.release();
		}
	}

	@Test
	void reimbursementReadinessMissesASessionLogSignedLate() throws Exception {
		UUID client = referredClient(physician("Dr. " + Fixtures.unique("Late"), null), true, Fixtures.unique("Late"));
		measure(client, "TUG", "15.2", LocalDate.now(clock).minusDays(20));
		measure(client, "TUG", "12.9", LocalDate.now(clock));
		OffsetDateTime end = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).minusHours(2);
		String session = body(api(post("/api/v1/clients/{id}/sessions", client), """
				{"startedAt":"%s","endedAt":"%s","preVitals":{"systolic":128,"diastolic":80,"heartRate":70},
				 "entries":[{"exerciseCode":"ANKLE_PUMPS","sets":2,"reps":10,"painBefore":1,"painAfter":2,"tolerance":"GOOD"}]}"""
			.formatted(end.minusMinutes(45), end)).andExpect(status().isCreated())).get("id").asText();
		clock.pin(Instant.now().plus(Duration.ofHours(26)));
		try {
			api(post("/api/v1/sessions/{id}/sign", session), "").andExpect(status().isOk());
			JsonNode late = readiness(client);
			assertThat(missing(late)).containsExactly("SESSION_LOGS");
			assertThat(detail(late, "SESSION_LOGS")).isEqualTo("0 unsigned, 1 not signed within 24 hours");
			// A colleague on the care team sees the same episode: the late log counts whoever wrote it.
			String colleague = fixtures.staffMember(Role.TRAINER);
			Fixtures.as(MedexIntegrationTest.OWNER, java.util.Set.of(Role.OWNER), () -> {
				clients.addToCareTeam(client, colleague);
				return null;
			});
			mvc.perform(get("/api/v1/clients/{id}/reimbursement-readiness", client).with(user(colleague).roles("TRAINER")))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items[?(@.code == 'SESSION_LOGS')].detail").value("0 unsigned, 1 not signed within 24 hours"));
		}
		finally {
			clock.release();
		}
	}

	@Test
	void afterADischargeTheNextEpisodeIsReadiedFresh() throws Exception {
		Instant start = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.DAYS).plus(Duration.ofHours(15));
		clock.pin(start);
		try {
			UUID physician = physician("Dr. " + Fixtures.unique("Episode"), null);
			UUID client = referredClient(physician, true, Fixtures.unique("Episode"));
			LocalDate today = LocalDate.now(clock);
			measure(client, "TUG", "15.2", today.minusDays(20));
			measure(client, "TUG", "12.9", today.minusDays(1));
			logSessions(client, 1);
			assertThat(readiness(client).get("ready").asBoolean()).isTrue();

			clock.pin(start.plus(Duration.ofHours(1)));
			api(post("/api/v1/clients/{id}/discharge", client), "{\"reason\":\"Goals met\",\"recommendation\":\"HOME_PROGRAM\"}")
				.andExpect(status().isCreated());
			JsonNode ended = readiness(client);
			assertThat(ended.get("ready").asBoolean()).as("the episode that ended").isTrue();
			assertThat(ended.get("episodeTo").asText()).isEqualTo(today.toString());

			clock.pin(start.plus(Duration.ofHours(2)));
			api(post("/api/v1/clients/{id}/status", client), "{\"status\":\"REFERRED\",\"reason\":\"back after a fall\"}")
				.andExpect(status().isOk());
			JsonNode fresh = readiness(client);
			assertThat(fresh.get("episodeFrom").asText()).isEqualTo(today.toString());
			assertThat(fresh.get("episodeTo").isNull()).isTrue();
			assertThat(missing(fresh)).containsExactly("REFERRAL", "MEDICAL_NECESSITY", "BASELINE_MEASURES", "FOLLOW_UP_MEASURES",
					"SESSION_LOGS");
			api(post("/api/v1/referrals"), """
					{"physicianId":"%s","clientId":"%s","icd10":"M17.12","reason":"back after a fall","receivedOn":"%s"}"""
				.formatted(physician, client, today)).andExpect(status().isCreated());
			assertThat(missing(readiness(client))).doesNotContain("REFERRAL");
		}
		finally {
			clock.release();
		}
	}

	private JsonNode readiness(UUID client) throws Exception {
		return body(api(get("/api/v1/clients/{id}/reimbursement-readiness", client), "").andExpect(status().isOk()));
	}

	private static String detail(JsonNode readiness, String code) {
		return readiness.get("items").valueStream().filter(i -> i.get("code").asText().equals(code)).findFirst().orElseThrow()
			.get("detail").asText();
	}

	@Test
	void aReferralIsRecordedWithItsFollowUpsAndBecomesTheClients() throws Exception {
		UUID physician = physician("Dr. " + Fixtures.unique("Referral"), null);
		JsonNode referral = body(api(post("/api/v1/referrals"), """
				{"physicianId":"%s","icd10":"M17.11","reason":"Knee osteoarthritis: strengthening and walking","receivedOn":"%s"}"""
			.formatted(physician, LocalDate.now())).andExpect(status().isCreated()));
		api(get("/api/v1/follow-ups"), "")
			.andExpect(jsonPath("$[?(@.physicianId == '" + physician + "')].kind", hasItem("THANK_YOU_LETTER")))
			.andExpect(jsonPath("$[?(@.physicianId == '" + physician + "')].kind", hasItem("QUARTERLY_VISIT")));
		UUID client = fixtures.clientOf(trainer).id();
		api(put("/api/v1/referrals/{id}/client", referral.get("id").asText()), "{\"clientId\":\"" + client + "\",\"version\":0}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.clientId").value(client.toString()));
		api(post("/api/v1/referrals"), "{\"physicianId\":\"" + physician + "\",\"icd10\":\"knee\",\"reason\":\"x\",\"receivedOn\":\"2030-01-01\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("icd10")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("receivedOn")));
	}

	@Test
	void aNewDiagnosisOrAHospitalStayMakesTheChangeInStatusLetterDueAndTheDraftSaysWhatChanged() throws Exception {
		UUID client = referredClient(physician("Dr. " + Fixtures.unique("Change"), null), true, Fixtures.unique("Change"));
		assertThat(due(client, "CHANGE_IN_STATUS")).as("training as planned: nothing to tell").isNull();

		api(post("/api/v1/clients/{id}/conditions", client), "{\"code\":\"HYPERTENSION\",\"eventDate\":\"2026-11-20\",\"icd10\":\"I10\"}")
			.andExpect(status().isCreated());
		JsonNode diagnosis = due(client, "CHANGE_IN_STATUS");
		assertThat(diagnosis.get("why").asText()).startsWith("new condition");
		assertThat(diagnosis.get("overdue").asBoolean()).isFalse();
		clock.pin(Instant.now().plus(Duration.ofHours(25)));
		try {
			assertThat(due(client, "CHANGE_IN_STATUS").get("overdue").asBoolean()).as("24 hours to write").isTrue();
		}
		finally {
			clock.release();
		}
		JsonNode letter = body(api(post("/api/v1/clients/{id}/documents", client), "{\"kind\":\"CHANGE_IN_STATUS\"}")
			.andExpect(status().isCreated()));
		String text = letter.get("sections").get("body").asText();
		assertThat(text).startsWith("We are writing to let you know of a change in Margaret ")
			.contains("status: a new condition: Hypertension (ICD-10-CM I10).", "We will keep training within your guidance");
		assertThat(ScopeLanguage.strayWords(text)).isEmpty();
		String id = letter.get("id").asText();
		api(post("/api/v1/documents/{id}/sign", id), "").andExpect(status().isOk());
		api(post("/api/v1/documents/{id}/send", id), "{\"channel\":\"FAX\"}").andExpect(status().isCreated());
		assertThat(due(client, "CHANGE_IN_STATUS")).as("the physician has been told").isNull();

		LocalDate today = LocalDate.now(clock);
		api(post("/api/v1/clients/{id}/hospital-stays", client),
				"{\"admittedOn\":\"" + today.minusDays(3) + "\",\"leftOn\":\"" + today.minusDays(1) + "\",\"reason\":\"a fall at home\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("HOSPITAL_STAY"));
		assertThat(due(client, "CHANGE_IN_STATUS").get("why").asText()).startsWith("hospital stay");
		String stay = body(api(post("/api/v1/clients/{id}/documents", client), "{\"kind\":\"CHANGE_IN_STATUS\"}"))
			.get("sections").get("body").asText();
		assertThat(stay).contains("status: a hospital stay from " + today.minusDays(3) + " to " + today.minusDays(1) + " (a fall at home).")
			.as("told already").doesNotContain("Hypertension");
		assertThat(ScopeLanguage.strayWords(stay)).isEmpty();

		api(post("/api/v1/clients/{id}/hospital-stays", client), "{\"admittedOn\":\"" + today.plusDays(1) + "\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("admittedOn"));
		api(post("/api/v1/clients/{id}/hospital-stays", client),
				"{\"admittedOn\":\"" + today.minusDays(3) + "\",\"leftOn\":\"" + today.minusDays(4) + "\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("leftOn"));
		api(post("/api/v1/clients/{id}/hospital-stays", client), "{\"reason\":\"fall\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("admittedOn"));
		assertThat(jdbc.sql("select kind from status_events where client_id = ? order by recorded_at").param(client)
			.query(String.class).list()).containsExactly("NEW_DIAGNOSIS", "HOSPITAL_STAY");

		UUID notTraining = fixtures.clientOf(trainer).id();
		api(post("/api/v1/clients/{id}/conditions", notTraining), "{\"code\":\"HYPERTENSION\",\"eventDate\":\"2026-11-20\"}")
			.andExpect(status().isCreated());
		assertThat(jdbc.sql("select count(*) from status_events where client_id = ?").param(notTraining).query(Long.class).single())
			.as("a condition of a client not yet training is part of the intake, not news").isZero();
	}

	@Test
	void theAssessmentSummaryIsDraftedFromTheRecordWithEachPartInScopeOnOnePage() throws Exception {
		UUID client = referredClient(physician("Dr. " + Fixtures.unique("Summary"), null), true, Fixtures.unique("Summary"));
		LocalDate on = LocalDate.now(clock);
		measure(client, "CST30", "7", on);
		measure(client, "LEFS", "38", on);
		measure(client, "SMWT", "310", on);
		measure(client, "FRT", "7.5", on);
		measure(client, "NPRS", "4", on);
		api(post("/api/v1/clients/{id}/programs", client), "{\"protocolCode\":\"KNEE_OSTEOARTHRITIS\"}").andExpect(status().isCreated());
		JsonNode summary = body(api(post("/api/v1/clients/{id}/documents", client), "{\"kind\":\"ASSESSMENT_SUMMARY\"}")
			.andExpect(status().isCreated()));
		JsonNode parts = summary.get("sections");
		assertThat(parts.propertyNames()).containsExactly("strength", "flexibility", "function", "endurance", "stability", "pain", "plan");
		assertThat(parts.get("strength").asText()).startsWith("30-Second Chair Stand 7 stands");
		assertThat(parts.get("flexibility").asText()).isEqualTo("No limitation of range found on the musculoskeletal screen.");
		assertThat(parts.get("function").asText()).startsWith("Lower Extremity Functional Scale 38.0 points");
		assertThat(parts.get("endurance").asText()).startsWith("6-Minute Walk Test 310 m");
		assertThat(parts.get("stability").asText()).startsWith("Functional Reach Test 7.5 in");
		assertThat(parts.get("pain").asText()).isEqualTo("Pain 4/10 at the assessment.");
		assertThat(parts.get("plan").asText()).startsWith("Exercise program: Knee osteoarthritis, phase 1 of 3")
			.contains("two to three sessions a week");
		parts.propertyNames().forEach(code -> assertThat(ScopeLanguage.strayWords(parts.get(code).asText())).as(code).isEmpty());

		String id = summary.get("id").asText();
		api(post("/api/v1/documents/{id}/sign", id), "").andExpect(status().isOk());
		String pdf = pdfOf("/api/v1/documents/{id}/pdf", id, 1);
		assertThat(pdf).contains("Assessment summary", "Strength", "Flexibility", "Function", "Endurance", "Stability", "Pain",
				"Proposed plan of exercise", "Pain 4/10 at the assessment.");
		assertThat(ScopeLanguage.strayWords(pdf)).isEmpty();
	}

	private JsonNode due(UUID client, String kind) throws Exception {
		for (JsonNode d : body(api(get("/api/v1/documents/due"), ""))) {
			if (d.get("clientId").asText().equals(client.toString()) && kind.equals(d.get("kind").asText())) {
				return d;
			}
		}
		return null;
	}

	private JsonNode progressReportDue(UUID client) throws Exception {
		for (JsonNode d : body(api(get("/api/v1/progress-reports/due"), ""))) {
			if (d.get("clientId").asText().equals(client.toString())) {
				return d;
			}
		}
		return null;
	}

	private Instant endOfDay(LocalDate date) {
		return date.atTime(java.time.LocalTime.MAX).atZone(clock.getZone()).toInstant();
	}

	private UUID physician(String name, String practice) {
		return Fixtures.as("owner", Set.of(Role.OWNER), () -> physicians.add(new PhysicianData(name, practice, "555-0100",
				"555-0101", name.toLowerCase().replaceAll("[^a-z0-9]", "") + "@clinic.example", null))).id();
	}

	private String email(UUID physician) {
		return physicians.get(physician).email();
	}

	/**
	 * A client of the trainer referred by the physician, with left knee osteoarthritis (M17.12) and medical necessity on
	 * the intake (the left knee: another test adds a practice rule for right knees).
	 */
	@Test
	void aConditionWithoutACodeOnTheReferralIsReportedWithoutOneAndEachMeasureAgainstItsCutOff() throws Exception {
		UUID physician = physician("Dr. " + Fixtures.unique("Uncoded"), null);
		UUID client = UUID.fromString(body(api(post("/api/v1/clients"), "{\"firstName\":\"Margaret\",\"lastName\":\""
				+ Fixtures.unique("Uncoded") + "\",\"dateOfBirth\":\"1951-05-06\",\"sex\":\"FEMALE\"}").andExpect(status().isCreated()))
			.get("id").asText());
		api(post("/api/v1/clients/{id}/intake", client), """
				{"referringPhysicianId":"%s","conditions":[{"code":"KNEE_OSTEOARTHRITIS","side":"LEFT","eventDate":"2019-04-01"}],
				 "restingVitals":{"systolic":128,"diastolic":80,"heartRate":70}}""".formatted(physician))
			.andExpect(status().isOk());
		measure(client, "TUG", "17.0", LocalDate.now(clock).minusDays(20));
		measure(client, "TUG", "14.1", LocalDate.now(clock));
		String report = body(api(post("/api/v1/clients/{id}/progress-reports", client), "").andExpect(status().isCreated()))
			.get("id").asText();
		String draft = api(get("/api/v1/documents/{id}", report), "")
			.andExpect(jsonPath("$.data.conditions[0].icd10").isEmpty())
			.andReturn().getResponse().getContentAsString();
		assertThat(draft).as("the latest value read against its cut-off")
			.contains("Timed Up and Go from 17.0 to 14.1 s (meaningful improvement; now at or above the 13.5 s fall-risk cut-off");
		assertThat(pdfOf("/api/v1/progress-reports/{id}/pdf", report)).as("no code the physician did not give")
			.contains("(no ICD-10-CM code on the referral)")
			.doesNotContain("M17.");
	}

	@Test
	void aNewerReferralThanTheIntakeSendsTheDocumentsToItsPhysician() throws Exception {
		UUID first = physician("Dr. " + Fixtures.unique("First"), null);
		UUID client = referredClient(first, true, Fixtures.unique("Returning"));
		jdbc.sql("update intakes set taken_at = ? where client_id = ?").params(OffsetDateTime.now(clock).minusDays(200), client).update();
		String letter = body(api(post("/api/v1/clients/{id}/documents", client), "{\"kind\":\"INTRODUCTORY_LETTER\"}")).get("id").asText();
		api(get("/api/v1/documents/{id}", letter), "").andExpect(jsonPath("$.data.physician.id").value(first.toString()));

		UUID second = physician("Dr. " + Fixtures.unique("Second"), null);
		api(post("/api/v1/referrals"), """
				{"physicianId":"%s","clientId":"%s","icd10":"M17.12","reason":"back for the other knee","receivedOn":"%s"}"""
			.formatted(second, client, LocalDate.now(clock).minusDays(2))).andExpect(status().isCreated());
		String again = body(api(post("/api/v1/clients/{id}/progress-reports", client), "").andExpect(status().isCreated()))
			.get("id").asText();
		api(get("/api/v1/documents/{id}", again), "").andExpect(jsonPath("$.data.physician.id").value(second.toString()));
	}

	private UUID referredClient(UUID physician, boolean consent, String lastName) throws Exception {
		String consentJson = consent ? ",\"consentToShare\":true,\"consentDate\":\"" + LocalDate.now(clock).minusDays(1) + "\"" : "";
		UUID client = UUID.fromString(body(api(post("/api/v1/clients"), "{\"firstName\":\"Margaret\",\"lastName\":\"" + lastName
				+ "\",\"dateOfBirth\":\"1951-05-06\",\"sex\":\"FEMALE\"" + consentJson + "}").andExpect(status().isCreated()))
			.get("id").asText());
		api(post("/api/v1/clients/{id}/intake", client), """
				{"referringPhysicianId":"%s","conditions":[{"code":"KNEE_OSTEOARTHRITIS","side":"LEFT","eventDate":"2019-04-01","icd10":"M17.12"}],
				 "restingVitals":{"systolic":128,"diastolic":80,"heartRate":70},
				 "medicalNecessity":"Cannot climb the stairs at home or walk to the store without stopping."}""".formatted(physician))
			.andExpect(status().isOk());
		return client;
	}

	private void measure(UUID client, String code, String value, LocalDate on) throws Exception {
		api(post("/api/v1/clients/{id}/measurements", client),
				"{\"measureCode\":\"" + code + "\",\"value\":" + value + ",\"measuredOn\":\"" + on + "\"}")
			.andExpect(status().isCreated());
	}

	private void logSessions(UUID client, int count) throws Exception {
		for (int i = 0; i < count; i++) {
			OffsetDateTime end = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).minusHours(2 + i);
			String id = body(api(post("/api/v1/clients/{id}/sessions", client), """
					{"startedAt":"%s","endedAt":"%s","preVitals":{"systolic":128,"diastolic":80,"heartRate":70},
					 "entries":[{"exerciseCode":"ANKLE_PUMPS","sets":2,"reps":10,"painBefore":1,"painAfter":2,"tolerance":"GOOD"}]}"""
				.formatted(end.minusMinutes(45), end)).andExpect(status().isCreated())).get("id").asText();
			api(post("/api/v1/sessions/{id}/sign", id), "").andExpect(status().isOk());
		}
	}

	private String pdfText(String document, int pages) throws Exception {
		byte[] pdf = mvc.perform(get("/api/v1/progress-reports/{id}/pdf", document).with(user(trainer).roles("TRAINER")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "progress-report.pdf"), pdf);
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getNumberOfPages()).as("pages").isEqualTo(pages);
			return new PDFTextStripper().getText(doc);
		}
	}

	private String pdfOf(String path, String document) throws Exception {
		return pdfOf(path, document, 0);
	}

	/** The PDF's text; {@code pages} checked when above 0. */
	private String pdfOf(String path, String document, int pages) throws Exception {
		byte[] pdf = mvc.perform(get(path, document).with(user(trainer).roles("TRAINER")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			if (pages > 0) {
				assertThat(doc.getNumberOfPages()).as("pages").isEqualTo(pages);
			}
			return new PDFTextStripper().getText(doc);
		}
	}

	private static List<String> missing(JsonNode readiness) {
		return readiness.get("items").valueStream().filter(i -> !i.get("met").asBoolean()).map(i -> i.get("code").asText()).toList();
	}

	private ResultActions api(MockHttpServletRequestBuilder request, String body) throws Exception {
		request.with(user(trainer).roles("TRAINER")).accept(MediaType.APPLICATION_JSON);
		if (!body.isEmpty()) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return mvc.perform(request);
	}

}
