package org.medexpro.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.medexpro.support.JsonAnswers.body;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medexpro.assessment.AssessmentService;
import org.medexpro.assessment.GoalService;
import org.medexpro.assessment.IntakeData;
import org.medexpro.assessment.ScreenFinding;
import org.medexpro.assessment.ScreenFinding.Result;
import org.medexpro.assessment.ScreenService;
import org.medexpro.knowledge.Exercise;
import org.medexpro.knowledge.KnowledgeBase;
import org.medexpro.outcomes.OutcomeService;
import org.medexpro.physicians.PhysicianService;
import org.medexpro.security.Role;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.medexpro.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.JsonNode;

/** The engine's worked cases from the issue, programs, progression and the guard, over the JSON API. */
@MedexIntegrationTest
class ProgramApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AssessmentService assessment;

	@Autowired
	PhysicianService physicians;

	@Autowired
	OutcomeService outcomes;

	@Autowired
	KnowledgeBase knowledge;

	@Autowired
	ScreenService screens;

	@Autowired
	GoalService goals;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	String trainer;

	@BeforeEach
	void trainer() {
		trainer = fixtures.staffMember(Role.TRAINER);
	}

	@Test
	void aPosteriorHipFourWeeksAfterSurgeryNeverGetsTheMovementsThatRiskDislocation() throws Exception {
		UUID client = clearedClient("THR", "LEFT", "POSTERIOR", LocalDate.now().minusWeeks(4));
		deficits(client, new ScreenFinding("HIP", Result.LIMITED, "LEFT", 80, 3, null),
				new ScreenFinding("GAIT", Result.LIMITED, null, null, null, "short step on the left"));
		JsonNode program = body(api(post("/api/v1/clients/{id}/programs", client), "{\"protocolCode\":\"THR_POSTERIOR\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.phase").value(1)));
		JsonNode options = options(client);
		assertThat(excluded(options)).containsKeys("DEEP_SQUAT", "SIT_TO_STAND_LOW_CHAIR", "CROSS_LEGGED_STRETCH",
				"SEATED_HIP_INTERNAL_ROTATION");
		assertThat(excluded(options).get("DEEP_SQUAT")).contains("THR-P-01");
		assertThat(excluded(options).get("SEATED_HIP_INTERNAL_ROTATION")).contains("THR-P-03");
		assertTopIndicatedServe(options, Set.of("transfers", "gait", "hip-strength", "ankle-mobility"),
				"screen deficit: hip", "screen deficit: gait");

		assertThat(program.get("exercises").size()).isPositive();
		program.get("exercises").forEach(e -> {
			assertThat(excluded(options)).doesNotContainKey(e.get("exerciseCode").asText());
			assertThat(knowledge.exercise(e.get("exerciseCode").asText()).orElseThrow().purposes())
				.containsAnyOf("transfers", "gait", "hip-strength", "ankle-mobility");
		});

		long entries = count("program_entries");
		api(post("/api/v1/programs/{id}/exercises", program.get("id").asText()), "{\"exerciseCode\":\"DEEP_SQUAT\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("CONTRAINDICATED"))
			.andExpect(jsonPath("$.rules[*].rule", hasItem("THR-P-01")))
			.andExpect(jsonPath("$.detail", containsString("Deep squat")));
		assertThat(count("program_entries")).isEqualTo(entries);
	}

	@Test
	void spinalStenosisNeverGetsPronePressUpsOrBackBendsAndIsOfferedFlexionBiasedWalkingAndMobility() throws Exception {
		UUID client = clearedClient("LUMBAR_SPINAL_STENOSIS", null, null, LocalDate.now().minusYears(3));
		deficits(client, new ScreenFinding("GAIT", Result.LIMITED, null, null, null, "leg symptoms after 8 minutes"),
				new ScreenFinding("THORACIC_LUMBAR_SPINE", Result.PAINFUL, null, null, null, "extension brings on leg symptoms"));
		programFor(client, "LUMBAR_SPINAL_STENOSIS");
		JsonNode options = options(client);
		assertThat(excluded(options)).containsKeys("PRONE_PRESS_UP", "STANDING_BACK_BEND");
		assertThat(excluded(options).get("PRONE_PRESS_UP")).contains("LSS-01");
		assertTopIndicatedServe(options, Set.of("pain-management", "walking-endurance", "spine-mobility", "aerobic-endurance",
				"hip-mobility"), "screen deficit: gait", "screen deficit: thoracic lumbar spine");
	}

	@Test
	void osteoporosisNeverGetsSitUpsOrLoadedToeTouchesAndIsOfferedPostureBalanceAndSafeLifting() throws Exception {
		UUID client = clearedClient("OSTEOPOROSIS", null, null, LocalDate.now().minusYears(2));
		deficits(client, new ScreenFinding("POSTURE", Result.LIMITED, null, null, null, "increased stoop"),
				new ScreenFinding("BALANCE", Result.LIMITED, null, null, null, "sways in tandem stance"));
		programFor(client, "OSTEOPOROSIS");
		JsonNode options = options(client);
		assertThat(excluded(options)).containsKeys("SIT_UP", "LOADED_TOE_TOUCH");
		assertThat(excluded(options).get("SIT_UP")).contains("OST-01");
		assertTopIndicatedServe(options, Set.of("posture", "lifting", "trunk-stability", "balance-static", "transfers"),
				"screen deficit: posture", "screen deficit: balance");
	}

	@Test
	void everyExerciseIsInExactlyOneListAndEveryExclusionNamesItsRules() throws Exception {
		JsonNode options = options(clearedClient("THR", "RIGHT", "POSTERIOR", LocalDate.now().minusWeeks(2)));
		Set<String> seen = new HashSet<>();
		options.get("indicated").forEach(i -> assertThat(seen.add(i.get("exerciseCode").asText())).isTrue());
		options.get("excluded").forEach(e -> {
			assertThat(seen.add(e.get("exerciseCode").asText())).isTrue();
			assertThat(e.get("rules").size()).isPositive();
			e.get("rules").forEach(r -> assertThat(r.get("reason").asText()).isNotBlank());
		});
		assertThat(seen).hasSize(knowledge.exercises().size());
	}

	@Test
	void aProgramMovesOnOnlyWhenRecordedDataMeetThePhaseCriteria() throws Exception {
		UUID client = clearedClient("THR", "LEFT", "POSTERIOR", LocalDate.now().minusWeeks(7));
		String program = body(api(post("/api/v1/clients/{id}/programs", client), "{\"protocolCode\":\"THR_POSTERIOR\"}")
			.andExpect(status().isCreated())).get("id").asText();

		api(post("/api/v1/programs/{id}/advance", program), "")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.unmet[0].criterion").value("TUG_UNDER_20"))
			.andExpect(jsonPath("$.unmet[0].current").value("not measured yet"));
		measure(client, "TUG", "25.0");
		api(post("/api/v1/programs/{id}/advance", program), "")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.unmet[0].current", containsString("TUG 25")));
		api(get("/api/v1/programs/{id}/criteria", program), "")
			.andExpect(jsonPath("$[?(@.criterion == 'SIX_WEEKS')].met").value(true))
			.andExpect(jsonPath("$[?(@.criterion == 'TUG_UNDER_20')].met").value(false));

		measure(client, "TUG", "17.5");
		api(post("/api/v1/programs/{id}/advance", program), "")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.phase").value(2));
		assertThat(jdbc.sql("select evidence from program_phase_changes where program_id = ?")
			.param(UUID.fromString(program)).query(String.class).single()).contains("TUG 17.5");
	}

	@Test
	void oneSetOfSessionsNeverCarriesAProgramThroughTwoPhases() throws Exception {
		// Type 2 diabetes phases 1 and 2 both ask for the last 6 sessions tolerated.
		UUID client = clearedClient("TYPE_2_DIABETES", null, null, LocalDate.now().minusYears(6));
		ZonedDateTime twoDaysAgo = LocalDate.now().minusDays(2).atTime(12, 0).atZone(ZoneId.systemDefault());
		try {
			clock.pin(twoDaysAgo.toInstant());
			String program = programFor(client, "TYPE_2_DIABETES");
			signedSessions(client, twoDaysAgo, 6);
			api(post("/api/v1/programs/{id}/advance", program), "")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.phase").value(2));
			api(post("/api/v1/programs/{id}/advance", program), "")
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.unmet[0].criterion").value("VOLUME_TOLERATED"))
				.andExpect(jsonPath("$.unmet[0].current", containsString("0 of 6 session logs recorded since")));

			ZonedDateTime yesterday = twoDaysAgo.plusDays(1);
			clock.pin(yesterday.toInstant());
			signedSessions(client, yesterday, 5);
			api(post("/api/v1/programs/{id}/advance", program), "")
				.andExpect(status().isConflict())
				.andExpect(jsonPath("$.unmet[0].current", containsString("5 of 6")));
			clock.pin(yesterday.plusMinutes(30).toInstant());
			signedSessions(client, yesterday.plusMinutes(30), 1);
			api(post("/api/v1/programs/{id}/advance", program), "")
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.phase").value(3));
		}
		finally {
			clock.release();
		}
	}

	@Test
	void aMeasureTakenBeforeThePhaseBeganDoesNotCountForIt() throws Exception {
		UUID client = clearedClient("THR", "LEFT", "POSTERIOR", LocalDate.now().minusWeeks(8));
		as(() -> outcomes.record(client, "TUG", new BigDecimal("15.0"), null, LocalDate.now().minusDays(3), null));
		String program = programFor(client, "THR_POSTERIOR");
		api(post("/api/v1/programs/{id}/advance", program), "")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.unmet[0].criterion").value("TUG_UNDER_20"))
			.andExpect(jsonPath("$.unmet[0].current", containsString("not measured since " + LocalDate.now())));
		measure(client, "TUG", "15.0");
		api(post("/api/v1/programs/{id}/advance", program), "").andExpect(status().isOk());
	}

	@Test
	void weeksSinceSurgeryAloneNeverAdvancesAProgram() throws Exception {
		UUID client = clearedClient("THR", "LEFT", "POSTERIOR", LocalDate.now().minusWeeks(4));
		String program = body(api(post("/api/v1/clients/{id}/programs", client), "{\"protocolCode\":\"THR_POSTERIOR\"}"))
			.get("id").asText();
		measure(client, "TUG", "12.0");
		api(post("/api/v1/programs/{id}/advance", program), "")
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.unmet[*].criterion", hasItem("SIX_WEEKS")))
			.andExpect(jsonPath("$.unmet[*].criterion", not(hasItem("TUG_UNDER_20"))));
	}

	@Test
	void aProgramNeedsTrainingClearanceAndAProtocolForTheClientsCondition() throws Exception {
		UUID held = fixtures.clientOf(trainer).id();
		as(() -> assessment.addCondition(held, new IntakeData.ConditionEntry("THR", "LEFT", "POSTERIOR",
				LocalDate.now().minusWeeks(3), null)));
		long programs = count("programs");
		api(post("/api/v1/clients/{id}/programs", held), "{\"protocolCode\":\"THR_POSTERIOR\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("CLEARANCE_REQUIRED"));
		UUID knees = clearedClient("KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(4));
		api(post("/api/v1/clients/{id}/programs", knees), "{\"protocolCode\":\"THR_POSTERIOR\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("PROTOCOL_NOT_FOR_CLIENT"));
		api(post("/api/v1/clients/{id}/programs", knees), "{\"protocolCode\":\"NO_SUCH_PROTOCOL\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("protocolCode"));
		assertThat(count("programs")).isEqualTo(programs);
	}

	@Test
	void aCautionedExerciseEntersOnlyWithTheProfessionalsAcknowledgementAndNote() throws Exception {
		String code = "PRACTICE_STANDING_" + System.nanoTime();
		api(post("/api/v1/exercises"), exerciseJson(code, 60, "[\"PROLONGED_STANDING\"]"), "owner", "OWNER")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.origin").value("PRACTICE"));
		UUID client = clearedClient("LUMBAR_SPINAL_STENOSIS", null, null, LocalDate.now().minusYears(3));
		JsonNode options = options(client);
		JsonNode offered = find(options.get("indicated"), code);
		assertThat(offered.get("cautions").get(0).get("rule").asText()).isEqualTo("LSS-03");

		String program = body(api(post("/api/v1/clients/{id}/programs", client),
				"{\"protocolCode\":\"LUMBAR_SPINAL_STENOSIS\"}").andExpect(status().isCreated())).get("id").asText();
		api(post("/api/v1/programs/{id}/exercises", program), "{\"exerciseCode\":\"" + code + "\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("CAUTION_NOT_ACKNOWLEDGED"))
			.andExpect(jsonPath("$.rules[0].rule").value("LSS-03"));
		api(post("/api/v1/programs/{id}/exercises", program),
				"{\"exerciseCode\":\"" + code + "\",\"acknowledgeCautions\":true}")
			.andExpect(status().isUnprocessableContent());
		String entry = body(api(post("/api/v1/programs/{id}/exercises", program), "{\"exerciseCode\":\"" + code
				+ "\",\"acknowledgeCautions\":true,\"note\":\"bouts of 5 minutes, below her 8-minute symptom onset\",\"sets\":3,\"minutes\":5}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.cautions[0]").value("LSS-03"))
			.andExpect(jsonPath("$.sets").value(3))).get("id").asText();
		api(put("/api/v1/programs/{id}/exercises/{entry}", program, entry),
				"{\"exerciseCode\":\"" + code + "\",\"sets\":2,\"minutes\":4}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.minutes").value(4))
			.andExpect(jsonPath("$.cautionNote", containsString("symptom onset")));
	}

	@Test
	void reDosingAfterANewCautionNeedsItsOwnAcknowledgementAndNote() throws Exception {
		String code = "PRACTICE_HEAVY_CARRY_" + System.nanoTime();
		api(post("/api/v1/exercises"), """
				{"code":"%s","name":"Heavy farmer's carry","category":"FUNCTIONAL","purposes":["lifting"],
				 "demands":{"movements":[],"spinalLoad":"MODERATE","impact":"NONE","position":"STANDING","weightBearing":"FULL",
				   "balance":"LOW","intensityMets":3.5,"features":["PROLONGED_STANDING"],"handLoadKg":97},
				 "dose":{"sets":2,"minutes":2},"cues":["Stand tall, shoulders down"],"source":"practice"}""".formatted(code),
				"owner", "OWNER")
			.andExpect(status().isCreated());
		UUID client = clearedClient("LUMBAR_SPINAL_STENOSIS", null, null, LocalDate.now().minusYears(3));
		String program = programFor(client, "LUMBAR_SPINAL_STENOSIS");
		String entry = body(api(post("/api/v1/programs/{id}/exercises", program), "{\"exerciseCode\":\"" + code
				+ "\",\"acknowledgeCautions\":true,\"note\":\"2-minute carries, below her symptom onset\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.cautions[0]").value("LSS-03"))).get("id").asText();

		String rule = "PRACTICE-HEAVY-HANDS-" + System.nanoTime();
		api(post("/api/v1/contraindication-rules"), """
				{"code":"%s","conditionCode":"LUMBAR_SPINAL_STENOSIS","demands":{"handLoadKgOver":95},"level":"CAUTION",
				 "reason":"Very heavy carries are agreed with the physician first.","source":"practice decision"}""".formatted(rule),
				"owner", "OWNER")
			.andExpect(status().isCreated());
		api(put("/api/v1/programs/{id}/exercises/{entry}", program, entry), "{\"exerciseCode\":\"" + code + "\",\"minutes\":3}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("CAUTION_NOT_ACKNOWLEDGED"))
			.andExpect(jsonPath("$.rules[*].rule", hasItem(rule)));
		api(put("/api/v1/programs/{id}/exercises/{entry}", program, entry),
				"{\"exerciseCode\":\"" + code + "\",\"minutes\":3,\"acknowledgeCautions\":true}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("CAUTION_NOT_ACKNOWLEDGED"));
		api(get("/api/v1/programs/{id}", program), "")
			.andExpect(jsonPath("$.exercises[?(@.id == '" + entry + "')].minutes").value(2));

		api(put("/api/v1/programs/{id}/exercises/{entry}", program, entry), "{\"exerciseCode\":\"" + code
				+ "\",\"minutes\":3,\"acknowledgeCautions\":true,\"note\":\"physician agreed by phone on 3 December\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.minutes").value(3))
			.andExpect(jsonPath("$.cautions", hasItem(rule)))
			.andExpect(jsonPath("$.cautions", hasItem("LSS-03")))
			.andExpect(jsonPath("$.cautionNote", containsString("physician agreed")));
		api(put("/api/v1/programs/{id}/exercises/{entry}", program, entry), "{\"exerciseCode\":\"" + code + "\",\"minutes\":4}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.cautionNote", containsString("physician agreed")));
	}

	@Test
	void aClientAwaitingClearanceGetsNoExerciseAddedOrReDosed() throws Exception {
		UUID client = clearedClient("KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(4));
		String program = programFor(client, "KNEE_OSTEOARTHRITIS");
		String entry = body(api(post("/api/v1/programs/{id}/exercises", program), "{\"exerciseCode\":\"ANKLE_PUMPS\",\"sets\":2}")
			.andExpect(status().isCreated())).get("id").asText();
		as(() -> assessment.raiseRedFlag(client, "NIGHT_PAIN", "woke twice with knee pain", "SESSION"));

		api(put("/api/v1/programs/{id}/exercises/{entry}", program, entry), "{\"exerciseCode\":\"ANKLE_PUMPS\",\"sets\":4}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("CLEARANCE_REQUIRED"));
		api(post("/api/v1/programs/{id}/exercises", program), "{\"exerciseCode\":\"HEEL_RAISES_SUPPORTED\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("CLEARANCE_REQUIRED"));
		api(get("/api/v1/programs/{id}", program), "")
			.andExpect(jsonPath("$.exercises[?(@.id == '" + entry + "')].sets").value(2));

		mvc.perform(get("/api/v1/programs/{id}/home-program/pdf", program).with(user(trainer).roles("TRAINER"))
				.accept(MediaType.APPLICATION_PDF, MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("CLEARANCE_REQUIRED"));

		// A trainer outside the care team learns nothing of the hold (its red flags are clinical detail).
		String outsider = fixtures.staffMember(Role.TRAINER);
		for (var request : List.of(post("/api/v1/programs/{id}/exercises", program),
				put("/api/v1/programs/{id}/exercises/{entry}", program, entry))) {
			String answer = api(request, "{\"exerciseCode\":\"ANKLE_PUMPS\",\"sets\":4}", outsider, "TRAINER")
				.andExpect(status().isNotFound())
				.andReturn().getResponse().getContentAsString();
			assertThat(answer).doesNotContain("NIGHT_PAIN").doesNotContain("CLEARANCE_REQUIRED");
		}
	}

	@Test
	void aNewConditionSuspendsTheProgramsExercisesItExcludes() throws Exception {
		UUID client = clearedClient("KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(4));
		String program = programFor(client, "KNEE_OSTEOARTHRITIS");
		String situp = body(api(post("/api/v1/programs/{id}/exercises", program), "{\"exerciseCode\":\"SIT_UP\"}")
			.andExpect(status().isCreated())).get("id").asText();
		String pumps = body(api(post("/api/v1/programs/{id}/exercises", program), "{\"exerciseCode\":\"ANKLE_PUMPS\"}")
			.andExpect(status().isCreated())).get("id").asText();

		api(post("/api/v1/clients/{id}/conditions", client), "{\"code\":\"OSTEOPOROSIS\",\"eventDate\":\"2026-11-20\"}")
			.andExpect(status().isCreated());
		api(get("/api/v1/programs/{id}", program), "")
			.andExpect(jsonPath("$.exercises[?(@.id == '" + situp + "')].suspendedBy[0]").value("OST-01"))
			.andExpect(jsonPath("$.exercises[?(@.id == '" + pumps + "')].suspendedBy[0]").doesNotExist());
	}

	@Test
	void aRuleAnotherNodeStoredIsFollowedHereAtTheNextRefresh() throws Exception {
		String exercise = "PRACTICE_SLED_PULL_" + System.nanoTime();
		api(post("/api/v1/exercises"), """
				{"code":"%s","name":"Heavy sled pull","category":"FUNCTIONAL","purposes":["lifting"],
				 "demands":{"movements":[],"spinalLoad":"MODERATE","impact":"NONE","position":"STANDING","weightBearing":"FULL",
				   "balance":"LOW","intensityMets":4.0,"features":[],"handLoadKg":99.9},
				 "dose":{"sets":2,"minutes":2},"cues":["Walk tall"],"source":"practice"}""".formatted(exercise), "owner", "OWNER")
			.andExpect(status().isCreated());
		UUID client = clearedClient("KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(4));
		String code = "OTHER-NODE-" + System.nanoTime();
		// Another node of the practice stored the rule: only the database has it.
		jdbc.sql("insert into practice_rules (code, definition, created_at, created_by) values (?, ?, ?, ?)")
			.params(code, """
					{"code":"%s","conditionCode":"KNEE_OSTEOARTHRITIS","demands":{"handLoadKgOver":99.8},"level":"EXCLUDE",
					 "reason":"No sled pulls this season.","source":"practice decision","origin":"PRACTICE"}""".formatted(code),
					java.time.OffsetDateTime.now(), "owner")
			.update();

		knowledge.followOtherNodes();
		assertThat(knowledge.rules()).extracting(r -> r.code()).containsOnlyOnce(code);
		assertThat(excluded(options(client)).get(exercise)).containsExactly(code);
		knowledge.followOtherNodes();
		assertThat(knowledge.rules()).extracting(r -> r.code()).containsOnlyOnce(code);
	}

	@Test
	void aReleaseThatDropsWhatActiveProgramsUseIsNamedAtStartUp(@Autowired StoredProgramsCheck check,
			@Autowired org.springframework.transaction.PlatformTransactionManager transactions) {
		assertThat(check.problems()).as("the shipped files and the stored programs agree").isEmpty();
		UUID client = clearedClient("KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(4));
		new org.springframework.transaction.support.TransactionTemplate(transactions).executeWithoutResult(tx -> {
			UUID gone = UUID.randomUUID();
			UUID phaseGone = UUID.randomUUID();
			for (Object[] program : List.of(new Object[] { gone, "PROTOCOL_DROPPED", 1 }, new Object[] { phaseGone, "KNEE_OSTEOARTHRITIS", 9 })) {
				jdbc.sql("""
						insert into programs (id, client_id, protocol_code, condition_code, phase, phase_started_on, status, created_at,
						                      created_by, version) values (?, ?, ?, 'KNEE_OSTEOARTHRITIS', ?, ?, 'ACTIVE', ?, 'test', 0)""")
					.params(program[0], client, program[1], program[2], LocalDate.now(), java.time.OffsetDateTime.now()).update();
			}
			jdbc.sql("""
					insert into program_entries (id, program_id, exercise_code, sets, rpe_low, rpe_high, added_at, added_by)
					values (?, ?, 'EXERCISE_DROPPED', 1, 11, 13, ?, 'test')""")
				.params(UUID.randomUUID(), phaseGone, java.time.OffsetDateTime.now()).update();
			assertThat(check.problems()).containsExactly("exercise EXERCISE_DROPPED", "protocol KNEE_OSTEOARTHRITIS phase 9",
					"protocol PROTOCOL_DROPPED");
			assertThatThrownBy(() -> check.run(null)).hasMessageContaining("no longer have what active programs use");
			tx.setRollbackOnly();
		});
	}

	@Test
	void anExerciseTakenOutForOneClientIsExcludedForThemAloneUntilGivenBack() throws Exception {
		UUID client = clearedClient("LUMBAR_DISC_HERNIATION", "LEFT", null, LocalDate.now().minusYears(1));
		UUID other = clearedClient("LUMBAR_DISC_HERNIATION", "LEFT", null, LocalDate.now().minusYears(1));
		String program = programFor(client, "LUMBAR_DISC_HERNIATION");
		String entry = body(api(post("/api/v1/programs/{id}/exercises", program), "{\"exerciseCode\":\"ANKLE_PUMPS\"}")
			.andExpect(status().isCreated())).get("id").asText();
		long flagsBefore = count("client_exercise_flags");
		api(post("/api/v1/clients/{id}/exercise-flags", client), "{\"exerciseCode\":\"MOONWALK\",\"reason\":\"no\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("exerciseCode"));
		api(post("/api/v1/clients/{id}/exercise-flags", client), "{\"exerciseCode\":\"ANKLE_PUMPS\",\"reason\":\" \"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
		assertThat(count("client_exercise_flags")).isEqualTo(flagsBefore);

		// Catalogue row DSC-03: an exercise that spread this client's symptoms down the leg.
		api(post("/api/v1/clients/{id}/exercise-flags", client),
				"{\"exerciseCode\":\"ANKLE_PUMPS\",\"reason\":\"Symptoms spread below the knee (DSC-03)\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.flaggedBy").value(trainer));
		api(post("/api/v1/clients/{id}/exercise-flags", client), "{\"exerciseCode\":\"ANKLE_PUMPS\",\"reason\":\"again\"}")
			.andExpect(status().isConflict());
		assertThat(excluded(options(client)).get("ANKLE_PUMPS")).containsExactly("CLIENT-FLAG");
		assertThat(excluded(options(other))).doesNotContainKey("ANKLE_PUMPS");
		api(get("/api/v1/programs/{id}", program), "")
			.andExpect(jsonPath("$.exercises[?(@.id == '" + entry + "')].suspendedBy[0]").value("CLIENT-FLAG"));
		java.time.OffsetDateTime end = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(1);
		api(post("/api/v1/clients/{id}/sessions", client), """
				{"startedAt":"%s","endedAt":"%s","preVitals":{"systolic":128,"diastolic":80,"heartRate":70},
				 "entries":[{"exerciseCode":"ANKLE_PUMPS","sets":2,"reps":10,"rpe":12,"painBefore":1,"painAfter":1,"tolerance":"GOOD"}]}"""
			.formatted(end.minusMinutes(40), end))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("CONTRAINDICATED"))
			.andExpect(jsonPath("$.entries[0].rules[0].rule").value("CLIENT-FLAG"));

		api(delete("/api/v1/clients/{id}/exercise-flags/{code}", client, "ANKLE_PUMPS"), "").andExpect(status().isNoContent());
		assertThat(excluded(options(client))).doesNotContainKey("ANKLE_PUMPS");
		api(get("/api/v1/programs/{id}", program), "")
			.andExpect(jsonPath("$.exercises[?(@.id == '" + entry + "')].suspendedBy[0]").doesNotExist());
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndNothingIsStored() throws Exception {
		UUID client = clearedClient("KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(4));
		String program = body(api(post("/api/v1/clients/{id}/programs", client),
				"{\"protocolCode\":\"KNEE_OSTEOARTHRITIS\"}").andExpect(status().isCreated())).get("id").asText();
		long entries = count("program_entries");
		api(post("/api/v1/programs/{id}/exercises", program), "{\"exerciseCode\":\"MOONWALK\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("exerciseCode"));
		api(post("/api/v1/programs/{id}/exercises", program), "{\"exerciseCode\":\"ANKLE_PUMPS\",\"sets\":-2}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("sets"));
		api(post("/api/v1/programs/{id}/exercises", program), "{\"exerciseCode\":\"ANKLE_PUMPS\",\"rpeLow\":15,\"rpeHigh\":11}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("rpeHigh"));
		assertThat(count("program_entries")).isEqualTo(entries);

		long exercises = count("practice_exercises");
		api(post("/api/v1/exercises"), exerciseJson("PRACTICE_KNEE_" + System.nanoTime(), 200, "[]"), "owner", "OWNER")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("demands.movements[0].maxDegrees"));
		api(post("/api/v1/exercises"), exerciseJson("PRACTICE_KNEE_" + System.nanoTime(), 170, "[]"), "owner", "OWNER")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("demands.movements[0].maxDegrees"))
			.andExpect(jsonPath("$.errors[0].message", containsString("anatomical limit of knee flexion (160°)")));
		api(post("/api/v1/exercises"), exerciseJson("PRACTICE_TRAINER_" + System.nanoTime(), 60, "[]"))
			.andExpect(status().isForbidden());
		assertThat(count("practice_exercises")).isEqualTo(exercises);

		long rules = count("practice_rules");
		api(post("/api/v1/contraindication-rules"), """
				{"code":"PRACTICE-ELBOWS","conditionCode":"KNEE_OSTEOARTHRITIS",
				 "demands":{"movements":[{"joints":["PINKY"],"motions":["FLEXION"]}]},
				 "level":"EXCLUDE","reason":"no","source":"practice"}""", "owner", "OWNER")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field", containsString("joints")));
		assertThat(count("practice_rules")).isEqualTo(rules);
	}

	@Test
	void aRuleAddedLaterSuspendsTheExerciseInEveryActiveProgramItNowExcludes() throws Exception {
		UUID client = clearedClient("KNEE_OSTEOARTHRITIS", "RIGHT", null, LocalDate.now().minusYears(5));
		String program = programFor(client, "KNEE_OSTEOARTHRITIS");
		String entry = body(api(post("/api/v1/programs/{id}/exercises", program), "{\"exerciseCode\":\"ANKLE_PUMPS\"}")
			.andExpect(status().isCreated())).get("id").asText();
		String rule = "PRACTICE-FIB-" + System.nanoTime();
		api(post("/api/v1/contraindication-rules"), """
				{"code":"%s","conditionCode":"KNEE_OSTEOARTHRITIS","sides":["RIGHT"],"demands":{"movements":[{"joints":["ANKLE"],"motions":["FLEXION"],"overDegrees":35}],"positions":["SUPINE"]},
				 "level":"EXCLUDE","reason":"Our practice keeps supine ankle work short for clients whose right knee is flaring.","source":"practice decision 2026-12-03"}"""
			.formatted(rule), "owner", "OWNER")
			.andExpect(status().isCreated());
		api(get("/api/v1/programs/{id}", program), "")
			.andExpect(jsonPath("$.exercises[?(@.id == '" + entry + "')].suspendedBy[0]").value(rule));
		assertThat(excluded(options(client)).get("ANKLE_PUMPS")).contains(rule);
		assertThat(homeProgramText(program)).contains("Your home exercise program").doesNotContain("Ankle pumps");
	}

	/** The home program PDF read back, its lines joined with single spaces. */
	private String homeProgramText(String program) throws Exception {
		byte[] pdf = mvc.perform(get("/api/v1/programs/{id}/home-program/pdf", program).with(user(trainer).roles("TRAINER")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
		}
	}

	@Test
	void theHomeProgramPrintsEachExerciseWithItsDoseAndCues() throws Exception {
		UUID client = clearedClient("KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(4));
		String program = programFor(client, "KNEE_OSTEOARTHRITIS");
		api(post("/api/v1/programs/{id}/exercises", program),
				"{\"exerciseCode\":\"ANKLE_PUMPS\",\"sets\":3,\"reps\":15,\"rpeLow\":11,\"rpeHigh\":13}")
			.andExpect(status().isCreated());
		api(post("/api/v1/programs/{id}/exercises", program), "{\"exerciseCode\":\"BRISK_WALKING\",\"rpeLow\":12,\"rpeHigh\":12}")
			.andExpect(status().isCreated());
		api(post("/api/v1/programs/{id}/exercises", program), "{\"exerciseCode\":\"WALL_SIT\",\"sets\":2,\"holdSeconds\":30}")
			.andExpect(status().isCreated());
		JsonNode exercises = body(api(get("/api/v1/programs/{id}", program), "")).get("exercises");

		String text = homeProgramText(program);
		assertThat(text).contains("Ankle pumps 3 × 15 reps, RPE 11–13", "Brisk walking 1 × 30 min, RPE 12 ",
				"Wall sit (holding a part squat against the wall) 2 × hold 30 s, RPE 10–12");
		assertThat(exercises.size()).isGreaterThan(3);
		for (JsonNode e : exercises) {
			Exercise exercise = knowledge.exercise(e.get("exerciseCode").asText()).orElseThrow();
			int low = e.get("rpeLow").asInt();
			int high = e.get("rpeHigh").asInt();
			assertThat(text).as(exercise.code()).contains(exercise.name() + " " + e.get("sets").asInt() + " × ",
					"RPE " + low + (low == high ? "" : "–" + high));
			exercise.cues().forEach(cue -> assertThat(text).as(exercise.code() + " cue").contains(cue));
		}
	}

	@Test
	void aCopiedProgramPassesTheGuardForTheNewClient() throws Exception {
		UUID healed = clearedClient("THR", "LEFT", "POSTERIOR", LocalDate.now().minusWeeks(20));
		String program = programFor(healed, "THR_POSTERIOR");
		api(post("/api/v1/programs/{id}/exercises", program), "{\"exerciseCode\":\"SEATED_HIP_INTERNAL_ROTATION\"}")
			.andExpect(status().isCreated());
		UUID early = clearedClient("THR", "RIGHT", "POSTERIOR", LocalDate.now().minusWeeks(3));
		long programs = count("programs");
		api(post("/api/v1/programs/{id}/copy", program), "{\"clientId\":\"" + early + "\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("CONTRAINDICATED"))
			.andExpect(jsonPath("$.exercises[*].exerciseCode", hasItem("SEATED_HIP_INTERNAL_ROTATION")));
		assertThat(count("programs")).isEqualTo(programs);
		UUID alsoHealed = clearedClient("THR", "RIGHT", "POSTERIOR", LocalDate.now().minusWeeks(26));
		api(post("/api/v1/programs/{id}/copy", program), "{\"clientId\":\"" + alsoHealed + "\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.exercises[*].exerciseCode", hasItem("SEATED_HIP_INTERNAL_ROTATION")));
	}

	/** Signed logs of tolerated sessions ending before {@code before}, ten minutes each. */
	private void signedSessions(UUID client, ZonedDateTime before, int count) throws Exception {
		for (int i = count; i > 0; i--) {
			OffsetDateTime start = before.toOffsetDateTime().minusMinutes(12L * i);
			String id = body(api(post("/api/v1/clients/{id}/sessions", client), """
					{"startedAt":"%s","endedAt":"%s",
					 "preVitals":{"systolic":128,"diastolic":80,"heartRate":70,"glucose":140},
					 "minutes":{"STRENGTH_RANGE_ENDURANCE":10},
					 "entries":[{"exerciseCode":"ANKLE_PUMPS","sets":2,"reps":10,"loadKg":0,"rpe":12,"painBefore":1,
					             "painAfter":1,"tolerance":"GOOD"}]}""".formatted(start, start.plusMinutes(10)))
				.andExpect(status().isCreated())).get("id").asText();
			api(post("/api/v1/sessions/{id}/sign", id), "").andExpect(status().isOk());
		}
	}

	private String programFor(UUID client, String protocol) throws Exception {
		return body(api(post("/api/v1/clients/{id}/programs", client), "{\"protocolCode\":\"" + protocol + "\"}")
			.andExpect(status().isCreated())).get("id").asText();
	}

	/**
	 * The ten best-ranked indicated exercises each serve one of the purposes, and each was
	 * ranked up by one of the client's recorded deficits.
	 */
	private static void assertTopIndicatedServe(JsonNode options, Set<String> purposes, String... deficits) {
		JsonNode indicated = options.get("indicated");
		assertThat(indicated.size()).isGreaterThanOrEqualTo(10);
		for (int i = 0; i < 10; i++) {
			JsonNode option = indicated.get(i);
			String code = option.get("exerciseCode").asText();
			assertThat(option.get("purpose").asText()).as(code).isIn(purposes);
			assertThat(option.get("score").asInt()).as(code).isPositive();
			assertThat(option.get("why").valueStream().map(JsonNode::asText).toList()).as(code).containsAnyOf(deficits);
		}
		assertThat(indicated.get(0).get("score").asInt()).isGreaterThan(indicated.get(indicated.size() - 1).get("score").asInt());
	}

	private void deficits(UUID client, ScreenFinding... findings) {
		as(() -> screens.record(client, LocalDate.now(), List.of(findings)));
	}

	private UUID clearedClient(String condition, String side, String approach, LocalDate event) {
		return fixtures.clearedClientOf(trainer, condition, side, approach, event);
	}

	private void measure(UUID client, String measure, String value) {
		as(() -> outcomes.record(client, measure, new BigDecimal(value), null, LocalDate.now(), null));
	}

	private JsonNode options(UUID client) throws Exception {
		return body(api(get("/api/v1/clients/{id}/exercise-options", client), "").andExpect(status().isOk()));
	}

	private static Map<String, List<String>> excluded(JsonNode options) {
		Map<String, List<String>> excluded = new java.util.HashMap<>();
		options.get("excluded").forEach(e -> excluded.put(e.get("exerciseCode").asText(),
				e.get("rules").valueStream().map(r -> r.get("rule").asText()).toList()));
		return excluded;
	}

	private static JsonNode find(JsonNode list, String code) {
		for (JsonNode item : list) {
			if (item.get("exerciseCode").asText().equals(code)) {
				return item;
			}
		}
		throw new AssertionError(code + " is not in the list");
	}

	static String exerciseJson(String code, int kneeDegrees, String features) {
		return """
				{"code":"%s","name":"Standing knee bends at the counter","category":"STRENGTH","purposes":["knee-strength"],
				 "demands":{"movements":[{"joint":"KNEE","motion":"FLEXION","maxDegrees":%d}],"spinalLoad":"LOW","impact":"NONE",
				   "position":"STANDING","weightBearing":"FULL","balance":"LOW","intensityMets":2.5,"features":%s},
				 "dose":{"sets":2,"reps":10},"cues":["Hold the counter"],"source":"practice"}""".formatted(code, kneeDegrees, features);
	}

	private <T> T as(java.util.function.Supplier<T> work) {
		return Fixtures.as(trainer, Set.of(Role.TRAINER), work);
	}

	private ResultActions api(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body)
			throws Exception {
		return api(request, body, trainer, "TRAINER");
	}

	private ResultActions api(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String body,
			String username, String role) throws Exception {
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
