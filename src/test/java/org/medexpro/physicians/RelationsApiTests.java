package org.medexpro.physicians;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.medexpro.security.Role;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** A physician's office: its gatekeepers (front desk keeps them, as they keep physicians) and the communication log. */
@MedexIntegrationTest
class RelationsApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PhysicianService physicians;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFrontDeskAddsAGatekeeperOverTheApiAndOnThePhysiciansPageAndSeesThemListed() throws Exception {
		UUID physician = physician();
		mvc.perform(json(post("/api/v1/physicians/{id}/gatekeepers", physician), "desk", "FRONT_DESK",
				"{\"name\":\"Pat Office\",\"role\":\"OFFICE_MANAGER\",\"phone\":\"555-0199\",\"preferredContact\":\"FAX\"}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.name").value("Pat Office"))
			.andExpect(jsonPath("$.role").value("OFFICE_MANAGER"))
			.andExpect(jsonPath("$.preferredContact").value("FAX"));
		mvc.perform(post("/physicians/{id}/gatekeepers", physician).with(user("desk").roles("FRONT_DESK")).with(csrf())
			.param("name", "Sam Nurse").param("role", "NURSE").param("email", "sam@clinic.example").param("back", "edit"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/physicians/" + physician + "/edit"))
			.andExpect(flash().attribute("message", "Gatekeeper added."));
		mvc.perform(get("/physicians/{id}/edit", physician).with(user("desk").roles("FRONT_DESK")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pat Office, office manager, 555-0199 (prefers fax)")))
			.andExpect(content().string(containsString("Sam Nurse, nurse, sam@clinic.example")));
		mvc.perform(get("/api/v1/physicians/{id}/gatekeepers", physician).with(user("billing").roles("BILLING")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].name", containsInAnyOrder("Pat Office", "Sam Nurse")));
		mvc.perform(post("/physicians/{id}/gatekeepers", physician).with(user("t").roles("TRAINER")).with(csrf())
			.param("name", "Lee Coordinator").param("role", "REFERRAL_COORDINATOR").param("back", "relations"))
			.andExpect(redirectedUrl("/physicians/" + physician + "/relations"));
	}

	@Test
	void aGatekeeperWithoutNameOrRoleOrWithAMistypedEmailIsRefusedNamingEachFieldAndNothingIsStored() throws Exception {
		UUID physician = physician();
		mvc.perform(json(post("/api/v1/physicians/{id}/gatekeepers", physician), "desk", "FRONT_DESK",
				"{\"name\":\" \",\"email\":\"not-an-address\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("name", "role", "email")));
		mvc.perform(post("/physicians/{id}/gatekeepers", physician).with(user("desk").roles("FRONT_DESK")).with(csrf())
			.param("name", "Pat Office"))
			.andExpect(flash().attribute("error", containsString("role")));
		assertThat(jdbc.sql("select count(*) from physician_gatekeepers where physician_id = ?").param(physician)
			.query(Long.class).single()).isZero();
	}

	@Test
	void aCallIsLoggedWithItsDateAndStaffMemberPerPhysicianAndPerClient() throws Exception {
		String trainer = fixtures.staffMember(Role.TRAINER);
		UUID physician = physician();
		UUID client = fixtures.clientOf(trainer).id();
		mvc.perform(json(post("/api/v1/communications"), trainer, "TRAINER", """
				{"physicianId":"%s","clientId":"%s","kind":"CALL","channel":"PHONE","subject":"Asked about the knee precautions",
				 "note":"Nurse will call back"}""".formatted(physician, client)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.kind").value("CALL"))
			.andExpect(jsonPath("$.channel").value("PHONE"))
			.andExpect(jsonPath("$.by").value(trainer))
			.andExpect(jsonPath("$.at").isNotEmpty());
		mvc.perform(get("/api/v1/physicians/{id}/communications", physician).with(user(trainer).roles("TRAINER")))
			.andExpect(jsonPath("$[0].subject").value("Asked about the knee precautions"))
			.andExpect(jsonPath("$[0].note").value("Nurse will call back"))
			.andExpect(jsonPath("$[0].clientId").value(client.toString()))
			.andExpect(jsonPath("$[0].by").value(trainer));
		mvc.perform(get("/api/v1/clients/{id}/communications", client).with(user(trainer).roles("TRAINER")))
			.andExpect(jsonPath("$[0].physicianId").value(physician.toString()));
	}

	@Test
	void aCommunicationMissingItsKindChannelSubjectOrPhysicianIsRefusedNamingTheFieldAndNothingIsLogged() throws Exception {
		String trainer = fixtures.staffMember(Role.TRAINER);
		UUID physician = physician();
		long before = jdbc.sql("select count(*) from communications").query(Long.class).single();
		mvc.perform(json(post("/api/v1/communications"), trainer, "TRAINER", "{\"physicianId\":\"" + physician + "\",\"subject\":\" \"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("kind", "channel", "subject")));
		mvc.perform(json(post("/api/v1/communications"), trainer, "TRAINER", "{\"kind\":\"CALL\",\"channel\":\"PHONE\",\"subject\":\"Called\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("physicianId"));
		mvc.perform(json(post("/api/v1/communications"), trainer, "TRAINER",
				"{\"physicianId\":\"" + UUID.randomUUID() + "\",\"kind\":\"CALL\",\"channel\":\"PHONE\",\"subject\":\"Called\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("physicianId"));
		mvc.perform(json(post("/api/v1/communications"), trainer, "TRAINER",
				"{\"physicianId\":\"" + physician + "\",\"kind\":\"GOSSIP\",\"channel\":\"PHONE\",\"subject\":\"Called\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		// Only sending a document (which checks consent) logs it as sent.
		mvc.perform(json(post("/api/v1/communications"), trainer, "TRAINER", "{\"physicianId\":\"" + physician
				+ "\",\"kind\":\"PROGRESS_REPORT\",\"channel\":\"FAX\",\"documentId\":\"" + UUID.randomUUID() + "\",\"subject\":\"Report\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("documentId"));
		assertThat(jdbc.sql("select count(*) from communications").query(Long.class).single()).isEqualTo(before);
	}

	private UUID physician() {
		String name = "Dr. " + Fixtures.unique("Office");
		return Fixtures.as("owner", Set.of(Role.OWNER),
				() -> physicians.add(new PhysicianData(name, "Riverton Orthopaedics", "555-0100", "555-0101", null, null))).id();
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String username, String role, String body) {
		return request.with(user(username).roles(role)).contentType(MediaType.APPLICATION_JSON).accept(MediaType.APPLICATION_JSON)
			.content(body);
	}

}
