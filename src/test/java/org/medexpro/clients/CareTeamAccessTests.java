package org.medexpro.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditQuery;
import org.medexpro.audit.AuditTrail;
import org.medexpro.security.Role;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Minimum necessary access: a trainer sees the clients on their care team; another
 * client only through an audited, time-boxed emergency access that the owner sees.
 * Front desk and billing see contact data, never clinical detail.
 */
@MedexIntegrationTest
class CareTeamAccessTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditTrail audit;

	@Test
	void hidesAnotherTrainersClientUntilEmergencyAccessWithAReason() throws Exception {
		String owner = fixtures.staffMember(Role.TRAINER);
		String covering = fixtures.staffMember(Role.TRAINER);
		ClientDetails client = fixtures.clientOf(owner);

		mvc.perform(get("/api/v1/clients/{id}", client.id()).with(user(covering).roles("TRAINER")))
			.andExpect(status().isNotFound())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(client.lastName()))));
		mvc.perform(get("/api/v1/clients").param("q", client.lastName()).with(user(covering).roles("TRAINER")))
			.andExpect(jsonPath("$").isEmpty());
		assertThat(audit.find(new AuditQuery(client.id(), covering, AuditAction.ACCESS_DENIED, null, null, 10))).hasSize(1);

		mvc.perform(post("/api/v1/clients/{id}/break-glass", client.id()).with(user(covering).roles("TRAINER"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		mvc.perform(post("/api/v1/clients/{id}/break-glass", client.id()).with(user(covering).roles("TRAINER"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"covering today's session\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.expiresAt").exists());

		mvc.perform(get("/api/v1/clients/{id}", client.id()).with(user(covering).roles("TRAINER")))
			.andExpect(status().isOk());
		assertThat(audit.find(new AuditQuery(client.id(), covering, AuditAction.BREAK_GLASS, null, null, 10)))
			.singleElement()
			.satisfies(entry -> assertThat(entry.detail()).isEqualTo("covering today's session"));
		mvc.perform(get("/api/v1/break-glass").with(user("owner").roles("OWNER")))
			.andExpect(jsonPath("$[?(@.username == '%s')].reason".formatted(covering)).value("covering today's session"));
	}

	@Test
	void showsTheOwnerTheEmergencyAccessOnTodaysPage() throws Exception {
		String owner = fixtures.staffMember(Role.TRAINER);
		String covering = fixtures.staffMember(Role.TRAINER);
		ClientDetails client = fixtures.clientOf(owner);
		Fixtures.as(covering, java.util.Set.of(Role.TRAINER),
				() -> fixturesClients().breakGlass(client.id(), "client fell ill in the gym"));
		mvc.perform(get("/").with(user("owner").roles("OWNER")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("client fell ill in the gym")));
	}

	@Autowired
	ClientService clients;

	private ClientService fixturesClients() {
		return clients;
	}

	@Test
	void showsFrontDeskContactDataButNoClinicalDetail() throws Exception {
		String trainer = fixtures.staffMember(Role.TRAINER);
		ClientDetails client = fixtures.clientOf(trainer);
		mvc.perform(get("/api/v1/clients/{id}", client.id()).with(user("desk").roles("FRONT_DESK")))
			.andExpect(status().isOk());
		mvc.perform(get("/api/v1/clients/{id}/status-history", client.id()).with(user("desk").roles("FRONT_DESK")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/clients/{id}", client.id()).with(user("desk").roles("FRONT_DESK")))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Care team"))));
		mvc.perform(get("/clients/{id}", client.id()).with(user(trainer).roles("TRAINER")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Care team")));
	}

	@Test
	void movesAClientOnlyAlongTheStatusLifecycle() throws Exception {
		String trainer = fixtures.staffMember(Role.TRAINER);
		ClientDetails client = fixtures.clientOf(trainer);
		mvc.perform(post("/api/v1/clients/{id}/status", client.id()).with(user(trainer).roles("TRAINER"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"MAINTENANCE\"}"))
			.andExpect(status().isConflict());
		mvc.perform(post("/api/v1/clients/{id}/status", client.id()).with(user(trainer).roles("TRAINER"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"INTAKE\",\"reason\":\"first visit\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("INTAKE"));
		mvc.perform(get("/api/v1/clients/{id}/status-history", client.id()).with(user(trainer).roles("TRAINER")))
			.andExpect(jsonPath("$[0].to").value("INTAKE"))
			.andExpect(jsonPath("$[0].reason").value("first visit"))
			.andExpect(jsonPath("$[1].to").value("REFERRED"));
	}

}
