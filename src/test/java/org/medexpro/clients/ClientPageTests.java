package org.medexpro.clients;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;
import org.medexpro.security.Role;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@MedexIntegrationTest
class ClientPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void tellsTheSecondEditorThatSomeoneElseSavedFirst() throws Exception {
		String trainer = fixtures.staffMember(Role.TRAINER);
		ClientDetails client = fixtures.clientOf(trainer);
		mvc.perform(edit(client, trainer, "555-0001")).andExpect(redirectedUrl("/clients/" + client.id()));
		mvc.perform(edit(client, trainer, "555-0002"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Someone else changed this client since you opened it")));
		mvc.perform(get("/clients/{id}", client.id()).with(user(trainer).roles("TRAINER")))
			.andExpect(content().string(containsString("555-0001")))
			.andExpect(content().string(not(containsString("555-0002"))));
	}

	@Test
	void escapesWhatStaffTypeWhenShowingIt() throws Exception {
		ClientDetails client = fixtures.client("<script>alert(1)</script>");
		mvc.perform(get("/clients/{id}", client.id()).with(user("owner").roles("OWNER")))
			.andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
	}

	@Test
	void showsAFriendlyPageForAnUnknownClient() throws Exception {
		mvc.perform(get("/clients/{id}", java.util.UUID.randomUUID()).with(user("owner").roles("OWNER")).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound());
	}

	private org.springframework.test.web.servlet.RequestBuilder edit(ClientDetails client, String trainer, String phone) {
		return post("/clients/{id}/edit", client.id()).with(user(trainer).roles("TRAINER")).with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("firstName", client.firstName())
			.param("lastName", client.lastName())
			.param("dateOfBirth", client.dateOfBirth().toString())
			.param("sex", client.sex().name())
			.param("phone", phone)
			.param("version", "0");
	}

}
