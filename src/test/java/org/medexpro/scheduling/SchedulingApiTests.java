package org.medexpro.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.medexpro.support.JsonAnswers.body;
import static org.medexpro.support.JsonAnswers.id;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medexpro.security.ApiTokenService;
import org.medexpro.security.Role;
import org.medexpro.sessions.Attendance;
import org.medexpro.sessions.ServiceKind;
import org.medexpro.sessions.SessionLog;
import org.medexpro.sessions.SessionLogService;
import org.medexpro.sessions.SessionRequest;
import org.medexpro.sessions.ToleranceTrend;
import org.medexpro.sessions.UnsignedLog;
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

/** The calendar over the API: no double booking, series, cancellations, no-shows, clearance, reminders. */
@MedexIntegrationTest
class SchedulingApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectMapper json;

	@Autowired
	GreenMail mail;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	SessionLogService sessions;

	@LocalServerPort
	int port;

	String trainer;

	/** A Monday a few weeks ahead, 09:00 in the practice's time zone. */
	ZonedDateTime monday;

	@BeforeEach
	void trainer() {
		trainer = fixtures.staffMember(Role.TRAINER);
		monday = LocalDate.now().plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.MONDAY)).atTime(9, 0)
			.atZone(ZoneId.systemDefault());
	}

	@Test
	void nobodyIsBookedTwiceAtOnceAndACancellationGivesTheTimeBack() throws Exception {
		UUID ada = client();
		UUID bob = client();
		String first = book(ada, trainer, monday, 60, "ONE_TO_ONE").andExpect(status().isCreated())
			.andExpect(header().string("Location", containsString("/api/v1/appointments/")))
			.andExpect(jsonPath("$.status").value("BOOKED"))
			.andReturn().getResponse().getContentAsString();
		String id = json.readTree(first).get("id").asText();

		book(bob, trainer, monday.plusMinutes(30), 60, "ONE_TO_ONE").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("staff member already has an appointment")))
			.andExpect(jsonPath("$.clashes[0].with").value("staffUsername"))
			.andExpect(jsonPath("$.clashes[0].appointmentId").value(id));
		String other = fixtures.staffMember(Role.TRAINER);
		book(ada, other, monday.plusMinutes(55), 30, "ONE_TO_ONE").andExpect(status().isConflict())
			.andExpect(jsonPath("$.clashes[0].with").value("clientId"));
		assertThat(appointmentsOf(bob)).isZero();

		book(bob, trainer, monday.plusMinutes(60), 60, "ONE_TO_ONE").andExpect(status().isCreated());
		api(post("/api/v1/appointments/{id}/cancel", id), "{\"reason\":\"client called: a family commitment\"}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].status").value("CANCELLED"))
			.andExpect(jsonPath("$[0].cancelReason").value("client called: a family commitment"));
		// 08:30 to 10:05 overlaps bob's 10:00 by five minutes; to 10:00 it fits.
		book(bob, trainer, monday.minusMinutes(30), 95, "ONE_TO_ONE").andExpect(status().isConflict());
		book(bob, trainer, monday.minusMinutes(30), 60, "RE_ASSESSMENT").andExpect(status().isCreated());
	}

	@Test
	void aNoShowKeepsItsTimeAndIsMarkedOnlyOnceItBegan() throws Exception {
		UUID ada = client();
		ZonedDateTime earlier = ZonedDateTime.now(ZoneId.systemDefault()).truncatedTo(ChronoUnit.HOURS).minusHours(3);
		String past = id(book(ada, trainer, earlier, 45, "ONE_TO_ONE").andExpect(status().isCreated()));
		String future = id(book(ada, trainer, monday, 45, "ONE_TO_ONE").andExpect(status().isCreated()));
		api(post("/api/v1/appointments/{id}/no-show", future), "").andExpect(status().isConflict())
			.andExpect(jsonPath("$.detail", containsString("has not started yet")));
		api(post("/api/v1/appointments/{id}/no-show", past), "").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("NO_SHOW"));
		book(client(), trainer, earlier, 45, "ONE_TO_ONE").andExpect(status().isConflict());
		api(post("/api/v1/appointments/{id}/cancel", past), "{\"reason\":\"too late\"}").andExpect(status().isConflict());
	}

	@Test
	void theSessionLogOfAnAppointmentMarksItAttendedAndANoShowIsLoggedForTheProfessional() throws Exception {
		UUID ada = client();
		UUID bob = client();
		ZonedDateTime earlier = ZonedDateTime.now(ZoneId.systemDefault()).truncatedTo(ChronoUnit.HOURS).minusHours(3);
		String adas = id(book(ada, trainer, earlier, 45, "ONE_TO_ONE"));
		String bobs = id(book(bob, trainer, earlier.minusDays(1), 45, "ONE_TO_ONE"));

		// The trainer logs Ada's session a few minutes into the appointment: the calendar has her attended.
		OffsetDateTime started = earlier.plusMinutes(5).toOffsetDateTime();
		SessionLog log = Fixtures.as(trainer, Set.of(Role.TRAINER), () -> sessions.create(ada, new SessionRequest(started,
				started.plusMinutes(40), Attendance.ATTENDED, Fixtures.SAFE_VITALS, null, List.of(), null,
				Map.of(ServiceKind.STRENGTH_RANGE_ENDURANCE, 30), "Trained as planned.", null)));
		api(get("/api/v1/appointments/{id}", adas), "").andExpect(jsonPath("$.status").value("ATTENDED"))
			.andExpect(jsonPath("$.sessionLogId").value(log.id().toString()));

		// Bob did not come: marking the no-show records his absence in a log of the trainer's, to sign like any other.
		String absence = body(api(post("/api/v1/appointments/{id}/no-show", bobs), "").andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("NO_SHOW"))).get("sessionLogId").asText();
		Map<String, Object> row = jdbc.sql("select client_id, author, attendance, status from session_logs where id = ?")
			.param(UUID.fromString(absence)).query().singleRow();
		assertThat(row).containsEntry("CLIENT_ID", bob).containsEntry("AUTHOR", trainer).containsEntry("ATTENDANCE", "NO_SHOW")
			.containsEntry("STATUS", "DRAFT");
		assertThat(Fixtures.as(trainer, Set.of(Role.TRAINER), () -> sessions.myUnsignedLogs()))
			.extracting(UnsignedLog::sessionId).contains(UUID.fromString(absence));
		assertThat(Fixtures.as(trainer, Set.of(Role.TRAINER), () -> sessions.tolerance(bob)).sessions())
			.extracting(ToleranceTrend.Point::attendance).containsExactly(Attendance.NO_SHOW);
		// A missed session has no minutes of service to bill.
		OffsetDateTime another = earlier.minusDays(2).toOffsetDateTime();
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> Fixtures.as(trainer, Set.of(Role.TRAINER),
				() -> sessions.create(bob, new SessionRequest(another, another.plusMinutes(30), Attendance.NO_SHOW, null, null, List.of(),
						null, Map.of(ServiceKind.STRENGTH_RANGE_ENDURANCE, 20), null, null))))
			.isInstanceOfSatisfying(org.medexpro.shared.FieldErrorsException.class,
					ex -> assertThat(ex.errors()).extracting(e -> e.field()).containsExactly("minutes"));
	}

	@Test
	void badInputNamesTheFieldAndBooksNothing() throws Exception {
		UUID ada = client();
		book(ada, trainer, monday, -30, "ONE_TO_ONE").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("end"));
		book(ada, trainer, monday.plusMinutes(3), 60, "ONE_TO_ONE").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("start"));
		book(ada, "nobody-here", monday, 60, "ONE_TO_ONE").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("staffUsername"));
		book(ada, fixtures.staffMember(Role.FRONT_DESK), monday, 60, "ONE_TO_ONE").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].message", containsString("not an exercise professional")));
		book(ada, trainer, monday, 60 * 9, "ONE_TO_ONE").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("end"));
		api(post("/api/v1/appointments"), "{\"clientId\":\"" + ada + "\",\"staffUsername\":\"" + trainer + "\",\"start\":\""
				+ monday.toOffsetDateTime() + "\",\"end\":\"" + monday.plusHours(1).toOffsetDateTime() + "\"}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("kind"));
		api(post("/api/v1/appointments"), series(ada, trainer, monday, 0)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("repeat.weeks"));
		api(post("/api/v1/appointments"), "{\"clientId\":\"" + ada + "\",\"staffUsername\":\"" + trainer
				+ "\",\"start\":\"next monday\",\"end\":\"x\",\"kind\":\"ONE_TO_ONE\"}")
			.andExpect(status().isBadRequest());
		assertThat(appointmentsOf(ada)).isZero();
	}

	@Test
	void aWeeklySeriesIsBookedWholeOrNotAtAllAndCancelledFromOneOnwards() throws Exception {
		UUID ada = client();
		String first = id(api(post("/api/v1/appointments"), series(ada, trainer, monday, 4)).andExpect(status().isCreated()));
		assertThat(instant(body(api(get("/api/v1/appointments/{id}", first), "")).get("start"))).isEqualTo(monday.toInstant());
		assertThat(appointmentsOf(ada)).isEqualTo(8);
		JsonNode week = body(api(get("/api/v1/appointments?from={from}&to={to}&staffUsername={staff}",
				monday.toLocalDate(), monday.toLocalDate().plusDays(7), trainer), ""));
		assertThat(week).hasSize(2);
		assertThat(instant(week.get(1).get("start"))).as("the Thursday").isEqualTo(monday.plusDays(3).toInstant());

		UUID bob = client();
		String other = fixtures.staffMember(Role.TRAINER);
		book(bob, other, monday.plusWeeks(2).plusDays(3).plusMinutes(30), 30, "ONE_TO_ONE").andExpect(status().isCreated());
		api(post("/api/v1/appointments"), series(bob, fixtures.staffMember(Role.TRAINER), monday, 4))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.clashes.length()").value(1))
			.andExpect(jsonPath("$.clashes[0].with").value("clientId"))
			.andExpect(jsonPath("$.detail", containsString("Nothing was booked")));
		assertThat(appointmentsOf(bob)).as("one clash in week three: none of the eight is booked").isEqualTo(1);

		JsonNode all = body(api(get("/api/v1/appointments?clientId={id}", ada), ""));
		String weekTwoMonday = all.get(2).get("id").asText();
		api(post("/api/v1/appointments/{id}/cancel", weekTwoMonday), "{\"reason\":\"moving away\",\"following\":true}")
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(6));
		assertThat(jdbc.sql("select count(*) from appointments where client_id = ? and status = 'BOOKED'").param(ada)
			.query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void aClientWaitingForClearanceHasNoTrainingBooked() throws Exception {
		UUID ada = client();
		String booked = id(book(ada, trainer, monday, 60, "ONE_TO_ONE").andExpect(status().isCreated()));
		api(post("/api/v1/clients/{id}/red-flags", ada), "{\"code\":\"CHEST_PAIN\",\"observed\":\"on the stairs\"}")
			.andExpect(status().isCreated());
		api(get("/api/v1/appointments/{id}", booked), "")
			.andExpect(jsonPath("$.status").value("CANCELLED"))
			.andExpect(jsonPath("$.cancelReason", containsString("Clearance required")));
		book(ada, trainer, monday, 60, "ONE_TO_ONE").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("CLEARANCE_REQUIRED"));
		book(ada, trainer, monday, 60, "ASSESSMENT").andExpect(status().isCreated());
	}

	@Test
	void aTrainerSeesOnlyTheirOwnClientsOnThePracticeCalendar() throws Exception {
		UUID mine = client();
		String colleague = fixtures.staffMember(Role.TRAINER);
		UUID theirs = fixtures.clientOf(colleague).id();
		book(mine, trainer, monday, 60, "ONE_TO_ONE").andExpect(status().isCreated());
		mvc.perform(post("/api/v1/appointments").with(user(colleague).roles("TRAINER")).contentType(MediaType.APPLICATION_JSON)
			.content(request(theirs, colleague, monday, 60, "ONE_TO_ONE"))).andExpect(status().isCreated());
		JsonNode day = body(api(get("/api/v1/appointments?from={d}&to={e}", monday.toLocalDate(), monday.toLocalDate().plusDays(1)), ""));
		JsonNode colleagues = null;
		JsonNode own = null;
		for (JsonNode a : day) {
			if (a.get("staffUsername").asText().equals(colleague)) {
				colleagues = a;
			}
			if (a.get("staffUsername").asText().equals(trainer)) {
				own = a;
			}
		}
		assertThat(own.get("clientId").asText()).isEqualTo(mine.toString());
		assertThat(colleagues.get("clientId").isNull()).as("another trainer's client is only 'booked'").isTrue();
	}

	@Test
	void tomorrowsRemindersGoByEmailOnlyToClientsWhoAgreedAndOnlyOnce() throws Exception {
		ZonedDateTime tomorrow = LocalDate.now().plusDays(1).atTime(7, 5).atZone(ZoneId.systemDefault());
		UUID agreed = fixtures.clientOf(trainer).id();
		UUID declined = fixtures.clientOf(trainer).id();
		String address = Fixtures.unique("ada").toLowerCase() + "@mail.example";
		setEmail(agreed, address);
		setEmail(declined, "other-" + address);
		api(put("/api/v1/clients/{id}/reminder-preference", agreed), "{\"email\":true}").andExpect(status().isOk())
			.andExpect(jsonPath("$.agreedOn").value(LocalDate.now().toString()));
		book(agreed, trainer, tomorrow, 45, "ONE_TO_ONE").andExpect(status().isCreated());
		book(declined, trainer, tomorrow.plusHours(1), 45, "ONE_TO_ONE").andExpect(status().isCreated());
		api(get("/api/v1/appointments/reminders"), "").andExpect(status().isOk());

		int before = mail.getReceivedMessages().length;
		api(post("/api/v1/appointments/reminders/send"), "").andExpect(status().isOk());
		MimeMessage[] received = mail.getReceivedMessages();
		assertThat(java.util.Arrays.stream(received).skip(before).filter(m -> to(m).equals(address))).hasSize(1);
		assertThat(java.util.Arrays.stream(received).skip(before).filter(m -> to(m).equals("other-" + address))).isEmpty();
		MimeMessage reminder = java.util.Arrays.stream(received).skip(before).filter(m -> to(m).equals(address)).findFirst().orElseThrow();
		assertThat(reminder.getContent().toString()).contains("07:05").doesNotContainIgnoringCase("training");

		int after = mail.getReceivedMessages().length;
		api(post("/api/v1/appointments/reminders/send"), "").andExpect(status().isOk());
		assertThat(java.util.Arrays.stream(mail.getReceivedMessages()).skip(after).filter(m -> to(m).equals(address))).isEmpty();
	}

	/** 50 bookings of one staff member's slot at once, over real HTTP: exactly one appointment. */
	@Test
	void fiftyConcurrentBookingsOfOneSlotMakeExactlyOneAppointment() throws Exception {
		String token = Fixtures.as("owner", Set.of(Role.OWNER), () -> tokens.create("owner", "booking race", 1)).token();
		// Fifty different clients, so that only the staff member's slots stand between the bookings.
		List<String> bodies = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			bodies.add(request(client(), trainer, monday.plusHours(4), 60, "ONE_TO_ONE"));
		}
		Map<Integer, Integer> answers = new java.util.TreeMap<>();
		ConcurrentRequests.post("http://127.0.0.1:" + port + "/api/v1/appointments", token, bodies)
			.forEach(answer -> answers.merge(answer.statusCode(), 1, Integer::sum));
		assertThat(answers).containsEntry(201, 1).containsEntry(409, 49);
		assertThat(jdbc.sql("select count(*) from appointments where staff_username = ?").param(trainer).query(Long.class).single())
			.isEqualTo(1);

		// The guarantee is the database's, not only the check before the insert: a second hold of a held slot is refused.
		Map<String, Object> held = jdbc.sql("select staff_username, slot, appointment_id from staff_slots where staff_username = ?")
			.param(trainer).query().listOfRows().get(0);
		assertThatThrownBy(() -> jdbc.sql("insert into staff_slots (staff_username, slot, appointment_id) values (?, ?, ?)")
			.params(held.get("staff_username"), held.get("slot"), held.get("appointment_id")).update())
			.isInstanceOf(org.springframework.dao.DuplicateKeyException.class);
	}

	private static java.time.Instant instant(JsonNode time) {
		return OffsetDateTime.parse(time.asText()).toInstant();
	}

	private static String to(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void setEmail(UUID client, String email) throws Exception {
		JsonNode details = body(api(get("/api/v1/clients/{id}", client), ""));
		api(put("/api/v1/clients/{id}", client), "{\"firstName\":\"Ada\",\"lastName\":\"" + details.get("lastName").asText()
				+ "\",\"dateOfBirth\":\"1956-04-02\",\"sex\":\"FEMALE\",\"email\":\"" + email + "\",\"version\":"
				+ details.get("version").asInt() + "}").andExpect(status().isOk());
	}

	private UUID client() {
		return fixtures.clientOf(trainer).id();
	}

	private long appointmentsOf(UUID client) {
		return jdbc.sql("select count(*) from appointments where client_id = ?").param(client).query(Long.class).single();
	}

	private ResultActions book(UUID client, String staff, ZonedDateTime start, int minutes, String kind) throws Exception {
		return api(post("/api/v1/appointments"), request(client, staff, start, minutes, kind));
	}

	private static String request(UUID client, String staff, ZonedDateTime start, int minutes, String kind) {
		return "{\"clientId\":\"%s\",\"staffUsername\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"kind\":\"%s\"}".formatted(client,
				staff, start.toOffsetDateTime(), start.plusMinutes(minutes).toOffsetDateTime(), kind);
	}

	/** Mondays and Thursdays, 45 minutes, for this many weeks. */
	private static String series(UUID client, String staff, ZonedDateTime start, int weeks) {
		OffsetDateTime from = start.toOffsetDateTime();
		return ("{\"clientId\":\"%s\",\"staffUsername\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"kind\":\"ONE_TO_ONE\","
				+ "\"repeat\":{\"days\":[\"THURSDAY\",\"MONDAY\"],\"weeks\":%d}}").formatted(client, staff, from, from.plusMinutes(45), weeks);
	}

	private ResultActions api(MockHttpServletRequestBuilder request, String body) throws Exception {
		request.with(user(trainer).roles("TRAINER")).accept(MediaType.APPLICATION_JSON);
		if (!body.isEmpty()) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return mvc.perform(request);
	}

}
