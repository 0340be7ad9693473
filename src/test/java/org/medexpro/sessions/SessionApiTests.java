package org.medexpro.sessions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
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
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medexpro.assessment.AssessmentService;
import org.medexpro.physicians.PhysicianService;
import org.medexpro.security.Role;
import org.medexpro.shared.PracticeTime;
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

/** Session logs over the JSON API: the gate, the guards, sign-off, addenda, the 24-hour rule. */
@MedexIntegrationTest
class SessionApiTests {

	static final String GO = "{\"systolic\":128,\"diastolic\":80,\"heartRate\":70}";

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

	@Autowired
	PracticeTime practiceTime;

	String trainer;

	@BeforeEach
	void trainer() {
		trainer = fixtures.staffMember(Role.TRAINER);
	}

	@Test
	void aStopFromTheGateRefersTheClientBackAndNoTrainingIsLoggedThatDay() throws Exception {
		UUID client = clearedClient("KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(4));
		api(post("/api/v1/clients/{id}/vitals-checks", client), "{\"systolic\":201,\"diastolic\":80,\"heartRate\":72}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.decision").value("STOP"))
			.andExpect(jsonPath("$.reasons[0].limit").value("RESTING_SYSTOLIC_ABOVE_200"))
			.andExpect(jsonPath("$.reasons[0].source", containsString("ACSM")))
			.andExpect(jsonPath("$.redFlagsRaised[0]").value("RESTING_SYSTOLIC_ABOVE_200"));
		api(get("/api/v1/clients/{id}/red-flags", client), "")
			.andExpect(jsonPath("$[0].code").value("RESTING_SYSTOLIC_ABOVE_200"))
			.andExpect(jsonPath("$[0].observed", containsString("201/80 mmHg")));

		long logs = count("session_logs");
		api(post("/api/v1/clients/{id}/sessions", client), session(GO, entry("ANKLE_PUMPS", 2, 3)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("SAFETY_GATE"))
			.andExpect(jsonPath("$.detail", containsString("no training is logged for the rest of the day")));
		assertThat(count("session_logs")).isEqualTo(logs);
	}

	@Test
	void entriesAfterAHoldAreRefusedAndNothingIsStored() throws Exception {
		UUID client = clearedClient("KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(4));
		long logs = count("session_logs");
		long checks = count("vitals_checks");
		api(post("/api/v1/clients/{id}/sessions", client),
				session("{\"systolic\":128,\"diastolic\":80,\"heartRate\":39}", entry("ANKLE_PUMPS", 2, 3)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("SAFETY_GATE"))
			.andExpect(jsonPath("$.decision").value("HOLD"))
			.andExpect(jsonPath("$.reasons[0].limit").value("RESTING_HEART_RATE_BELOW_40"));
		api(post("/api/v1/clients/{id}/sessions", client), session(null, entry("ANKLE_PUMPS", 2, 3)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("SAFETY_GATE"));
		assertThat(count("session_logs")).isEqualTo(logs);
		assertThat(count("vitals_checks")).isEqualTo(checks);
	}

	@Test
	void aClientWithAnOpenRedFlagHasNoTrainingLogged() throws Exception {
		UUID client = clearedClient("KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(4));
		as(() -> assessment.raiseRedFlag(client, "NIGHT_PAIN", "woke twice with knee pain", "SESSION"));
		api(post("/api/v1/clients/{id}/sessions", client), session(GO, entry("ANKLE_PUMPS", 2, 3)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("CLEARANCE_REQUIRED"));
	}

	@Test
	void minutesOfServiceWithoutExercisesAreTrainingAndPassTheSameGateAndClearance() throws Exception {
		UUID client = clearedClient("KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(4));
		long logs = count("session_logs");
		api(post("/api/v1/clients/{id}/sessions", client), session(null, ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("SAFETY_GATE"));
		as(() -> assessment.raiseRedFlag(client, "NIGHT_PAIN", "woke twice with knee pain", "SESSION"));
		api(post("/api/v1/clients/{id}/sessions", client), session(GO, ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("CLEARANCE_REQUIRED"));
		assertThat(count("session_logs")).isEqualTo(logs);
		api(post("/api/v1/clients/{id}/sessions", client), absent("NO_SHOW")).andExpect(status().isCreated());
	}

	@Test
	void theGatesNoteOnABetaBlockerStaysWithTheSessionLog() throws Exception {
		UUID client = clearedClient("KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(4));
		api(post("/api/v1/clients/{id}/intake", client), """
				{"medications":["Metoprolol 50 mg"],"restingVitals":{"systolic":128,"diastolic":80,"heartRate":70}}""")
			.andExpect(status().isOk());
		String id = body(api(post("/api/v1/clients/{id}/sessions", client), session(GO, entry("ANKLE_PUMPS", 1, 1)))
			.andExpect(status().isCreated())).get("id").asText();
		api(get("/api/v1/sessions/{id}", id), "")
			.andExpect(jsonPath("$.vitalsCheck.notes[0]", containsString("RPE")));
	}

	@Test
	void aHoldOnTheReCheckOutranksTheGoBeforeIt() throws Exception {
		UUID client = clearedClient("TYPE_2_DIABETES", null, null, LocalDate.now().minusYears(6));
		Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		clock.pin(t0);
		try {
			String go = check(client, "{\"systolic\":128,\"diastolic\":80,\"heartRate\":70,\"glucose\":112}");
			clock.advance(Duration.ofMinutes(10));
			check(client, "{\"systolic\":128,\"diastolic\":80,\"heartRate\":70,\"glucose\":62}");
			clock.advance(Duration.ofMinutes(2));
			OffsetDateTime start = t0.atOffset(ZoneOffset.UTC).plusMinutes(12);
			api(post("/api/v1/clients/{id}/sessions", client), timed(go, start, start))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.rule").value("SAFETY_GATE"))
				.andExpect(jsonPath("$.decision").value("HOLD"))
				.andExpect(jsonPath("$.reasons[0].limit").value("GLUCOSE_BELOW_70"));
		}
		finally {
			clock.release();
		}
	}

	@Test
	void anExcludedExerciseIsRefusedNamingTheRule() throws Exception {
		UUID client = clearedClient("THR", "LEFT", "POSTERIOR", LocalDate.now().minusWeeks(4));
		long logs = count("session_logs");
		api(post("/api/v1/clients/{id}/sessions", client), session(GO, entry("ANKLE_PUMPS", 1, 1) + "," + entry("DEEP_SQUAT", 1, 2)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("CONTRAINDICATED"))
			.andExpect(jsonPath("$.entries[0].index").value(1))
			.andExpect(jsonPath("$.entries[0].rules[*].rule", hasItem("THR-P-01")));
		assertThat(count("session_logs")).isEqualTo(logs);
	}

	@Test
	void aSignedLogNeverChangesAndItsAddendaKeepTheOriginal() throws Exception {
		UUID client = clearedClient("KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(4));
		JsonNode draft = body(api(post("/api/v1/clients/{id}/sessions", client), session(GO, entry("ANKLE_PUMPS", 2, 5)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("DRAFT"))
			.andExpect(jsonPath("$.vitalsCheck.decision").value("GO"))
			.andExpect(jsonPath("$.entries[0].flags[0].limit").value("PAIN_RISE_AT_LEAST_2"))
			.andExpect(jsonPath("$.entries[0].flags[0].action", containsString("Reduce the load"))));
		String id = draft.get("id").asText();
		api(put("/api/v1/sessions/{id}", id), session(GO, entry("ANKLE_PUMPS", 2, 3)).replace("}\n", ",\"version\":0}\n"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.entries[0].painAfter").value(3));
		api(post("/api/v1/sessions/{id}/sign", id), "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("SIGNED"))
			.andExpect(jsonPath("$.late").value(false));

		api(put("/api/v1/sessions/{id}", id), session(GO, entry("ANKLE_PUMPS", 2, 9)).replace("}\n", ",\"version\":2}\n"))
			.andExpect(status().isConflict());
		api(post("/api/v1/sessions/{id}/sign", id), "").andExpect(status().isConflict());
		api(post("/api/v1/sessions/{id}/addenda", id), "{\"text\":\"Client called: the knee was fine the next morning.\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.writtenBy").value(trainer));
		api(get("/api/v1/sessions/{id}", id), "")
			.andExpect(jsonPath("$.entries[0].painAfter").value(3))
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.addenda[0].text", containsString("fine the next morning")));

		List<String> trail = jdbc.sql("select action || ' ' || entity from audit_entries where entity_id = ? order by seq")
			.param(id).query(String.class).list();
		assertThat(trail).containsSubsequence("CREATE SessionLog", "UPDATE SessionLog", "SIGN SessionLog", "READ SessionLog");
		assertThat(jdbc.sql("select count(*) from audit_entries where action = 'CREATE' and entity = 'SessionAddendum' and detail = ?")
			.param(id).query(Long.class).single()).isEqualTo(1);

		// A change behind the application's back shows: the log is no longer intact.
		jdbc.sql("update session_entries set pain_after = 1 where session_id = ?").param(UUID.fromString(id)).update();
		api(get("/api/v1/sessions/{id}", id), "").andExpect(jsonPath("$.intact").value(false));
	}

	@Test
	void onlyTheAuthorSignsAndOutOfScopeWordsNeedConfirmationWithTheSuggestedWording() throws Exception {
		UUID client = clearedClient("KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(4));
		String id = body(api(post("/api/v1/clients/{id}/sessions", client),
				session(GO, entry("ANKLE_PUMPS", 1, 1)).replace("\"entries\"", "\"notes\":\"Patient tolerated the therapy well.\",\"entries\"")))
			.get("id").asText();
		api(post("/api/v1/sessions/{id}/sign", id), "", "owner", "OWNER").andExpect(status().isForbidden());
		api(post("/api/v1/sessions/{id}/sign", id), "")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("OUT_OF_SCOPE_LANGUAGE"))
			.andExpect(jsonPath("$.suggestions.Patient").value("client"))
			.andExpect(jsonPath("$.suggestions.therapy").value("training"));
		api(post("/api/v1/sessions/{id}/sign", id), "{\"acknowledgeLanguage\":true}").andExpect(status().isOk());
	}

	@Test
	void theLateListIsExactAtTheTwentyFourHourBoundary() throws Exception {
		UUID client = clearedClient("KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(4));
		Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		clock.pin(t0);
		try {
			String dueNow = logEnding(client, t0.minus(Duration.ofHours(24)));
			String dueInASecond = logEnding(client, t0.minus(Duration.ofHours(24)).plusSeconds(1));
			String dueASecondAgo = logEnding(client, t0.minus(Duration.ofHours(24)).minusSeconds(1));
			api(post("/api/v1/sessions/{id}/sign", dueASecondAgo), "").andExpect(jsonPath("$.late").value(true));

			JsonNode late = body(api(get("/api/v1/documentation/late"), ""));
			assertThat(ids(late)).contains(dueASecondAgo).doesNotContain(dueNow, dueInASecond);

			clock.advance(Duration.ofSeconds(1));
			api(post("/api/v1/sessions/{id}/sign", dueInASecond), "").andExpect(jsonPath("$.late").value(false));
			late = body(api(get("/api/v1/documentation/late"), ""));
			assertThat(ids(late)).contains(dueNow, dueASecondAgo).doesNotContain(dueInASecond);
			JsonNode mine = body(api(get("/api/v1/documentation/unsigned"), ""));
			assertThat(ids(mine)).contains(dueNow).doesNotContain(dueInASecond, dueASecondAgo);
		}
		finally {
			clock.release();
		}
	}

	@Test
	void signedLogsOfToleratedSessionsMeetTheProtocolsCriteria() throws Exception {
		UUID client = clearedClient("KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(4));
		JsonNode created = body(api(post("/api/v1/clients/{id}/programs", client), "{\"protocolCode\":\"KNEE_OSTEOARTHRITIS\"}"));
		assertThat(created.has("id")).as(created.toString()).isTrue();
		String program = created.get("id").asText();
		for (int i = 0; i < 2; i++) {
			String id = body(api(post("/api/v1/clients/{id}/sessions", client), session(GO, entry("ANKLE_PUMPS", 2, 3)))
				.andExpect(status().isCreated())).get("id").asText();
			api(post("/api/v1/programs/{id}/advance", program), "")
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.unmet[*].criterion", hasItem("PAIN_WITHIN_LIMITS")));
			api(post("/api/v1/sessions/{id}/sign", id), "").andExpect(status().isOk());
		}
		api(post("/api/v1/programs/{id}/advance", program), "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phase").value(2));
	}

	@Test
	void aSystolicFallDuringExerciseInHeartFailureRefersTheClientBackOnceTheLogIsSigned() throws Exception {
		UUID client = clearedClient("HEART_FAILURE", null, null, LocalDate.now().minusYears(2));
		String fell = entry("ANKLE_PUMPS", 1, 1).replace("}", ",\"vitalsDuring\":{\"systolic\":112,\"diastolic\":76}}");
		String id = body(api(post("/api/v1/clients/{id}/sessions", client), session(GO, fell)).andExpect(status().isCreated()))
			.get("id").asText();
		api(get("/api/v1/clients/{id}/red-flags", client), "").andExpect(jsonPath("$.length()").value(0));

		api(post("/api/v1/sessions/{id}/sign", id), "").andExpect(status().isOk());
		api(get("/api/v1/clients/{id}/red-flags", client), "")
			.andExpect(jsonPath("$[0].code").value("HF_EXERCISE_SYSTOLIC_FALL"))
			.andExpect(jsonPath("$[0].observed", containsString("systolic 16 mmHg below the pre-session reading")));
		api(get("/api/v1/clients/{id}", client), "").andExpect(jsonPath("$.status").value("CLEARANCE_REQUIRED"));
		api(post("/api/v1/clients/{id}/sessions", client), session(GO, entry("ANKLE_PUMPS", 1, 1)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("CLEARANCE_REQUIRED"));
	}

	@Test
	void aSessionWhoseExerciseResponseStoppedItIsNotToleratedSoThePhaseHolds() throws Exception {
		UUID client = clearedClient("KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(4));
		String program = body(api(post("/api/v1/clients/{id}/programs", client), "{\"protocolCode\":\"KNEE_OSTEOARTHRITIS\"}"))
			.get("id").asText();
		// Systolic 115 during the exercise, 13 mmHg below the gate's 128: stop the session (rated GOOD, pain fine).
		String dropped = entry("ANKLE_PUMPS", 2, 3).replace("}", ",\"vitalsDuring\":{\"systolic\":115,\"diastolic\":78}}");
		for (String entry : List.of(entry("ANKLE_PUMPS", 2, 3), dropped)) {
			String id = body(api(post("/api/v1/clients/{id}/sessions", client), session(GO, entry)).andExpect(status().isCreated()))
				.get("id").asText();
			api(post("/api/v1/sessions/{id}/sign", id), "").andExpect(status().isOk());
		}
		api(get("/api/v1/clients/{id}/tolerance", client), "")
			.andExpect(jsonPath("$.sessions[*].tolerated", org.hamcrest.Matchers.contains(true, false)));
		// Not a red flag without heart failure.
		api(get("/api/v1/clients/{id}/red-flags", client), "").andExpect(jsonPath("$.length()").value(0));
		api(post("/api/v1/programs/{id}/advance", program), "")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.unmet[*].criterion", hasItem("BACK_TO_BASELINE")))
			.andExpect(jsonPath("$.unmet[*].criterion", not(hasItem("PAIN_WITHIN_LIMITS"))));
	}

	@Test
	void attendanceIsLoggedAndAMissedSessionHasNoExercises() throws Exception {
		UUID client = clearedClient("KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(4));
		api(post("/api/v1/clients/{id}/sessions", client), session(null, entry("ANKLE_PUMPS", 1, 1))
			.replace("\"entries\"", "\"attendance\":\"NO_SHOW\",\"entries\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("entries"));
		api(post("/api/v1/clients/{id}/sessions", client), session(null, "").replace("\"entries\"", "\"attendance\":\"NO_SHOW\",\"entries\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("minutes"))
			.andExpect(jsonPath("$.errors[0].message").value("a no-show has no minutes of service to bill"));
		api(post("/api/v1/clients/{id}/sessions", client), absent("NO_SHOW")).andExpect(status().isCreated());
		api(post("/api/v1/clients/{id}/sessions", client), session(GO, entry("ANKLE_PUMPS", 2, 3))).andExpect(status().isCreated());
		api(get("/api/v1/clients/{id}/tolerance", client), "")
			.andExpect(jsonPath("$.attended").value(1))
			.andExpect(jsonPath("$.noShows").value(1))
			.andExpect(jsonPath("$.sessions[1].painAfter").value(3));
	}

	@Test
	void theDirectMinutesCannotAddUpToMoreThanTheSessionLasted() throws Exception {
		UUID client = clearedClient("KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(4));
		long logs = count("session_logs");
		// 50 minutes from start to end: 30 + 21 minutes of service is one too many.
		String tooMany = session(GO, entry("ANKLE_PUMPS", 1, 1)).replace("\"FUNCTIONAL_ACTIVITIES\":15", "\"FUNCTIONAL_ACTIVITIES\":21");
		api(post("/api/v1/clients/{id}/sessions", client), tooMany)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("minutes"))
			.andExpect(jsonPath("$.errors[0].message", containsString("more than the session lasted (50 min")));
		assertThat(count("session_logs")).isEqualTo(logs);

		String exact = session(GO, entry("ANKLE_PUMPS", 1, 1)).replace("\"FUNCTIONAL_ACTIVITIES\":15", "\"FUNCTIONAL_ACTIVITIES\":20");
		String id = body(api(post("/api/v1/clients/{id}/sessions", client), exact).andExpect(status().isCreated())
			.andExpect(jsonPath("$.minutes.FUNCTIONAL_ACTIVITIES").value(20))).get("id").asText();
		// Nor by shortening the session afterwards: the stored minutes stay as they were.
		String shortened = versioned(exact.replace("\"startedAt\":\"", "\"startedAt\":\"X"), 0);
		OffsetDateTime end = OffsetDateTime.parse(body(api(get("/api/v1/sessions/{id}", id), "")).get("endedAt").asText());
		shortened = shortened.replaceFirst("\"startedAt\":\"X[^\"]*\"", "\"startedAt\":\"" + end.minusMinutes(40) + "\"");
		api(put("/api/v1/sessions/{id}", id), shortened)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("minutes"));
		api(get("/api/v1/sessions/{id}", id), "")
			.andExpect(jsonPath("$.version").value(0))
			.andExpect(jsonPath("$.minutes.STRENGTH_RANGE_ENDURANCE").value(30));
	}

	@Test
	void aHoldThenAGoOnTheReCheckFifteenMinutesLaterLetsTheTrainingBeLogged() throws Exception {
		UUID client = clearedClient("TYPE_2_DIABETES", null, null, LocalDate.now().minusYears(6));
		Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		clock.pin(t0);
		try {
			JsonNode hold = body(api(post("/api/v1/clients/{id}/vitals-checks", client),
					"{\"systolic\":128,\"diastolic\":80,\"heartRate\":70,\"glucose\":62}")
				.andExpect(jsonPath("$.decision").value("HOLD"))
				.andExpect(jsonPath("$.reasons[0].limit").value("GLUCOSE_BELOW_70"))
				.andExpect(jsonPath("$.reasons[0].action", containsString("re-check after 15 minutes"))));
			clock.advance(Duration.ofMinutes(15));
			String go = check(client, "{\"systolic\":128,\"diastolic\":80,\"heartRate\":70,\"glucose\":112}");
			api(get("/api/v1/clients/{id}/sessions", client), "").andExpect(jsonPath("$.length()").value(0));
			clock.advance(Duration.ofMinutes(35));

			OffsetDateTime start = t0.atOffset(ZoneOffset.UTC).plusMinutes(16);
			String heldBack = timed(hold.get("id").asText(), t0.atOffset(ZoneOffset.UTC).plusMinutes(1), t0.atOffset(ZoneOffset.UTC).plusMinutes(10));
			api(post("/api/v1/clients/{id}/sessions", client), heldBack)
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.rule").value("SAFETY_GATE"))
				.andExpect(jsonPath("$.decision").value("HOLD"));
			api(post("/api/v1/clients/{id}/sessions", client), timed(go, start, start.plusMinutes(34)))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.vitalsCheck.decision").value("GO"))
				.andExpect(jsonPath("$.vitalsCheck.readings.glucose").value(112))
				.andExpect(jsonPath("$.entries[0].exerciseCode").value("ANKLE_PUMPS"));
		}
		finally {
			clock.release();
		}
	}

	@Test
	void aCancelledSessionIsLoggedWithoutExercisesAndCountsAgainstAttendance() throws Exception {
		UUID client = clearedClient("KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(4));
		long logs = count("session_logs");
		api(post("/api/v1/clients/{id}/sessions", client), session(GO, entry("ANKLE_PUMPS", 1, 1))
			.replace("\"entries\"", "\"attendance\":\"CANCELLED\",\"entries\""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("entries"))
			.andExpect(jsonPath("$.errors[0].message").value("a cancelled has no exercises"));
		assertThat(count("session_logs")).isEqualTo(logs);
		String id = body(api(post("/api/v1/clients/{id}/sessions", client), absent("CANCELLED"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.attendance").value("CANCELLED"))
			.andExpect(jsonPath("$.vitalsCheck").doesNotExist())).get("id").asText();
		api(post("/api/v1/sessions/{id}/sign", id), "").andExpect(status().isOk());
		api(post("/api/v1/clients/{id}/sessions", client), session(GO, entry("ANKLE_PUMPS", 2, 3))).andExpect(status().isCreated());
		api(get("/api/v1/clients/{id}/tolerance", client), "")
			.andExpect(jsonPath("$.attended").value(1))
			.andExpect(jsonPath("$.cancelled").value(1))
			.andExpect(jsonPath("$.noShows").value(0));
	}

	/** A session from {@code start} to {@code end} under the check {@code checkId}, one exercise, no minutes. */
	private static String timed(String checkId, OffsetDateTime start, OffsetDateTime end) {
		return "{\"startedAt\":\"" + start + "\",\"endedAt\":\"" + end + "\",\"vitalsCheckId\":\"" + checkId
				+ "\",\"entries\":[" + entry("ANKLE_PUMPS", 1, 1) + "]}";
	}

	@Test
	void badInputIsRefusedNamingTheField() throws Exception {
		UUID client = clearedClient("KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(4));
		api(post("/api/v1/clients/{id}/vitals-checks", client), "{\"systolic\":900,\"diastolic\":80,\"heartRate\":70}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("systolic"));
		api(post("/api/v1/clients/{id}/sessions", client), session(GO, entry("ANKLE_PUMPS", 2, 11)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("entries[0].painAfter"));
		api(post("/api/v1/clients/{id}/sessions", client), session(GO, entry("ANKLE_PUMPS", 2, 3).replace("\"rpe\":12", "\"rpe\":25")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("entries[0].rpe")));
		api(post("/api/v1/clients/{id}/sessions", client), session(GO, entry("MOONWALK", 2, 3)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("entries[0].exerciseCode"));
		String future = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString();
		api(post("/api/v1/clients/{id}/sessions", client), "{\"startedAt\":\"" + future + "\",\"endedAt\":\"" + future + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("endedAt"))
			.andExpect(jsonPath("$.detail", not(containsString("Exception"))));
	}

	@Test
	void aVitalsCheckOfAnotherDayOrMadeAfterTheSessionIsNotReused() throws Exception {
		UUID client = clearedClient("KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(4));
		Instant t0 = afternoon();
		try {
			clock.pin(t0.minus(Duration.ofDays(1)));
			String yesterdays = check(client, GO);
			clock.pin(t0);
			OffsetDateTime end = t0.atOffset(ZoneOffset.UTC).minusMinutes(1);
			long logs = count("session_logs");
			api(post("/api/v1/clients/{id}/sessions", client), withCheck(yesterdays, end))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.rule").value("SAFETY_GATE"))
				.andExpect(jsonPath("$.errors[0].field").value("vitalsCheckId"))
				.andExpect(jsonPath("$.errors[0].message", containsString("not of the session's day")));

			String made = check(client, GO);
			api(post("/api/v1/clients/{id}/sessions", client), withCheck(made, end.minusHours(2)))
				.andExpect(status().isUnprocessableContent())
				.andExpect(jsonPath("$.errors[0].field").value("vitalsCheckId"))
				.andExpect(jsonPath("$.errors[0].message", containsString("after the session ended")));
			assertThat(count("session_logs")).isEqualTo(logs);

			// The same check before the session, on its day, lets the training be logged.
			api(post("/api/v1/clients/{id}/sessions", client), withCheck(made, end.plusMinutes(1)))
				.andExpect(status().isCreated())
				.andExpect(jsonPath("$.vitalsCheck.id").value(made));
		}
		finally {
			clock.release();
		}
	}

	@Test
	void theSignByTimeNeverMovesLaterSoALateLogStaysLate() throws Exception {
		UUID client = clearedClient("KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(4));
		Instant t0 = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		clock.pin(t0);
		try {
			OffsetDateTime end = t0.atOffset(ZoneOffset.UTC).minusMinutes(1);
			JsonNode log = body(api(post("/api/v1/clients/{id}/sessions", client), session(GO, entry("ANKLE_PUMPS", 1, 1), end))
				.andExpect(status().isCreated()));
			String id = log.get("id").asText();
			Instant due = end.plusHours(24).toInstant();
			assertThat(instant(log, "signDueBy")).isEqualTo(due);

			// A later end gives no more time; an earlier one brings the deadline forward, for good.
			assertThat(instant(body(api(put("/api/v1/sessions/{id}", id), versioned(session(GO, entry("ANKLE_PUMPS", 1, 1),
					end.plusMinutes(1)), 0)).andExpect(status().isOk())), "signDueBy")).isEqualTo(due);
			assertThat(instant(body(api(put("/api/v1/sessions/{id}", id), versioned(session(GO, entry("ANKLE_PUMPS", 1, 1),
					end.minusMinutes(10)), 1)).andExpect(status().isOk())), "signDueBy")).isEqualTo(due.minus(Duration.ofMinutes(10)));
			api(put("/api/v1/sessions/{id}", id), versioned(session(GO, entry("ANKLE_PUMPS", 1, 1), end.plusMinutes(10)), 2))
				.andExpect(status().isBadRequest())
				.andExpect(jsonPath("$.errors[0].field").value("endedAt"))
				.andExpect(jsonPath("$.errors[0].message").value("must not be in the future"));

			// A day later the log is late: moving the session to just now does not take it off the late list.
			clock.advance(Duration.ofHours(25));
			api(put("/api/v1/sessions/{id}", id), versioned(session(GO, entry("ANKLE_PUMPS", 1, 1),
					t0.plus(Duration.ofHours(25)).atOffset(ZoneOffset.UTC).minusMinutes(1)), 2))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.late").value(true));
			assertThat(ids(body(api(get("/api/v1/documentation/late"), "")))).contains(id);
		}
		finally {
			clock.release();
		}
	}

	private static Instant instant(JsonNode node, String field) {
		return OffsetDateTime.parse(node.get(field).asText()).toInstant();
	}

	private static String versioned(String session, int version) {
		return session.replace("}\n", ",\"version\":" + version + "}\n");
	}

	/** Today at 15:00 in the practice's zone, or now if later: a session of the last three hours is on the same day. */
	private Instant afternoon() {
		java.time.ZonedDateTime now = java.time.ZonedDateTime.now(practiceTime.zone());
		java.time.ZonedDateTime three = now.toLocalDate().atTime(15, 0).atZone(now.getZone());
		return (now.isAfter(three) ? now : three).toInstant().truncatedTo(ChronoUnit.SECONDS);
	}

	private String check(UUID client, String readings) throws Exception {
		return body(api(post("/api/v1/clients/{id}/vitals-checks", client), readings).andExpect(status().isOk())).get("id").asText();
	}

	private static String withCheck(String checkId, OffsetDateTime end) {
		return session(null, entry("ANKLE_PUMPS", 2, 3), end).replace("\"entries\"", "\"vitalsCheckId\":\"" + checkId + "\",\"entries\"");
	}

	private String logEnding(UUID client, Instant end) throws Exception {
		String body = "{\"startedAt\":\"" + end.minus(Duration.ofMinutes(45)) + "\",\"endedAt\":\"" + end + "\",\"preVitals\":" + GO
				+ ",\"entries\":[" + entry("ANKLE_PUMPS", 1, 1) + "]}";
		return body(api(post("/api/v1/clients/{id}/sessions", client), body).andExpect(status().isCreated())).get("id").asText();
	}

	private static List<String> ids(JsonNode list) {
		return list.valueStream().map(n -> n.get("sessionId").asText()).toList();
	}

	static String session(String preVitals, String entries) {
		return session(preVitals, entries, OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1));
	}

	/** A 50-minute session ending at {@code end}: with {@code preVitals} readings, or none. */
	static String session(String preVitals, String entries, OffsetDateTime end) {
		return "{\"startedAt\":\"" + end.minusMinutes(50) + "\",\"endedAt\":\"" + end + "\","
				+ (preVitals == null ? "" : "\"preVitals\":" + preVitals + ",")
				+ "\"minutes\":{\"STRENGTH_RANGE_ENDURANCE\":30,\"FUNCTIONAL_ACTIVITIES\":15},"
				+ "\"entries\":[" + entries + "]}\n";
	}

	/** A session the client missed: attendance alone, without exercises or minutes. */
	static String absent(String attendance) {
		return session(null, "").replace("\"minutes\":{\"STRENGTH_RANGE_ENDURANCE\":30,\"FUNCTIONAL_ACTIVITIES\":15},", "")
			.replace("\"entries\"", "\"attendance\":\"" + attendance + "\",\"entries\"");
	}

	static String entry(String code, int painBefore, int painAfter) {
		return "{\"exerciseCode\":\"" + code + "\",\"sets\":2,\"reps\":10,\"loadKg\":0,\"rpe\":12,\"painBefore\":" + painBefore
				+ ",\"painAfter\":" + painAfter + ",\"tolerance\":\"GOOD\"}";
	}

	private UUID clearedClient(String condition, String side, String approach, LocalDate event) {
		return fixtures.clearedClientOf(trainer, condition, side, approach, event);
	}

	private <T> T as(java.util.function.Supplier<T> work) {
		return Fixtures.as(trainer, Set.of(Role.TRAINER), work);
	}

	private ResultActions api(MockHttpServletRequestBuilder request, String body) throws Exception {
		return api(request, body, trainer, "TRAINER");
	}

	private ResultActions api(MockHttpServletRequestBuilder request, String body, String username, String role) throws Exception {
		request.with(user(username).roles(role)).accept(MediaType.APPLICATION_JSON);
		if (!body.isEmpty()) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return mvc.perform(request);
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
