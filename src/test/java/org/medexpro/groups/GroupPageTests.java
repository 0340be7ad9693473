package org.medexpro.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medexpro.security.Role;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The group pages: starting a course with errors beside the fields, enrolling to the waitlist, withdrawing, the meeting log. */
@MedexIntegrationTest
class GroupPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	String trainer;

	@BeforeEach
	void trainer() {
		trainer = fixtures.staffMember(Role.TRAINER);
	}

	@Test
	void aTrainerStartsACourseFillsItAndTheWaitlistMovesUp() throws Exception {
		String name = Fixtures.unique("Stronger Bones");
		String startsOn = LocalDate.now().plusWeeks(3).toString();
		form(name, "0", "OSTEOPOROSIS", startsOn, "")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("must be greater than or equal to 1")));
		form("", "2", "NOT_A_CONDITION", "soon", "")
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("give the date of the first meeting")));
		assertThat(jdbc.sql("select count(*) from group_programs where name = ?").param(name).query(Long.class).single())
			.as("nothing stored from a refused form").isZero();

		String location = form(name, "1", "OSTEOPOROSIS", startsOn, trainer)
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", containsString("its 8 meetings are on the calendar")))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(user(trainer).roles("TRAINER")))
			.andExpect(content().string(allOf(containsString(name), containsString("0 of 1 places taken"),
					containsString("No one is waiting."), containsString("Take the log"))));

		UUID ada = fixtures.clientOf(trainer).id();
		UUID bob = fixtures.clientOf(trainer).id();
		page(post(location + "/enrollments").param("clientId", ada.toString()))
			.andExpect(flash().attribute("message", "Enrolled."));
		page(post(location + "/enrollments").param("clientId", bob.toString()))
			.andExpect(flash().attribute("message", "The group is full: on the waitlist, number 1."));
		page(post(location + "/enrollments").param("clientId", "someone"))
			.andExpect(flash().attribute("error", "Choose the client to enrol."));
		mvc.perform(get(location).with(user(trainer).roles("TRAINER")))
			.andExpect(content().string(allOf(containsString("1 of 1 places taken"), containsString("id=\"waitlist\""))));

		page(post(location + "/enrollments/" + ada + "/withdraw"))
			.andExpect(flash().attribute("message", "Withdrawn. The first of the waitlist has the place."));
		assertThat(jdbc.sql("select status from group_enrollments where client_id = ?").param(bob).query(String.class).single())
			.isEqualTo("ENROLLED");
	}

	private ResultActions form(String name, String capacity, String condition, String startsOn, String leader) throws Exception {
		return page(post("/groups/new").param("name", name).param("capacity", capacity).param("conditionCode", condition)
			.param("startsOn", startsOn).param("sessions", "8").param("minutes", "60").param("time", "07:30")
			.param("leader", leader).param("days", "MONDAY", "THURSDAY"));
	}

	private ResultActions page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(user(trainer).roles("TRAINER")).with(csrf()).accept(MediaType.TEXT_HTML));
	}

}
