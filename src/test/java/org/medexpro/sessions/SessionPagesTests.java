package org.medexpro.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medexpro.assessment.AssessmentService;
import org.medexpro.clients.ClientDetails;
import org.medexpro.physicians.PhysicianService;
import org.medexpro.security.Role;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.medexpro.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

/** The session pages: the gate's answer, errors beside their fields, the scope guard before signing, the late list. */
@MedexIntegrationTest
class SessionPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AssessmentService assessment;

	@Autowired
	PhysicianService physicians;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	String trainer;

	UUID client;

	@BeforeEach
	void clearedClient() {
		trainer = fixtures.staffMember(Role.TRAINER);
		client = fixtures.clearedClientOf(trainer, "TYPE_2_DIABETES", null, null, LocalDate.now().minusYears(6));
	}

	@Test
	void theGateSaysWhyAndWhatToDo() throws Exception {
		mvc.perform(page(post("/clients/{id}/vitals-checks", client)).param("systolic", "128").param("diastolic", "80")
			.param("heartRate", "70").param("glucose", "62"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("HOLD"), containsString("below 70 mg/dL"),
					containsString("re-check after 15 minutes"), containsString("Re-check"))));
		mvc.perform(page(post("/clients/{id}/vitals-checks", client)).param("systolic", "128").param("diastolic", "80")
			.param("heartRate", "70"))
			.andExpect(content().string(containsString("Blood glucose not measured")));
		mvc.perform(page(post("/clients/{id}/vitals-checks", client)).param("systolic", "abc").param("diastolic", "80")
			.param("heartRate", "70"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("has-error"), containsString("must be a whole number"))));
		mvc.perform(page(post("/clients/{id}/vitals-checks", client)).param("systolic", "128").param("diastolic", "80")
			.param("heartRate", "70").param("glucose", "120").param("symptoms", "CHEST_PAIN"))
			.andExpect(content().string(allOf(containsString("STOP"), containsString("A red flag was raised"))));
	}

	@Test
	void theGateAsksOfTheClientsOwnRedFlagsKeepsWhatWasTickedAndShowsAHold() throws Exception {
		String typo = mvc.perform(page(post("/clients/{id}/vitals-checks", client)).param("systolic", "1x8").param("diastolic", "80")
			.param("heartRate", "70").param("glucose", "120").param("symptoms", "CHEST_PAIN"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(typo).as("the ticked symptom survives the field error")
			.containsPattern("value=\"CHEST_PAIN\"\\s+checked")
			.as("a red flag of the client's own condition is asked").contains("value=\"T2D_LOW_GLUCOSE_NOT_RECOVERING\"");

		mvc.perform(page(get("/clients/{id}/sessions/new", client)))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("training-hold"))));
		Fixtures.as(trainer, java.util.Set.of(Role.TRAINER), () -> assessment.raiseRedFlag(client, "NIGHT_PAIN", "woke with pain", "SESSION"));
		mvc.perform(page(get("/clients/{id}/sessions/new", client)))
			.andExpect(content().string(allOf(containsString("training-hold"), containsString("NIGHT_PAIN"))));
		mvc.perform(page(post("/clients/{id}/vitals-checks", client)).param("systolic", "128").param("diastolic", "80")
			.param("heartRate", "70").param("glucose", "120"))
			.andExpect(content().string(allOf(containsString("GO"), containsString("training-hold"),
					org.hamcrest.Matchers.not(containsString("start-log")))));
	}

	@Test
	void aTamperedRowCountIsAnErrorNotAFailure() throws Exception {
		String location = mvc.perform(page(post("/clients/{id}/sessions", client)).param("attendance", "NO_SHOW"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(page(post(location + "/edit")).param("rows", "many").param("version", "0").param("action", "save"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Check the fields marked below.")));
	}

	@Test
	void signingFromThePageWarnsOfOutOfScopeWordsWithTheSuggestedWording() throws Exception {
		String check = jdbc.sql("select count(*) from vitals_checks").query(String.class).single();
		String location = mvc.perform(page(post("/clients/{id}/sessions", client)).param("attendance", "NO_SHOW"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(page(post(location + "/edit")).param("rows", "0").param("version", "0")
			.param("notes", "Client did not come; the therapist called.").param("action", "sign"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Words outside the scope of exercise"),
					containsString("exercise professional"), containsString("Sign as written"))));
		mvc.perform(page(get(location))).andExpect(content().string(containsString("Draft")));
		mvc.perform(page(post(location + "/edit")).param("rows", "0").param("version", "1")
			.param("notes", "Client did not come; the exercise professional called.").param("action", "sign"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(page(get(location))).andExpect(content().string(containsString("Signed")));
		assertThat(jdbc.sql("select count(*) from vitals_checks").query(String.class).single()).isEqualTo(check);
	}

	@Test
	void theLatePageListsTheTrainersOwnLateLogs() throws Exception {
		OffsetDateTime now = pinNow();
		try {
			ClientDetails mine = fixtures.clientOf(trainer);
			UUID late = logOf(trainer, mine.id(), now.minusHours(30));
			UUID inTime = logOf(trainer, mine.id(), now.minusHours(2));
			String other = fixtures.staffMember(Role.TRAINER);
			ClientDetails theirs = fixtures.clientOf(other);
			UUID theirLate = logOf(other, theirs.id(), now.minusHours(30));

			String html = mvc.perform(page(get("/documentation/late")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Session logs not signed within 24 hours")))
				.andReturn().getResponse().getContentAsString();
			assertThat(row(html, "/sessions/" + late)).contains(mine.fullName(), trainer, "not yet", "<td>6</td>");
			assertThat(html).doesNotContain(inTime.toString(), theirLate.toString(), theirs.fullName());
		}
		finally {
			clock.release();
		}
	}

	@Test
	void theTodayPageListsTheTrainersUnsignedLogsWithTheTimeLeft() throws Exception {
		OffsetDateTime now = pinNow();
		try {
			ClientDetails mine = fixtures.clientOf(trainer);
			UUID dueTomorrow = logOf(trainer, mine.id(), now.minusHours(4).minusMinutes(30));
			UUID overdue = logOf(trainer, mine.id(), now.minusHours(26));
			UUID signed = logOf(trainer, mine.id(), now.minusHours(1));
			mvc.perform(post("/api/v1/sessions/{id}/sign", signed).with(user(trainer).roles("TRAINER"))).andExpect(status().isOk());
			String other = fixtures.staffMember(Role.TRAINER);
			UUID theirs = logOf(other, fixtures.clientOf(other).id(), now.minusHours(1));

			String html = mvc.perform(page(get("/")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Session logs to sign")))
				.andReturn().getResponse().getContentAsString();
			assertThat(row(html, "/sessions/" + dueTomorrow + "/edit")).contains(mine.fullName(), "19 h 30 min left")
				.doesNotContain("warn");
			assertThat(row(html, "/sessions/" + overdue + "/edit")).contains("2 h 0 min late", "warn");
			assertThat(html).doesNotContain(signed.toString(), theirs.toString());
		}
		finally {
			clock.release();
		}
	}

	@Test
	void aCancelledSessionIsLoggedFromThePageWithoutExercises() throws Exception {
		String location = mvc.perform(page(post("/clients/{id}/sessions", client)).param("attendance", "CANCELLED"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/sessions/[0-9a-f-]{36}");
		mvc.perform(page(get(location)))
			.andExpect(content().string(allOf(containsString("cancelled"), containsString("Go on with the log"))));
		mvc.perform(page(post(location + "/edit")).param("rows", "0").param("version", "0").param("action", "sign"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(page(get(location))).andExpect(content().string(allOf(containsString("Signed"), containsString("cancelled"))));
		assertThat(jdbc.sql("select count(*) from session_entries where session_id = ?")
			.param(UUID.fromString(location.substring("/sessions/".length()))).query(Long.class).single()).isZero();
	}

	@Test
	void anAddendumIsAddedFromThePageAndTheSignedLogStaysAsItWas() throws Exception {
		String location = mvc.perform(page(post("/clients/{id}/sessions", client)).param("attendance", "NO_SHOW"))
			.andReturn().getResponse().getRedirectedUrl();
		UUID id = UUID.fromString(location.substring("/sessions/".length()));
		mvc.perform(page(post(location + "/addenda")).param("text", "Called the client at 16:00."))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("addenda are for signed logs")));
		mvc.perform(page(post(location + "/edit")).param("rows", "0").param("version", "0")
			.param("notes", "Did not come.").param("action", "sign"))
			.andExpect(status().is3xxRedirection());

		mvc.perform(page(post(location + "/addenda")).param("text", "The patient called back."))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("The patient called back."), containsString("Add as written"),
					containsString("(say: client)"))));
		mvc.perform(page(post(location + "/addenda")).param("text", "The client called back: a cold, coming Thursday."))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl(location));
		String html = mvc.perform(page(get(location))).andReturn().getResponse().getContentAsString();
		assertThat(row(html, "a cold, coming Thursday", "<li", "</li>")).contains(trainer + ":");
		assertThat(html).contains("Did not come.").doesNotContain("The patient called back.");
		assertThat(jdbc.sql("select count(*) from session_addenda where session_id = ?").param(id).query(Long.class).single())
			.isEqualTo(1);
	}

	/** The clock pinned to now (whole seconds), as an offset time in UTC. */
	private OffsetDateTime pinNow() {
		Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		clock.pin(t0);
		return t0.atOffset(ZoneOffset.UTC);
	}

	/** A no-show logged over the API by this trainer, ended at {@code end}, not signed. */
	private UUID logOf(String staff, UUID clientId, OffsetDateTime end) throws Exception {
		String json = mvc.perform(post("/api/v1/clients/{id}/sessions", clientId).with(user(staff).roles("TRAINER"))
			.contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
			.content("{\"startedAt\":\"" + end.minusMinutes(45) + "\",\"endedAt\":\"" + end + "\",\"attendance\":\"NO_SHOW\"}"))
			.andExpect(status().isCreated())
			.andReturn().getResponse().getContentAsString();
		return UUID.fromString(JsonPath.read(json, "$.id"));
	}

	private static String row(String html, String text) {
		return row(html, text, "<tr", "</tr>");
	}

	/** The element around {@code text}, from its opening tag to its closing one. */
	private static String row(String html, String text, String open, String close) {
		int at = html.indexOf(text);
		assertThat(at).as(text + " is on the page").isNotNegative();
		return html.substring(html.lastIndexOf(open, at), html.indexOf(close, at));
	}

	@Test
	void aBlankEndTimeDoesNotFollowTheClockAsTheDraftIsSaved() throws Exception {
		Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		clock.pin(t0);
		try {
			String location = mvc.perform(page(post("/clients/{id}/sessions", client)))
				.andExpect(status().is3xxRedirection())
				.andReturn().getResponse().getRedirectedUrl();
			UUID id = UUID.fromString(location.substring("/sessions/".length(), location.length() - "/edit".length()));
			clock.advance(Duration.ofHours(2));
			mvc.perform(page(post("/sessions/{id}/autosave", id)).accept(MediaType.APPLICATION_JSON).param("rows", "0")
				.param("version", "0").param("endTime", ""))
				.andExpect(status().isOk());
			OffsetDateTime[] times = jdbc.sql("select started_at, ended_at from session_logs where id = ?").param(id)
				.query((rs, n) -> new OffsetDateTime[] { rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class) })
				.single();
			assertThat(times[1]).as("the end is still not recorded").isEqualTo(times[0]);

			// Signed with the end still blank: the session ended at the sign-off, by the application's clock.
			mvc.perform(page(post("/sessions/{id}/edit", id)).param("rows", "0").param("version", "1").param("endTime", "")
				.param("action", "sign"))
				.andExpect(status().is3xxRedirection());
			OffsetDateTime[] signed = jdbc.sql("select ended_at, sign_due_at from session_logs where id = ?").param(id)
				.query((rs, n) -> new OffsetDateTime[] { rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class) })
				.single();
			assertThat(signed[0].toInstant()).isEqualTo(t0.plus(Duration.ofHours(2)));
			assertThat(signed[1].toInstant()).isEqualTo(t0.plus(Duration.ofHours(26)));
		}
		finally {
			clock.release();
		}
	}

	private MockHttpServletRequestBuilder page(MockHttpServletRequestBuilder request) {
		return request.with(user(trainer).roles("TRAINER")).with(csrf()).accept(MediaType.TEXT_HTML);
	}

}
