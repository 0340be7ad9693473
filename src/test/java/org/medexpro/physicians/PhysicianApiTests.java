package org.medexpro.physicians;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@MedexIntegrationTest
class PhysicianApiTests {

	@Autowired
	MockMvc mvc;

	@Test
	void addsAPhysicianAndFindsThemByName() throws Exception {
		String name = "Dr. " + Fixtures.unique("Marsh");
		mvc.perform(post("/api/v1/physicians").with(user("desk").roles("FRONT_DESK"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"name":"%s","practice":"Riverton Orthopaedics","phone":"555-0101","fax":"555-0102",
					 "email":"office@riverton.example"}""".formatted(name)))
			.andExpect(status().isCreated())
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.id").isNotEmpty());
		mvc.perform(get("/api/v1/physicians").param("q", name.substring(4, 12)).with(user("t").roles("TRAINER")))
			.andExpect(jsonPath("$[0].fax").value("555-0102"));
	}

	@Test
	void refusesAMistypedNpiNamingTheField() throws Exception {
		mvc.perform(post("/api/v1/physicians").with(user("owner").roles("OWNER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Dr. Typo\",\"npi\":\"1234567890\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("npi"));
	}

}
