package org.medexpro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.medexpro.clients.ClientDetails;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * No client health information in the application's logs: a canary written into every
 * field, valid and invalid, in reads, searches and failures, never shows up there.
 */
@MedexIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class LogPrivacyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void keepsClientInformationOutOfTheLogs(CapturedOutput output) throws Exception {
		String canary = "Zqxcanary" + Fixtures.unique("");
		ClientDetails client = fixtures.client(canary);
		mvc.perform(get("/api/v1/clients/{id}", client.id()).with(user("owner").roles("OWNER")));
		mvc.perform(get("/api/v1/clients").param("q", canary).with(user("owner").roles("OWNER")));
		mvc.perform(get("/clients/{id}", client.id()).with(user("owner").roles("OWNER")));
		mvc.perform(post("/api/v1/clients").with(user("owner").roles("OWNER")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"firstName\":\"" + canary + "\",\"lastName\":\"" + canary + "\",\"dateOfBirth\":\"" + canary + "\",\"sex\":\"" + canary + "\"}"));
		mvc.perform(put("/api/v1/clients/{id}", client.id()).with(user("owner").roles("OWNER")).contentType(MediaType.APPLICATION_JSON)
			.content("{\"firstName\":\"" + canary + "\",\"lastName\":\"" + canary + "\",\"dateOfBirth\":\"1950-01-01\",\"sex\":\"MALE\",\"version\":99}"));
		mvc.perform(get("/api/v1/clients/" + canary).with(user("owner").roles("OWNER")));
		assertThat(output.getAll()).doesNotContain(canary);
	}

}
