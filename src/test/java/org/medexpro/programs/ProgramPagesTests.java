package org.medexpro.programs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medexpro.assessment.AssessmentService;
import org.medexpro.physicians.PhysicianService;
import org.medexpro.security.Role;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The engine's pages: options with their reasons, a program from a protocol, the guard beside the field. */
@MedexIntegrationTest
class ProgramPagesTests {

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

	String trainer;

	@BeforeEach
	void trainer() {
		trainer = fixtures.staffMember(Role.TRAINER);
	}

	@Test
	void theOptionsPageGivesEveryExclusionItsRuleReasonAndSource() throws Exception {
		UUID client = clearedClient("OSTEOPOROSIS", null, null, LocalDate.now().minusYears(2));
		mvc.perform(page(get("/clients/{id}/exercise-options", client)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Excluded for this client"), containsString("data-code=\"SIT_UP\""),
					containsString("clinical-facts 1.19"), containsString("Indicated ("))));
	}

	@Test
	void aProgramStartedInThePageShowsItsPhaseCriteriaAndRefusesAnExcludedExerciseBesideTheField() throws Exception {
		UUID client = clearedClient("THR", "LEFT", "POSTERIOR", LocalDate.now().minusWeeks(4));
		String location = mvc.perform(page(post("/clients/{id}/programs", client)).param("protocolCode", "THR_POSTERIOR"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/programs/*"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(page(get(location)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Phase 1 of"), containsString("not measured yet"),
					containsString("Move to phase 2"), not(containsString("value=\"DEEP_SQUAT\"")))));

		long entries = count();
		mvc.perform(page(post(location + "/exercises")).param("exerciseCode", "DEEP_SQUAT"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("has-error"), containsString("contraindicated for this client"),
					containsString("THR-P-01"))));
		mvc.perform(page(post(location + "/exercises")).param("exerciseCode", "ANKLE_PUMPS").param("sets", "-2"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must be greater than or equal to 1")));
		assertThat(count()).isEqualTo(entries);

		mvc.perform(page(post(location + "/advance")))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", containsString("Not ready for phase 2")));
	}

	@Test
	void aDoseThatMeetsANewCautionIsAcknowledgedWithANoteFromTheProgramPage() throws Exception {
		String code = "PRACTICE_PAGE_CARRY_" + System.nanoTime();
		asOwner("/api/v1/exercises", """
				{"code":"%s","name":"Loaded farmer's carry","category":"FUNCTIONAL","purposes":["lifting"],
				 "demands":{"movements":[],"spinalLoad":"MODERATE","impact":"NONE","position":"STANDING","weightBearing":"FULL",
				   "balance":"LOW","intensityMets":3.5,"features":["PROLONGED_STANDING"],"handLoadKg":99},
				 "dose":{"sets":2,"minutes":2},"cues":["Stand tall"],"source":"practice"}""".formatted(code));
		UUID client = clearedClient("LUMBAR_SPINAL_STENOSIS", null, null, LocalDate.now().minusYears(3));
		String location = mvc.perform(page(post("/clients/{id}/programs", client)).param("protocolCode", "LUMBAR_SPINAL_STENOSIS"))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(page(post(location + "/exercises")).param("exerciseCode", code).param("acknowledgeCautions", "true")
				.param("note", "2-minute carries, below her symptom onset"))
			.andExpect(status().is3xxRedirection());
		String entry = jdbc.sql("select id from program_entries where exercise_code = ?").param(code).query(String.class).single();
		String rule = "PRACTICE-PAGE-HANDS-" + System.nanoTime();
		asOwner("/api/v1/contraindication-rules", """
				{"code":"%s","conditionCode":"LUMBAR_SPINAL_STENOSIS","demands":{"handLoadKgOver":98},"level":"CAUTION",
				 "reason":"Very heavy carries are agreed with the physician first.","source":"practice decision"}""".formatted(rule));

		mvc.perform(page(get(location))).andExpect(content().string(containsString("A new caution?")));
		mvc.perform(page(post(location + "/exercises/" + entry + "/dose")).param("exerciseCode", code).param("minutes", "3"))
			.andExpect(flash().attribute("error", containsString(rule)));
		mvc.perform(page(post(location + "/exercises/" + entry + "/dose")).param("exerciseCode", code).param("minutes", "3")
				.param("acknowledgeCautions", "true").param("note", "Agreed with her physician on 3-minute carries"))
			.andExpect(flash().attribute("message", containsString("is now")));
		assertThat(jdbc.sql("select minutes from program_entries where id = ?").param(UUID.fromString(entry)).query(Integer.class).single())
			.isEqualTo(3);
	}

	private void asOwner(String path, String json) throws Exception {
		mvc.perform(post(path).with(user("owner").roles("OWNER")).contentType(MediaType.APPLICATION_JSON).content(json)
			.accept(MediaType.APPLICATION_JSON)).andExpect(status().isCreated());
	}

	@Test
	void anExerciseIsTakenOutForTheClientFromTheOptionsPageAndGivenBack() throws Exception {
		UUID client = clearedClient("LUMBAR_DISC_HERNIATION", "LEFT", null, LocalDate.now().minusYears(1));
		mvc.perform(page(post("/clients/{id}/exercise-flags", client)).param("exerciseCode", "ANKLE_PUMPS").param("reason", ""))
			.andExpect(flash().attribute("error", containsString("The reason")));
		mvc.perform(page(post("/clients/{id}/exercise-flags", client)).param("exerciseCode", "ANKLE_PUMPS")
				.param("reason", "Symptoms spread below the knee"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", containsString("is taken out for this client")));
		mvc.perform(page(get("/clients/{id}/exercise-options", client)))
			.andExpect(content().string(allOf(containsString("id=\"flagged\""), containsString("Symptoms spread below the knee"),
					containsString("CLIENT-FLAG"), containsString("Give back"))));
		mvc.perform(page(post("/clients/{id}/exercise-flags/{code}/remove", client, "ANKLE_PUMPS")))
			.andExpect(flash().attribute("message", containsString("given back")));
		mvc.perform(page(get("/clients/{id}/exercise-options", client)))
			.andExpect(content().string(not(containsString("id=\"flagged\""))));
	}

	@Test
	void theKnowledgeBrowserShowsWhichConditionsExcludeAnExerciseAndWhy() throws Exception {
		mvc.perform(page(get("/knowledge/exercises/DEEP_SQUAT")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("THR-P-01"), containsString("Total hip replacement"),
					containsString("hip flexion past 90°"))));
		mvc.perform(page(get("/knowledge/conditions/LUMBAR_SPINAL_STENOSIS")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("lumbar extension")));
		mvc.perform(page(get("/knowledge/protocols/THR_POSTERIOR")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("To leave the phase")));
		mvc.perform(page(get("/knowledge/exercises")).param("q", "squat"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Mini squat"), not(containsString("Ankle pumps")))));
	}

	@Test
	void anExerciseWithAnglesPastAnatomicalLimitsIsRefusedBesideTheFieldAndNotStored() throws Exception {
		long stored = jdbc.sql("select count(*) from practice_exercises").query(Long.class).single();
		mvc.perform(exerciseForm(200))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Check the fields marked below"), containsString("has-error"))));
		// Within the general 0-180° but past the knee's own limit in joint-ranges.yml.
		mvc.perform(exerciseForm(170))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Check the fields marked below"), containsString("has-error"),
					containsString("anatomical limit of knee flexion (160°)"))));
		assertThat(jdbc.sql("select count(*) from practice_exercises").query(Long.class).single()).isEqualTo(stored);
		mvc.perform(page(get("/knowledge/exercises/new"))).andExpect(status().isForbidden());
	}

	private static MockHttpServletRequestBuilder exerciseForm(int kneeDegrees) {
		return post("/knowledge/exercises/new").with(user("owner").roles("OWNER")).with(csrf())
			.accept(MediaType.TEXT_HTML)
			.param("code", "PAGE_KNEE_" + System.nanoTime()).param("name", "Knee bends").param("category", "STRENGTH")
			.param("purposes", "knee-strength").param("joint", "KNEE").param("motion", "FLEXION")
			.param("degrees", String.valueOf(kneeDegrees))
			.param("mode", "ACTIVE").param("spinalLoad", "LOW").param("impact", "NONE").param("position", "STANDING")
			.param("weightBearing", "FULL").param("balance", "LOW").param("intensityMets", "2.5").param("sets", "2")
			.param("reps", "10").param("cues", "Hold the counter").param("source", "practice");
	}

	private MockHttpServletRequestBuilder page(MockHttpServletRequestBuilder request) {
		return request.with(user(trainer).roles("TRAINER")).with(csrf()).accept(MediaType.TEXT_HTML);
	}

	private UUID clearedClient(String condition, String side, String approach, LocalDate event) {
		return fixtures.clearedClientOf(trainer, condition, side, approach, event);
	}

	private long count() {
		return jdbc.sql("select count(*) from program_entries").query(Long.class).single();
	}

}
