package org.medexpro.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.medexpro.support.JsonAnswers.body;
import static org.medexpro.support.JsonAnswers.id;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medexpro.security.ApiTokenService;
import org.medexpro.security.Role;
import org.medexpro.support.ConcurrentRequests;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Group programs: the meetings on the calendar, capacity and waitlist (also under concurrent enrolment), eligibility, the group log. */
@MedexIntegrationTest
class GroupApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	org.medexpro.assessment.AssessmentService assessment;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	@Autowired
	ApiTokenService tokens;

	@LocalServerPort
	int port;

	String trainer;

	@BeforeEach
	void trainer() {
		trainer = fixtures.staffMember(Role.TRAINER);
	}

	@Test
	void aCourseWithALeaderHasItsMeetingsOnTheCalendar() throws Exception {
		LocalDate tuesday = LocalDate.now().plusWeeks(2).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
		String id = id(api(post("/api/v1/group-programs"), """
				{"name":"Diabetes & Exercise","conditionCode":"TYPE_2_DIABETES","capacity":8,"startsOn":"%s","sessions":8,
				 "leader":"%s","days":["TUESDAY"],"time":"10:00","minutes":60}""".formatted(tuesday, trainer))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.enrolled").value(0))
			.andExpect(jsonPath("$.conditionName").isNotEmpty()));
		JsonNode meetings = body(api(get("/api/v1/group-programs/{id}/meetings", id), ""));
		assertThat(meetings).hasSize(8);
		assertThat(meetings.get(7).get("appointment").get("start").asText()).startsWith(tuesday.plusWeeks(7).toString());
		assertThat(jdbc.sql("select count(*) from appointments where staff_username = ? and kind = 'GROUP'").param(trainer)
			.query(Long.class).single()).isEqualTo(8);

		api(post("/api/v1/group-programs"), """
				{"name":"Clash","conditionCode":"TYPE_2_DIABETES","capacity":8,"startsOn":"%s","sessions":2,
				 "leader":"%s","days":["TUESDAY"],"time":"10:30","minutes":60}""".formatted(tuesday.plusWeeks(1), trainer))
			.andExpect(status().isConflict());
		api(post("/api/v1/group-programs"), """
				{"name":"","conditionCode":"NOT_A_CONDITION","capacity":0,"startsOn":"%s","sessions":8}""".formatted(tuesday))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("capacity")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")));
		assertThat(jdbc.sql("select count(*) from group_programs where name = 'Clash'").query(Long.class).single()).isZero();
	}

	@Test
	void aFreedPlaceGoesToTheFirstOfTheWaitlist() throws Exception {
		String group = group(2, null);
		List<UUID> clients = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			clients.add(fixtures.clientOf(trainer).id());
		}
		enroll(group, clients.get(0)).andExpect(jsonPath("$.status").value("ENROLLED"));
		enroll(group, clients.get(1)).andExpect(jsonPath("$.status").value("ENROLLED"));
		enroll(group, clients.get(2)).andExpect(jsonPath("$.status").value("WAITLISTED")).andExpect(jsonPath("$.waitlistPlace").value(1));
		enroll(group, clients.get(3)).andExpect(jsonPath("$.status").value("WAITLISTED")).andExpect(jsonPath("$.waitlistPlace").value(2));
		enroll(group, clients.get(4)).andExpect(jsonPath("$.waitlistPlace").value(3));
		enroll(group, clients.get(4)).andExpect(status().isConflict());

		api(delete("/api/v1/group-programs/{id}/enrollments/{c}", group, clients.get(3)), "")
			.andExpect(jsonPath("$.promoted").isEmpty());
		api(delete("/api/v1/group-programs/{id}/enrollments/{c}", group, clients.get(0)), "")
			.andExpect(jsonPath("$.promoted.clientId").value(clients.get(2).toString()))
			.andExpect(jsonPath("$.promoted.status").value("ENROLLED"));
		JsonNode members = body(api(get("/api/v1/group-programs/{id}/enrollments", group), ""));
		assertThat(members.get(0).get("enrollment").get("clientId").asText()).isEqualTo(clients.get(1).toString());
		assertThat(members.get(1).get("enrollment").get("clientId").asText()).isEqualTo(clients.get(2).toString());
		assertThat(members.get(2).get("enrollment").get("waitlistPlace").asInt()).as("the last to ask is now first in line").isEqualTo(1);
		api(get("/api/v1/group-programs/{id}", group), "").andExpect(jsonPath("$.enrolled").value(2)).andExpect(jsonPath("$.waitlisted").value(1));
		// Back after withdrawing: at the end of the line.
		enroll(group, clients.get(0)).andExpect(jsonPath("$.waitlistPlace").value(2));
		api(get("/api/v1/group-programs/{id}", group), "").andExpect(jsonPath("$.waitlisted").value(2));

		// The first in line now waits for a physician's clearance: the place goes to the next, who may train.
		Fixtures.as(trainer, Set.of(Role.TRAINER), () -> assessment.raiseRedFlag(clients.get(4), "NIGHT_PAIN", "woke with pain", "SESSION"));
		api(delete("/api/v1/group-programs/{id}/enrollments/{c}", group, clients.get(1)), "")
			.andExpect(jsonPath("$.promoted.clientId").value(clients.get(0).toString()));
	}

	@Test
	void aMemberIsNotBookedElsewhereDuringTheGroupsMeetings() throws Exception {
		String group = group(1, null);
		JsonNode first = body(api(get("/api/v1/group-programs/{id}/meetings", group), "")).get(0).get("appointment");
		String other = fixtures.staffMember(Role.TRAINER);
		UUID member = fixtures.clientOf(trainer).id();
		UUID busy = fixtures.clientOf(trainer).id();
		UUID next = fixtures.clientOf(trainer).id();
		book(busy, other, first).andExpect(status().isCreated());
		enroll(group, busy).andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("during a meeting of the group")));
		assertThat(jdbc.sql("select count(*) from group_enrollments where client_id = ?").param(busy).query(Long.class).single())
			.as("nothing half-written").isZero();

		enroll(group, member).andExpect(jsonPath("$.status").value("ENROLLED"));
		book(member, other, first).andExpect(status().isConflict());
		enroll(group, busy).andExpect(jsonPath("$.status").value("WAITLISTED")).andExpect(jsonPath("$.waitlistPlace").value(1));
		enroll(group, next).andExpect(jsonPath("$.waitlistPlace").value(2));

		// The place goes to the first of the line who is free at the group's times; the busy client keeps their place.
		api(delete("/api/v1/group-programs/{id}/enrollments/{c}", group, member), "")
			.andExpect(jsonPath("$.promoted.clientId").value(next.toString()));
		String free = fixtures.staffMember(Role.TRAINER);
		book(next, free, first).andExpect(status().isConflict());
		book(member, free, first).andExpect(status().isCreated());
		JsonNode members = body(api(get("/api/v1/group-programs/{id}/enrollments", group), ""));
		assertThat(members.toString()).contains("\"clientId\":\"" + busy + "\",\"status\":\"WAITLISTED\"");
	}

	/** Twenty clients asking for five places at once, over real HTTP: five enrolled, fifteen waiting, each place in line once. */
	@Test
	void theCapacityHoldsUnderConcurrentEnrolment() throws Exception {
		String group = group(5, null);
		String token = Fixtures.as("owner", Set.of(Role.OWNER), () -> tokens.create("owner", "enrolment race", 1)).token();
		List<String> bodies = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			bodies.add("{\"clientId\":\"" + fixtures.clientOf(trainer).id() + "\"}");
		}
		List<HttpResponse<String>> answers = ConcurrentRequests.post("http://127.0.0.1:" + port + "/api/v1/group-programs/"
				+ group + "/enrollments", token, bodies);
		List<String> statuses = new ArrayList<>();
		List<Integer> places = new ArrayList<>();
		for (HttpResponse<String> answer : answers) {
			assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
			JsonNode enrollment = json.readTree(answer.body());
			statuses.add(enrollment.get("status").asText());
			if (!enrollment.get("waitlistPlace").isNull()) {
				places.add(enrollment.get("waitlistPlace").asInt());
			}
		}
		assertThat(statuses.stream().filter("ENROLLED"::equals)).hasSize(5);
		assertThat(statuses.stream().filter("WAITLISTED"::equals)).hasSize(15);
		assertThat(places).containsExactlyInAnyOrder(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15);
		assertThat(jdbc.sql("select count(*) from group_enrollments where group_id = ? and status = 'ENROLLED'")
			.param(UUID.fromString(group)).query(Long.class).single()).isEqualTo(5);
		assertThat(jdbc.sql("select count(distinct position) from group_enrollments where group_id = ?")
			.param(UUID.fromString(group)).query(Long.class).single()).isEqualTo(20);
	}

	@Test
	void aClientWhoseConditionsRuleOutTheGroupsExercisesIsWarned() throws Exception {
		String group = id(api(post("/api/v1/group-programs"), """
				{"name":"Strong Knees","conditionCode":"KNEE_OSTEOARTHRITIS","capacity":8,"startsOn":"%s","sessions":6,
				 "exercises":["DEEP_SQUAT","HEEL_RAISES_SUPPORTED"]}""".formatted(LocalDate.now().plusWeeks(1)))
			.andExpect(status().isCreated()));
		UUID hip = fixtures.clearedClientOf(trainer, "THR", "LEFT", "POSTERIOR", LocalDate.now().minusWeeks(4));
		enroll(group, hip).andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("ENROLLED"))
			.andExpect(jsonPath("$.warnings[*]", hasItem(containsString("Not for this client: Deep squat"))))
			.andExpect(jsonPath("$.warnings[*]", hasItem(containsString("not among the client's recorded conditions"))));
		UUID knee = fixtures.clearedClientOf(trainer, "KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(3));
		enroll(group, knee).andExpect(jsonPath("$.warnings.length()").value(1))
			.andExpect(jsonPath("$.warnings[0]", containsString("Needs care with this client: Deep squat")))
			.andExpect(jsonPath("$.warnings[0]", containsString("KOA-04")));

		UUID flagged = fixtures.clientOf(trainer).id();
		api(post("/api/v1/clients/{id}/red-flags", flagged), "{\"code\":\"CHEST_PAIN\"}").andExpect(status().isCreated());
		enroll(group, flagged).andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.rule").value("CLEARANCE_REQUIRED"));
	}

	@Test
	void aMeetingsLogIsASessionLogOfGroupTrainingForEachAttendee() throws Exception {
		String group = group(6, LocalDate.now().minusDays(3));
		UUID ada = fixtures.clientOf(trainer).id();
		UUID bob = fixtures.clientOf(trainer).id();
		enroll(group, ada);
		enroll(group, bob);
		JsonNode meetings = body(api(get("/api/v1/group-programs/{id}/meetings", group), ""));
		String first = meetings.get(0).get("appointment").get("id").asText();
		String last = meetings.get(meetings.size() - 1).get("appointment").get("id").asText();

		api(post("/api/v1/group-programs/{id}/meetings/{m}/log", group, first), "{\"attendance\":{\"" + ada
				+ "\":\"ATTENDED\"},\"minutes\":55}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("attendance." + bob));
		api(post("/api/v1/group-programs/{id}/meetings/{m}/log", group, last), "{\"attendance\":{\"" + ada
				+ "\":\"ATTENDED\",\"" + bob + "\":\"ATTENDED\"},\"minutes\":55}")
			.andExpect(status().isConflict());
		api(post("/api/v1/group-programs/{id}/meetings/{m}/log", group, first), "{\"attendance\":{\"" + ada
				+ "\":\"ATTENDED\",\"" + bob + "\":\"NO_SHOW\"},\"minutes\":55,\"topic\":\"Checking glucose before exercise\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.attendance.length()").value(2));
		api(post("/api/v1/group-programs/{id}/meetings/{m}/log", group, first), "{\"attendance\":{\"" + ada
				+ "\":\"ATTENDED\",\"" + bob + "\":\"ATTENDED\"},\"minutes\":55}")
			.andExpect(status().isConflict());

		JsonNode adaLogs = body(api(get("/api/v1/clients/{id}/sessions", ada), ""));
		assertThat(adaLogs).hasSize(1);
		assertThat(adaLogs.get(0).get("minutes").get("GROUP").asInt()).isEqualTo(55);
		assertThat(adaLogs.get(0).get("notes").asText()).contains("Group: ").contains("meeting 1 of 8").contains("Checking glucose");
		assertThat(body(api(get("/api/v1/clients/{id}/sessions", bob), "")).get(0).get("attendance").asText()).isEqualTo("NO_SHOW");

		String outsider = fixtures.staffMember(Role.TRAINER);
		JsonNode seenByOutsider = body(mvc.perform(get("/api/v1/group-programs/{id}/meetings", group)
			.with(user(outsider).roles("TRAINER")).accept(MediaType.APPLICATION_JSON)));
		assertThat(seenByOutsider.get(0).get("attendance")).as("no attendance of clients outside their care team").isEmpty();

		api(post("/api/v1/group-programs/{id}/meetings/{m}/sign", group, first), "").andExpect(status().isOk())
			.andExpect(jsonPath("$.signedAt").isNotEmpty());
		assertThat(body(api(get("/api/v1/clients/{id}/sessions", ada), "")).get(0).get("status").asText()).isEqualTo("SIGNED");
		api(post("/api/v1/group-programs/{id}/meetings/{m}/sign", group, first), "").andExpect(status().isConflict());
	}

	@Test
	void manyWarningsAreKeptWithinTheColumnAndSayHowManyMore() {
		List<String> warnings = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			warnings.add("Not for this client: exercise " + i + " (" + "a long reason, RULE-" + i + "; ".repeat(5) + ").");
		}
		String stored = GroupService.stored(warnings);
		assertThat(stored.length()).isLessThanOrEqualTo(4000);
		assertThat(stored).startsWith(warnings.get(0)).containsPattern("… and \\d+ more: see the client's exercise options\\.$");
		assertThat(GroupService.stored(warnings.subList(0, 2))).isEqualTo(warnings.get(0) + "\n" + warnings.get(1));
	}

	/** A group of eight daily meetings at 06:00 from {@code startsOn} (next week when null), led by the trainer. */
	private String group(int capacity, LocalDate startsOn) throws Exception {
		return id(api(post("/api/v1/group-programs"), """
				{"name":"%s","conditionCode":"TYPE_2_DIABETES","capacity":%d,"startsOn":"%s","sessions":8,"leader":"%s",
				 "days":["MONDAY","TUESDAY","WEDNESDAY","THURSDAY","FRIDAY","SATURDAY","SUNDAY"],"time":"06:00","minutes":55}"""
			.formatted(Fixtures.unique("Group"), capacity, startsOn == null ? LocalDate.now().plusWeeks(1) : startsOn, trainer))
			.andExpect(status().isCreated()));
	}

	/** Books the client one-to-one with a staff member at the time of a group meeting, as the owner. */
	private ResultActions book(UUID client, String staff, JsonNode meeting) throws Exception {
		return mvc.perform(post("/api/v1/appointments").with(user("owner").roles("OWNER")).accept(MediaType.APPLICATION_JSON)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"clientId\":\"%s\",\"staffUsername\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"kind\":\"ONE_TO_ONE\"}"
				.formatted(client, staff, meeting.get("start").asText(), meeting.get("end").asText())));
	}

	private ResultActions enroll(String group, UUID client) throws Exception {
		return api(post("/api/v1/group-programs/{id}/enrollments", group), "{\"clientId\":\"" + client + "\"}");
	}

	private ResultActions api(MockHttpServletRequestBuilder request, String body) throws Exception {
		request.with(user(trainer).roles("TRAINER")).accept(MediaType.APPLICATION_JSON);
		if (!body.isEmpty()) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return mvc.perform(request);
	}

}
