package org.medexpro.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.medexpro.support.JsonAnswers.body;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medexpro.assessment.AssessmentService;
import org.medexpro.assessment.IntakeData;
import org.medexpro.outcomes.OutcomeService;
import org.medexpro.security.Role;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;

/**
 * Worked cases of the catalogue rows (clinical-facts 1.19) that read recorded data: the pain
 * of the last session (KOA-01, KOA-02), the measured knee range (TKR-03), the referral's
 * ICD-10-CM code (OST-09) and several measures at once (STR-01), each as the client's record changes.
 */
@MedexIntegrationTest
class CatalogueRuleCasesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AssessmentService assessment;

	@Autowired
	OutcomeService outcomes;

	String trainer;

	@BeforeEach
	void trainer() {
		trainer = fixtures.staffMember(Role.TRAINER);
	}

	@Test
	void aKneeWhoseLastSessionEndedAbove5Of10GetsNoJumpingAndItsLoadedKneeWorkIsHeld() throws Exception {
		UUID client = fixtures.clearedClientOf(trainer, "KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(4));
		Options before = options(client);
		assertThat(before.excludedBy("TWO_FOOT_JUMPS")).as("no session yet: no flare recorded").doesNotContain("KOA-01A");
		assertThat(before.cautionsOf("GOBLET_SQUAT")).doesNotContain("KOA-02");

		signedSession(client, 130, 7);
		Options flare = options(client);
		assertThat(flare.excludedBy("TWO_FOOT_JUMPS")).contains("KOA-01A");
		assertThat(flare.cautionsOf("GOBLET_SQUAT")).contains("KOA-02");
		assertThat(flare.excludedBy("GOBLET_SQUAT")).isEmpty();

		signedSession(client, 70, 3);
		Options settled = options(client);
		assertThat(settled.excludedBy("TWO_FOOT_JUMPS")).doesNotContain("KOA-01A");
		assertThat(settled.cautionsOf("GOBLET_SQUAT")).doesNotContain("KOA-02");
	}

	@Test
	void aKneeReplacementBendsUnderLoadOnlyWithinItsMeasuredRangePlus5Degrees() throws Exception {
		UUID client = fixtures.clearedClientOf(trainer, "TKR", "LEFT", null, LocalDate.now().minusWeeks(3));
		String program = body(api(post("/api/v1/clients/{id}/programs", client), "{\"protocolCode\":\"TKR\"}")
			.andExpect(status().isCreated())).get("id").asText();
		Options unmeasured = options(client);
		assertThat(unmeasured.excludedBy("SIT_TO_STAND_STANDARD_CHAIR")).as("100° past 95° until measured").contains("TKR-03");
		assertThat(unmeasured.excludedBy("SIT_TO_STAND_RAISED_CHAIR")).doesNotContain("TKR-03");

		measure(client, "KNEE_FLEXION", "80", LocalDate.now().minusDays(2));
		Options stiff = options(client);
		assertThat(stiff.excludedBy("SIT_TO_STAND_ARMREST_PUSH")).as("85° is within 80° + 5°").doesNotContain("TKR-03");
		assertThat(stiff.excludedBy("STAIRS_WITH_RAIL")).as("95° is past 80° + 5°").contains("TKR-03");
		api(post("/api/v1/programs/{id}/exercises", program), "{\"exerciseCode\":\"STAIRS_WITH_RAIL\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rules[*].rule", hasItem("TKR-03")));

		measure(client, "KNEE_FLEXION", "100", LocalDate.now());
		Options bending = options(client);
		assertThat(bending.excludedBy("SIT_TO_STAND_STANDARD_CHAIR")).as("100° is within 100° + 5°").doesNotContain("TKR-03");
		assertThat(bending.excludedBy("STEP_UP_HIGH")).as("110° is past 100° + 5°").contains("TKR-03");
		api(post("/api/v1/programs/{id}/exercises", program), "{\"exerciseCode\":\"STAIRS_WITH_RAIL\"}")
			.andExpect(status().isCreated());
	}

	@Test
	void osteoporosisWithAVertebralFractureNeverJumpsAndWithoutOneJumpsOnlyWithAgreement() throws Exception {
		Options fractured = options(clientWith("OSTEOPOROSIS", "M80.08XA"));
		assertThat(fractured.excludedBy("TWO_FOOT_JUMPS")).contains("OST-09");

		Options notRecorded = options(clientWith("OSTEOPOROSIS", null));
		assertThat(notRecorded.excludedBy("TWO_FOOT_JUMPS")).as("no code recorded: the safe side").contains("OST-09");

		Options noFracture = options(clientWith("OSTEOPOROSIS", "M81.0"));
		assertThat(noFracture.excludedBy("TWO_FOOT_JUMPS")).isEmpty();
		assertThat(noFracture.cautionsOf("TWO_FOOT_JUMPS")).contains("OST-10");
	}

	@Test
	void aRuleOnSeveralMeasuresStaysOnUntilAllAreRecordedAndGood() throws Exception {
		// STR-01: hard balance without hand support after a stroke while Berg is below 45 or gait speed below 0.4 m/s.
		UUID client = fixtures.clearedClientOf(trainer, "STROKE", "LEFT", null, LocalDate.now().minusYears(2));
		assertThat(options(client).excludedBy("SINGLE_LEG_STANCE")).as("nothing measured").contains("STR-01");

		measure(client, "BBS", "52", LocalDate.now().minusDays(3));
		assertThat(options(client).excludedBy("SINGLE_LEG_STANCE")).as("a good Berg, gait speed never measured")
			.contains("STR-01");

		measure(client, "GAIT", "0.9", LocalDate.now().minusDays(2));
		assertThat(options(client).excludedBy("SINGLE_LEG_STANCE")).as("both recorded and good").doesNotContain("STR-01");

		measure(client, "GAIT", "0.35", LocalDate.now());
		assertThat(options(client).excludedBy("SINGLE_LEG_STANCE")).as("gait speed now below 0.4 m/s").contains("STR-01");
	}

	/** What the options say of each exercise: the rules excluding it, or the cautions it is offered with. */
	record Options(Map<String, List<String>> excluded, Map<String, List<String>> cautions) {

		List<String> excludedBy(String code) {
			return excluded.getOrDefault(code, List.of());
		}

		List<String> cautionsOf(String code) {
			assertThat(cautions).as(code + " is indicated").containsKey(code);
			return cautions.get(code);
		}

	}

	private Options options(UUID client) throws Exception {
		JsonNode options = body(api(get("/api/v1/clients/{id}/exercise-options", client), "").andExpect(status().isOk()));
		Map<String, List<String>> excluded = new HashMap<>();
		options.get("excluded").forEach(e -> excluded.put(e.get("exerciseCode").asText(),
				e.get("rules").valueStream().map(r -> r.get("rule").asText()).toList()));
		Map<String, List<String>> cautions = new HashMap<>();
		options.get("indicated").forEach(i -> cautions.put(i.get("exerciseCode").asText(),
				i.get("cautions").valueStream().map(r -> r.get("rule").asText()).toList()));
		return new Options(excluded, cautions);
	}

	private UUID clientWith(String condition, String icd10) {
		UUID client = fixtures.clientOf(trainer).id();
		as(() -> assessment.addCondition(client, new IntakeData.ConditionEntry(condition, null, null,
				LocalDate.now().minusYears(2), icd10)));
		return client;
	}

	/** A signed log of one tolerated exercise that ended {@code minutesAgo}, with the pain after it. */
	private void signedSession(UUID client, int minutesAgo, int painAfter) throws Exception {
		OffsetDateTime end = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(minutesAgo);
		String id = body(api(post("/api/v1/clients/{id}/sessions", client), """
				{"startedAt":"%s","endedAt":"%s","preVitals":{"systolic":128,"diastolic":80,"heartRate":70},
				 "minutes":{"STRENGTH_RANGE_ENDURANCE":20},
				 "entries":[{"exerciseCode":"ANKLE_PUMPS","sets":2,"reps":10,"loadKg":0,"rpe":12,"painBefore":2,
				             "painAfter":%d,"tolerance":"FAIR"}]}""".formatted(end.minusMinutes(30), end, painAfter))
			.andExpect(status().isCreated())).get("id").asText();
		api(post("/api/v1/sessions/{id}/sign", id), "").andExpect(status().isOk());
	}

	private void measure(UUID client, String measure, String value, LocalDate on) {
		as(() -> outcomes.record(client, measure, new BigDecimal(value), null, on, null));
	}

	private <T> T as(java.util.function.Supplier<T> work) {
		return Fixtures.as(trainer, Set.of(Role.TRAINER), work);
	}

	private ResultActions api(MockHttpServletRequestBuilder request, String body) throws Exception {
		request.with(user(trainer).roles("TRAINER")).accept(MediaType.APPLICATION_JSON);
		if (!body.isEmpty()) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return mvc.perform(request);
	}

}
