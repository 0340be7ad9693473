package org.medexpro.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditQuery;
import org.medexpro.audit.AuditTrail;
import org.medexpro.clients.ClientDetails;
import org.medexpro.security.Role;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@MedexIntegrationTest
class OutcomeApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	String trainer;

	ClientDetails client;

	@BeforeEach
	void client() {
		trainer = fixtures.staffMember(Role.TRAINER);
		client = fixtures.clientOf(trainer);
	}

	@Test
	void reportsBaselineLatestChangeAndWhetherItIsRealAndBetter() throws Exception {
		measure("{\"measureCode\":\"TUG\",\"value\":18.0,\"measuredOn\":\"%s\"}".formatted(LocalDate.now().minusDays(40)))
			.andExpect(status().isCreated());
		measure("{\"measureCode\":\"TUG\",\"value\":15.2,\"measuredOn\":\"%s\"}".formatted(LocalDate.now().minusDays(5)))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/clients/{id}/outcomes", client.id()).with(user(trainer).roles("TRAINER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].measureCode").value("TUG"))
			.andExpect(jsonPath("$[0].baseline").value(18.0))
			.andExpect(jsonPath("$[0].latest").value(15.2))
			.andExpect(jsonPath("$[0].change").value(-2.8))
			.andExpect(jsonPath("$[0].mcid").value(1.1))
			.andExpect(jsonPath("$[0].meaningful").value(true))
			.andExpect(jsonPath("$[0].improved").value(true))
			.andExpect(jsonPath("$[0].interpretation").value(org.hamcrest.Matchers.containsString("13.5 s fall-risk cut-off")));
		assertThat(audit.find(new AuditQuery(client.id(), trainer, AuditAction.READ, null, null, 20)))
			.extracting(e -> e.entity()).contains("Measurement");
	}

	@Test
	void scoresAQuestionnaireFromItsItems() throws Exception {
		measure("""
				{"measureCode":"LEFS","answers":[4,4,3,3,2,2,4,4,3,3,2,2,4,4,3,3,2,2,4,4],"measuredOn":"%s"}"""
			.formatted(LocalDate.now()))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.value").value(62.0));
	}

	@Test
	void refusesAValueOutsideTheMeasuresRangeAndStoresNothing() throws Exception {
		long before = jdbc.sql("select count(*) from measurements").query(Long.class).single();
		measure("{\"measureCode\":\"BBS\",\"value\":57,\"measuredOn\":\"2026-11-01\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("value"));
		measure("{\"measureCode\":\"TUG\",\"value\":-1,\"measuredOn\":\"2026-11-01\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("value"));
		measure("{\"measureCode\":\"WALKIES\",\"value\":1,\"measuredOn\":\"2026-11-01\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("measureCode"));
		measure("{\"measureCode\":\"TUG\",\"value\":12,\"measuredOn\":\"2999-11-01\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("measuredOn"));
		measure("{\"measureCode\":\"QDASH\",\"answers\":[1,2,null,null,3,3,3,3,3,3,3],\"measuredOn\":\"2026-11-01\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("answers"));
		assertThat(jdbc.sql("select count(*) from measurements").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void recordsAScreenWhoseLimitedPointsBecomeDeficits() throws Exception {
		mvc.perform(post("/api/v1/clients/{id}/screens", client.id()).with(user(trainer).roles("TRAINER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"takenOn":"%s","findings":[{"point":"HIP","result":"LIMITED","side":"LEFT","rangeDegrees":80},
					 {"point":"GAIT","result":"NORMAL"},{"point":"KNEE","result":"PAINFUL","side":"LEFT","strength":4}]}"""
				.formatted(LocalDate.now())))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/clients/{id}/deficits", client.id()).with(user(trainer).roles("TRAINER")))
			.andExpect(jsonPath("$.length()").value(2))
			.andExpect(jsonPath("$[?(@.point == 'HIP')].rangeDegrees").value(80));
		mvc.perform(post("/api/v1/clients/{id}/screens", client.id()).with(user(trainer).roles("TRAINER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"takenOn\":\"2026-11-01\",\"findings\":[{\"point\":\"ELBOW_OF_DOOM\",\"result\":\"NORMAL\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("findings[0].point"));
	}

	@Test
	void setsA30DayGoalAndClosesItWhenMet() throws Exception {
		String body = mvc.perform(post("/api/v1/clients/{id}/goals", client.id()).with(user(trainer).roles("TRAINER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"term\":\"SHORT\",\"description\":\"TUG under 13.5 s\",\"measureCode\":\"TUG\",\"targetValue\":13.4}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.targetDate").value(LocalDate.now().plusDays(30).toString()))
			.andReturn().getResponse().getContentAsString();
		String goalId = body.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
		mvc.perform(post("/api/v1/goals/{g}/close", goalId).with(user(trainer).roles("TRAINER"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"met\":true}"))
			.andExpect(jsonPath("$.status").value("MET"));
		mvc.perform(post("/api/v1/goals/{g}/close", goalId).with(user(trainer).roles("TRAINER"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"met\":true}"))
			.andExpect(status().isConflict());
	}

	private ResultActions measure(String body) throws Exception {
		return mvc.perform(post("/api/v1/clients/{id}/measurements", client.id()).with(user(trainer).roles("TRAINER"))
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

}
