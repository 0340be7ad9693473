package org.medexpro.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.medexpro.audit.AuditTrail;
import org.medexpro.clients.ClientData;
import org.medexpro.clients.ClientDetails;
import org.medexpro.clients.ClientListItem;
import org.medexpro.clients.ClientService;
import org.medexpro.clients.ClientStatus;
import org.medexpro.clients.Sex;
import org.medexpro.physicians.PhysicianData;
import org.medexpro.physicians.PhysicianService;
import org.medexpro.programs.Program;
import org.medexpro.security.ApiTokenService;
import org.medexpro.security.Role;
import org.medexpro.shared.ConflictException;
import org.medexpro.support.Fixtures;
import org.medexpro.support.RequiresPostgres;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The production profile on a real PostgreSQL 15: the same Flyway migrations, the
 * repositories, optimistic locking, the audit chain under concurrency, and the API.
 */
@RequiresPostgres
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=${MEDEX_TEST_POSTGRES_URL}",
		"spring.datasource.username=${MEDEX_TEST_POSTGRES_USERNAME:postgres}",
		"spring.datasource.password=${MEDEX_TEST_POSTGRES_PASSWORD:}" })
@ActiveProfiles("postgres")
@AutoConfigureMockMvc
class PostgresProfileTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ClientService clients;

	@Autowired
	PhysicianService physicians;

	@Autowired
	AuditTrail audit;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	Fixtures fixtures;

	@Autowired
	MockMvc mvc;

	@org.springframework.boot.test.web.server.LocalServerPort
	int port;

	/** The slot tables' keys hold on PostgreSQL too: 50 bookings of one slot at once, over real HTTP, make one appointment. */
	@Test
	void fiftyConcurrentBookingsOfOneSlotMakeExactlyOneAppointment() throws Exception {
		String trainer = fixtures.staffMember(Role.TRAINER);
		String token = asOwner(() -> tokens.create("owner", "booking race", 1)).token();
		java.time.OffsetDateTime start = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).plusDays(10)
			.truncatedTo(java.time.temporal.ChronoUnit.HOURS);
		// Fifty different clients, so that only the staff member's slots stand between the bookings.
		List<String> bodies = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			bodies.add("{\"clientId\":\"%s\",\"staffUsername\":\"%s\",\"start\":\"%s\",\"end\":\"%s\",\"kind\":\"ONE_TO_ONE\"}"
				.formatted(fixtures.clientOf(trainer).id(), trainer, start, start.plusMinutes(60)));
		}
		java.util.Map<Integer, Integer> answers = new java.util.TreeMap<>();
		org.medexpro.support.ConcurrentRequests.post("http://127.0.0.1:" + port + "/api/v1/appointments", token, bodies)
			.forEach(answer -> answers.merge(answer.statusCode(), 1, Integer::sum));
		assertThat(answers).containsEntry(201, 1).containsEntry(409, 49);
		assertThat(jdbc.sql("select count(*) from appointments where staff_username = ?").param(trainer).query(Long.class).single())
			.isEqualTo(1);
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void runsEveryMigrationOnPostgres() {
		assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL");
		List<String> failed = jdbc.sql("select script from flyway_schema_history where success = false").query(String.class).list();
		assertThat(failed).isEmpty();
		assertThat(jdbc.sql("select count(*) from flyway_schema_history where version is not null").query(Long.class).single())
			.isGreaterThanOrEqualTo(4);
	}

	@Test
	void storesFindsAndEditsClientsWithOptimisticLocking() {
		String last = Fixtures.unique("Pgclient");
		ClientDetails client = asOwner(() -> clients.register(new ClientData("Ruth", last, LocalDate.of(1949, 7, 1),
				Sex.FEMALE, "ruth@mail.example", "555-0100", "1 Elm Street", "Riverton", "ME", "04001", "Sam", "555-0101",
				"Son", true, LocalDate.of(2026, 11, 2))));
		List<ClientListItem> found = asOwner(() -> clients.search(last.substring(0, 7).toLowerCase()));
		assertThat(found).extracting(ClientListItem::id).contains(client.id());
		assertThat(asOwner(() -> clients.search("1949-07-01"))).extracting(ClientListItem::id).contains(client.id());

		ClientDetails edited = asOwner(() -> clients.update(client.id(), 0, ClientData.of("Ruth", last, LocalDate.of(1949, 7, 1), Sex.FEMALE)));
		assertThat(edited.version()).isEqualTo(1);
		assertThatThrownBy(() -> asOwner(() -> clients.update(client.id(), 0, ClientData.of("Ruth", "Stale", LocalDate.of(1949, 7, 1), Sex.FEMALE))))
			.isInstanceOf(ConflictException.class);
		assertThat(asOwner(() -> clients.changeStatus(client.id(), ClientStatus.INTAKE, "booked")).status()).isEqualTo(ClientStatus.INTAKE);
		assertThat(asOwner(() -> clients.statusHistory(client.id()))).hasSize(2);
	}

	@Test
	void keepsTheAuditChainIntactUnderConcurrentWrites() throws Exception {
		String trainer = fixtures.staffMember(Role.TRAINER);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		for (int i = 0; i < 40; i++) {
			pool.submit(() -> fixtures.clientOf(trainer));
		}
		pool.shutdown();
		assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void servesTheApiWithBasicAndTokenAuthentication() throws Exception {
		mvc.perform(post("/api/v1/clients").with(httpBasic("owner", "Practice-Test-Secret-2026"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"firstName":"Walter","lastName":"%s","dateOfBirth":"1944-02-29","sex":"MALE"}""".formatted(Fixtures.unique("Pg"))))
			.andExpect(status().isCreated());
		String token = asOwner(() -> tokens.create("owner", "pg", 1)).token();
		mvc.perform(get("/api/v1/audit/verification").header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$.intact").value(true));
		String npi = Fixtures.freshNpi();
		asOwner(() -> physicians.add(new PhysicianData("Dr. " + Fixtures.unique("Pg"), null, null, null, null, npi)));
		mvc.perform(post("/api/v1/physicians").with(user("owner").roles("OWNER"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Dr. Twin\",\"npi\":\"" + npi + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("npi"));
	}

	@Test
	void programsAndSessionLogsFromTheGateToTheAddendum() throws Exception {
		String trainer = fixtures.staffMember(Role.TRAINER);
		Program program = fixtures.programOf(trainer);
		String client = program.clientId().toString();
		java.time.OffsetDateTime end = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(5);
		String body = """
				{"startedAt":"%s","endedAt":"%s","preVitals":{"systolic":128,"diastolic":80,"heartRate":70},
				 "minutes":{"STRENGTH_RANGE_ENDURANCE":30},
				 "entries":[{"exerciseCode":"ANKLE_PUMPS","sets":2,"reps":15,"rpe":11,"painBefore":1,"painAfter":4,"tolerance":"GOOD"},
				            {"exerciseCode":"ANKLE_PUMPS","durationMinutes":5}]}""".formatted(end.minusMinutes(40), end);
		String id = com.jayway.jsonpath.JsonPath.read(mvc.perform(post("/api/v1/clients/{id}/sessions", client)
			.with(user(trainer).roles("TRAINER")).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.entries[0].flags[0].limit").value("PAIN_RISE_AT_LEAST_2"))
			.andReturn().getResponse().getContentAsString(), "$.id");
		mvc.perform(post("/api/v1/sessions/{id}/sign", id).with(user(trainer).roles("TRAINER"))).andExpect(status().isOk());
		mvc.perform(post("/api/v1/sessions/{id}/addenda", id).with(user(trainer).roles("TRAINER"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"Pain settled by the evening.\"}"))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/sessions/{id}", id).with(user(trainer).roles("TRAINER")))
			.andExpect(jsonPath("$.intact").value(true))
			.andExpect(jsonPath("$.entries[1].durationMinutes").value(5))
			.andExpect(jsonPath("$.addenda[0].text").value("Pain settled by the evening."));
		mvc.perform(get("/api/v1/documentation/late").with(user(trainer).roles("TRAINER"))).andExpect(status().isOk());
		mvc.perform(get("/api/v1/clients/{id}/tolerance", client).with(user(trainer).roles("TRAINER")))
			.andExpect(jsonPath("$.sessions[0].painAfter").value(4));
		mvc.perform(get("/api/v1/clients/{id}/exercise-options", client).with(user(trainer).roles("TRAINER")))
			.andExpect(status().isOk());
	}

	/** An NPI with a valid check digit that this database has not seen (the database outlives a run). */
	private static <T> T asOwner(java.util.function.Supplier<T> work) {
		return Fixtures.as("owner", Set.of(Role.OWNER), work);
	}

}
