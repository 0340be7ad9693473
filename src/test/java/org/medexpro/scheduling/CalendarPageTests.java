package org.medexpro.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
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
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The calendar pages: booking from the form with errors beside the fields, the week and the day. */
@MedexIntegrationTest
class CalendarPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	String frontDesk;

	String trainer;

	UUID client;

	LocalDate monday;

	@BeforeEach
	void practice() {
		frontDesk = fixtures.staffMember(Role.FRONT_DESK);
		trainer = fixtures.staffMember(Role.TRAINER);
		client = fixtures.clientOf(trainer).id();
		monday = LocalDate.now().plusWeeks(5).with(TemporalAdjusters.next(DayOfWeek.MONDAY));
	}

	@Test
	void theFrontDeskBooksAWeeklySeriesAndSeesItOnTheWeek() throws Exception {
		mvc.perform(desk(get("/schedule/new").param("clientId", client.toString())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Book an appointment"), containsString("Repeat every week"))));
		String location = mvc.perform(desk(post("/schedule/new")).param("clientId", client.toString())
			.param("staffUsername", trainer).param("date", monday.toString()).param("time", "10:30").param("minutes", "45")
			.param("kind", "ONE_TO_ONE").param("repeatDays", "MONDAY", "WEDNESDAY").param("repeatWeeks", "3"))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).contains("/schedule/week?date=" + monday).contains("staff=" + trainer);
		assertThat(jdbc.sql("select count(*) from appointments where client_id = ?").param(client).query(Long.class).single())
			.isEqualTo(6);
		mvc.perform(desk(get("/schedule/week").param("date", monday.toString()).param("staff", trainer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("10:30–11:15"), containsString("Ada Testclient"),
					containsString("One-to-one training"), containsString("<h1>Week of " + monday + ", "))));
		mvc.perform(desk(get("/schedule/day").param("date", monday.plusDays(2).toString())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("10:30–11:15")));
	}

	@Test
	void badInputIsShownBesideItsFieldAndAClashAtTheTop() throws Exception {
		mvc.perform(desk(post("/schedule/new")).param("clientId", client.toString()).param("staffUsername", trainer)
			.param("date", "not a date").param("time", "10:03").param("minutes", "45").param("kind", "ONE_TO_ONE"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("has-error"), containsString("give the date, e.g. 2026-12-07"))));
		mvc.perform(desk(post("/schedule/new")).param("clientId", client.toString()).param("staffUsername", trainer)
			.param("date", monday.toString()).param("time", "10:03").param("minutes", "45").param("kind", "ONE_TO_ONE"))
			.andExpect(content().string(containsString("must be on a 5-minute mark")));
		mvc.perform(desk(post("/schedule/new")).param("clientId", client.toString()).param("staffUsername", trainer)
			.param("date", monday.toString()).param("time", "10:00").param("minutes", "60").param("kind", "ONE_TO_ONE"))
			.andExpect(status().is3xxRedirection());
		UUID other = fixtures.clientOf(trainer).id();
		mvc.perform(desk(post("/schedule/new")).param("clientId", other.toString()).param("staffUsername", trainer)
			.param("date", monday.toString()).param("time", "10:30").param("minutes", "60").param("kind", "ONE_TO_ONE"))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"problem\""), containsString("already has an appointment"))));
		assertThat(jdbc.sql("select count(*) from appointments where client_id = ?").param(other).query(Long.class).single()).isZero();
	}

	@Test
	void anotherTrainersClientIsOnlyBookedTime() throws Exception {
		mvc.perform(desk(post("/schedule/new")).param("clientId", client.toString()).param("staffUsername", trainer)
			.param("date", monday.toString()).param("time", "14:00").param("minutes", "60").param("kind", "ASSESSMENT"))
			.andExpect(status().is3xxRedirection());
		String outsider = fixtures.staffMember(Role.TRAINER);
		mvc.perform(get("/schedule/week").param("date", monday.toString()).param("staff", trainer)
			.with(user(outsider).roles("TRAINER")).accept(MediaType.TEXT_HTML))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("14:00–15:00"), containsString("Booked"),
					not(containsString("Ada Testclient")), not(containsString("/schedule/appointments/")))));
	}

	private MockHttpServletRequestBuilder desk(MockHttpServletRequestBuilder request) {
		return request.with(user(frontDesk).roles("FRONT_DESK")).with(csrf()).accept(MediaType.TEXT_HTML);
	}

}
