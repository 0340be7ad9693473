package org.medexpro.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditQuery;
import org.medexpro.audit.AuditTrail;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.medexpro.security.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@MedexIntegrationTest
class ClientApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditTrail audit;

	@Test
	void registersClientWithLocationAndReferredStatus() throws Exception {
		String last = Fixtures.unique("Hale");
		mvc.perform(post("/api/v1/clients").with(httpBasic(MedexIntegrationTest.OWNER, MedexIntegrationTest.OWNER_PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"firstName":"Margaret","lastName":"%s","dateOfBirth":"1958-03-14","sex":"FEMALE",
					 "email":"m.hale@mail.example","phone":"555-0100"}""".formatted(last)))
			.andExpect(status().isCreated())
			.andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/clients/")))
			.andExpect(jsonPath("$.id").isNotEmpty())
			.andExpect(jsonPath("$.status").value("REFERRED"));

		mvc.perform(get("/api/v1/clients").param("q", last.substring(0, 6).toLowerCase()).with(user("owner").roles("OWNER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.lastName == '%s')]".formatted(last)).exists());
	}

	@Test
	void findsClientsByFirstNameLastNameBothOrDateOfBirth() throws Exception {
		String last = Fixtures.unique("Quillfeather");
		ClientDetails client = fixtures.client(last);
		for (String q : new String[] { last.substring(0, 8), "ada " + last.substring(0, 8), last.substring(0, 8) + " ad",
				"1956-04-02" }) {
			mvc.perform(get("/api/v1/clients").param("q", q).param("limit", "100").with(user("owner").roles("OWNER")))
				.andExpect(jsonPath("$[?(@.id == '%s')]".formatted(client.id())).exists());
		}
		mvc.perform(get("/api/v1/clients").param("q", "zed " + last.substring(0, 8)).with(user("owner").roles("OWNER")))
			.andExpect(jsonPath("$[?(@.id == '%s')]".formatted(client.id())).doesNotExist());
		mvc.perform(get("/api/v1/clients").param("q", "%").with(user("owner").roles("OWNER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$").isEmpty());
		mvc.perform(get("/api/v1/clients").param("limit", "1000").with(user("owner").roles("OWNER")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("limit"));
	}

	@Test
	void auditsEveryReadOfAClientByTheTrainer() throws Exception {
		String trainer = fixtures.staffMember(Role.TRAINER);
		ClientDetails client = fixtures.clientOf(trainer);

		mvc.perform(get("/api/v1/clients/{id}", client.id()).with(user(trainer).roles("TRAINER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.lastName").value(client.lastName()));

		assertThat(audit.find(AuditQuery.forClient(client.id())))
			.anySatisfy(entry -> {
				assertThat(entry.action()).isEqualTo(AuditAction.READ);
				assertThat(entry.username()).isEqualTo(trainer);
				assertThat(entry.entity()).isEqualTo("Client");
				assertThat(entry.source()).isEqualTo("API");
			});
	}

	@Test
	void refusesStaleEditWithConflict() throws Exception {
		ClientDetails client = fixtures.client(Fixtures.unique("Stale"));
		String edit = """
				{"firstName":"Ada","lastName":"%s","dateOfBirth":"1956-04-02","sex":"FEMALE","phone":"555-%s","version":0}""";
		mvc.perform(put("/api/v1/clients/{id}", client.id()).with(user("owner").roles("OWNER"))
			.contentType(MediaType.APPLICATION_JSON).content(edit.formatted(client.lastName(), "0001")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(put("/api/v1/clients/{id}", client.id()).with(user("owner").roles("OWNER"))
			.contentType(MediaType.APPLICATION_JSON).content(edit.formatted(client.lastName(), "0002")))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.status").value(409));
		mvc.perform(get("/api/v1/clients/{id}", client.id()).with(user("owner").roles("OWNER")))
			.andExpect(jsonPath("$.phone").value("555-0001"));
	}

	@Test
	void answersUnknownClientWithNotFound() throws Exception {
		mvc.perform(get("/api/v1/clients/{id}", UUID.randomUUID()).with(user("owner").roles("OWNER")))
			.andExpect(status().isNotFound())
			.andExpect(header().string("Content-Type", "application/problem+json"));
	}

}
