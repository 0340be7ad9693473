package org.medexpro.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Bad input is refused with the field named, and nothing is stored.
 */
@MedexIntegrationTest
class ClientValidationTests {

	static final String LONG = "x".repeat(10_000);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	static Stream<Arguments> invalidClients() {
		return Stream.of(
				Arguments.of("missing name", """
						{"lastName":"Hale","dateOfBirth":"1958-03-14","sex":"FEMALE"}""", "firstName"),
				Arguments.of("blank last name", """
						{"firstName":"Ada","lastName":"  ","dateOfBirth":"1958-03-14","sex":"FEMALE"}""", "lastName"),
				Arguments.of("birth in the future", """
						{"firstName":"Ada","lastName":"Hale","dateOfBirth":"2999-01-01","sex":"FEMALE"}""", "dateOfBirth"),
				Arguments.of("10,000-character name", """
						{"firstName":"%s","lastName":"Hale","dateOfBirth":"1958-03-14","sex":"FEMALE"}""".formatted(LONG), "firstName"),
				Arguments.of("date as a number", """
						{"firstName":"Ada","lastName":"Hale","dateOfBirth":12,"sex":"FEMALE"}""", "dateOfBirth"),
				Arguments.of("date not a date", """
						{"firstName":"Ada","lastName":"Hale","dateOfBirth":"14/03/1958","sex":"FEMALE"}""", "dateOfBirth"),
				Arguments.of("name as a number", """
						{"firstName":42,"lastName":"Hale","dateOfBirth":"1958-03-14","sex":"FEMALE"}""", "firstName"),
				Arguments.of("unknown sex", """
						{"firstName":"Ada","lastName":"Hale","dateOfBirth":"1958-03-14","sex":"BANANA"}""", "sex"),
				Arguments.of("name as an object", """
						{"firstName":{"a":1},"lastName":"Hale","dateOfBirth":"1958-03-14","sex":"FEMALE"}""", "firstName"),
				Arguments.of("malformed e-mail", """
						{"firstName":"Ada","lastName":"Hale","dateOfBirth":"1958-03-14","sex":"FEMALE","email":"nope"}""", "email"),
				Arguments.of("phone with letters", """
						{"firstName":"Ada","lastName":"Hale","dateOfBirth":"1958-03-14","sex":"FEMALE","phone":"call me"}""", "phone"),
				Arguments.of("state not a two-letter code", """
						{"firstName":"Ada","lastName":"Hale","dateOfBirth":"1958-03-14","sex":"FEMALE","state":"Maine"}""", "state"),
				Arguments.of("consent without a date", """
						{"firstName":"Ada","lastName":"Hale","dateOfBirth":"1958-03-14","sex":"FEMALE","consentToShare":true}""", "consentDate"),
				Arguments.of("malformed JSON", "{\"firstName\": \"Ada\",", "body"),
				Arguments.of("empty body", "", "body"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("invalidClients")
	void refusesInvalidClientNamingTheFieldAndStoresNothing(String why, String body, String field) throws Exception {
		long before = count();
		mvc.perform(post("/api/v1/clients").with(user("owner").roles("OWNER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItem(field)));
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void showsPageFormErrorsBesideTheFieldsAndStoresNothing() throws Exception {
		long before = count();
		mvc.perform(post("/clients/new").with(user("owner").roles("OWNER")).with(csrf())
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("firstName", "")
			.param("lastName", LONG)
			.param("dateOfBirth", "2999-01-01")
			.param("sex", "FEMALE"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("form", "firstName", "lastName", "dateOfBirth"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("field-error")));
		assertThat(count()).isEqualTo(before);
	}

	private long count() {
		return jdbc.sql("select count(*) from clients").query(Long.class).single();
	}

}
