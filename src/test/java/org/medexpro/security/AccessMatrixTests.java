package org.medexpro.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.medexpro.clients.ClientDetails;
import org.medexpro.physicians.PhysicianData;
import org.medexpro.physicians.PhysicianService;
import org.medexpro.programs.Program;
import org.medexpro.programs.ProgramEntry;
import org.medexpro.reports.DocumentKind;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * The executable access matrix (src/test/resources/access-matrix.txt): every route the
 * application has, read from Spring's handler mappings, must have a row; each row is
 * called as each role, as a trainer outside the client's care team, and anonymously.
 */
@MedexIntegrationTest
class AccessMatrixTests {

	enum Caller {

		OWNER, TRAINER, OUTSIDER, FRONT_DESK, BILLING

	}

	record Row(String method, String path, String[] expected, String body) {

		String route() {
			return method + " " + path;
		}

		boolean api() {
			return path.startsWith("/api/");
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PhysicianService physicians;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	org.medexpro.assessment.GoalService goals;

	@Autowired
	org.medexpro.scheduling.SchedulingService scheduling;

	@Test
	void listsEveryRouteOfTheApplication() throws IOException {
		Set<String> routes = new TreeSet<>();
		context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values().forEach(mapping ->
				mapping.getHandlerMethods().keySet().forEach(info -> {
					Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
					for (String pattern : info.getPatternValues()) {
						if (methods.isEmpty()) {
							routes.add("ANY " + pattern);
						}
						methods.forEach(m -> routes.add(m.name() + " " + pattern));
					}
				}));
		Set<String> listed = new TreeSet<>(rows().stream().map(Row::route).toList());
		assertThat(routes).as("routes without a row in access-matrix.txt").isSubsetOf(listed);
		assertThat(listed).as("rows of access-matrix.txt for routes that do not exist").isSubsetOf(routes);
	}

	@TestFactory
	Stream<DynamicTest> givesEachRoleTheExpectedAccess() throws IOException {
		List<DynamicTest> tests = new ArrayList<>();
		String trainer = fixtures.staffMember(Role.TRAINER);
		String outsider = fixtures.staffMember(Role.TRAINER);
		String frontDesk = fixtures.staffMember(Role.FRONT_DESK);
		String billing = fixtures.staffMember(Role.BILLING);
		String other = fixtures.staffMember(Role.TRAINER);
		for (Row row : rows()) {
			for (Caller caller : Caller.values()) {
				String expected = row.expected()[caller.ordinal()];
				if (expected.equals("-")) {
					continue;
				}
				tests.add(DynamicTest.dynamicTest(row.route() + " as " + caller, () -> {
					String username = switch (caller) {
						case OWNER -> MedexIntegrationTest.OWNER;
						case TRAINER -> trainer;
						case OUTSIDER -> outsider;
						case FRONT_DESK -> frontDesk;
						case BILLING -> billing;
					};
					Role role = switch (caller) {
						case OWNER -> Role.OWNER;
						case TRAINER, OUTSIDER -> Role.TRAINER;
						case FRONT_DESK -> Role.FRONT_DESK;
						case BILLING -> Role.BILLING;
					};
					MvcResult result = mvc.perform(request(row, username, trainer, other)
						.with(user(username).roles(role.name()))).andReturn();
					assertThat(result.getResponse().getStatus()).as(row.route() + " as " + caller)
						.isEqualTo(Integer.parseInt(expected));
				}));
			}
			if (!row.path().startsWith("/error") && !row.path().contains("**")) {
				tests.add(DynamicTest.dynamicTest(row.route() + " anonymously", () -> {
					MvcResult result = mvc.perform(request(row, "anonymous", trainer, other)).andReturn();
					if (row.path().equals("/login") || row.path().equals("/actuator/health")) {
						assertThat(result.getResponse().getStatus()).isEqualTo(200);
					}
					else if (row.api()) {
						assertThat(result.getResponse().getStatus()).isEqualTo(401);
					}
					else {
						assertThat(result.getResponse().getStatus()).isEqualTo(302);
						assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login");
					}
				}));
			}
		}
		return tests.stream();
	}

	private static final java.util.concurrent.atomic.AtomicInteger SLOTS = new java.util.concurrent.atomic.AtomicInteger();

	private MockHttpServletRequestBuilder request(Row row, String caller, String trainer, String otherStaff) {
		ClientDetails client = fixtures.clientOf(trainer);
		Program program = null;
		String groupMeeting = "";
		String groupMember = "";
		String id;
		if (row.path().contains("/physicians/")) {
			id = Fixtures.as("owner", Set.of(Role.OWNER),
					() -> physicians.add(new PhysicianData("Dr. " + Fixtures.unique("Matrix"), null, null, null, null, null)))
				.id()
				.toString();
		}
		else if (row.path().contains("/goals/{")) {
			id = Fixtures.as(trainer, Set.of(Role.TRAINER),
					() -> goals.add(client.id(), "SHORT", "walk to the mailbox", null, null, null)).id().toString();
		}
		else if (row.path().contains("/tokens/")) {
			id = caller.equals("anonymous") ? UUID.randomUUID().toString()
					: Fixtures.as(caller, Set.of(Role.values()), () -> tokens.create(caller, "matrix", 1)).id().toString();
		}
		else if ((row.path().contains("{id}") || row.path().contains("{documentId}")) && (row.path().startsWith("/api/v1/documents/")
				|| row.path().startsWith("/api/v1/progress-reports/") || row.path().startsWith("/api/v1/discharges/")
				|| row.path().startsWith("/documents/"))) {
			id = fixtures.documentOf(trainer, row.path().startsWith("/api/v1/progress-reports/") ? DocumentKind.PROGRESS_REPORT
					: row.path().startsWith("/api/v1/discharges/") ? DocumentKind.DISCHARGE_SUMMARY : DocumentKind.INTRODUCTORY_LETTER)
				.id().toString();
		}
		else if (row.path().startsWith("/api/v1/referrals/") || row.path().startsWith("/referrals/")) {
			id = fixtures.referral(trainer).id().toString();
		}
		else if (row.path().startsWith("/api/v1/follow-ups/") || row.path().startsWith("/follow-ups/")) {
			id = fixtures.followUp(trainer).id().toString();
		}
		else if (row.path().contains("{id}")
				&& (row.path().startsWith("/api/v1/appointments/") || row.path().startsWith("/schedule/appointments/"))) {
			id = fixtures.appointmentOf(trainer).id().toString();
		}
		else if (row.path().contains("{id}") && (row.path().startsWith("/api/v1/group-programs/") || row.path().startsWith("/groups/"))) {
			var group = fixtures.groupOf(trainer);
			id = group.id().toString();
			groupMeeting = scheduling.meetingsOf(group.id()).get(0).id().toString();
			if (row.path().contains("{clientId}")) {
				groupMember = fixtures.enrolledIn(trainer, group.id()).toString();
			}
		}
		else if (row.path().contains("{id}") && (row.path().startsWith("/api/v1/invoices/") || row.path().startsWith("/billing/invoices/"))) {
			id = fixtures.invoiceOf(trainer).id().toString();
		}
		else if (row.path().contains("{id}") && (row.path().startsWith("/api/v1/payers/") || row.path().startsWith("/billing/payers/"))) {
			id = fixtures.payer().id().toString();
		}
		else if (row.path().contains("{id}") && (row.path().startsWith("/api/v1/coverages/") || row.path().startsWith("/billing/coverages/"))) {
			id = fixtures.coverageOf(trainer).id().toString();
		}
		else if (row.path().contains("{id}") && (row.path().startsWith("/api/v1/memberships/") || row.path().startsWith("/billing/memberships/"))) {
			id = fixtures.membershipOf(trainer).id().toString();
		}
		else if (row.path().startsWith("/api/v1/sessions/") || row.path().startsWith("/sessions/")) {
			id = fixtures.sessionOf(trainer).id().toString();
		}
		else if (row.path().startsWith("/api/v1/programs/") || row.path().startsWith("/programs/")) {
			program = fixtures.programOf(trainer);
			id = program.id().toString();
		}
		else {
			id = client.id().toString();
		}
		String username = row.path().contains("care-team") ? trainer : otherStaff;
		ProgramEntry entry = program == null || program.exercises().isEmpty() ? null : program.exercises().get(0);
		String path = row.path().replace("{id}", id).replace("{programId}", id).replace("{sessionId}", id).replace("{documentId}", id)
			.replace("{meetingId}", groupMeeting).replace("{clientId}", groupMember)
			.replace("{batchId}", UUID.randomUUID().toString()).replace("{goalId}", id).replace("{username}", username)
			.replace("{entryId}", entry == null ? "" : entry.id().toString())
			.replace("{code}", row.path().contains("/exercises/") || row.path().contains("/exercise-flags/") ? "ANKLE_PUMPS"
					: row.path().contains("/fees/") ? "97110"
					: "KNEE_OSTEOARTHRITIS");
		String unique = Fixtures.unique("matrix");
		// A time of its own for each booking, so that no two requests clash.
		java.time.ZonedDateTime start = java.time.ZonedDateTime.of(2031, 1, 6, 0, 0, 0, 0, java.time.ZoneId.systemDefault())
			.plusHours(SLOTS.incrementAndGet());
		String body = row.body().replace("{start}", start.toOffsetDateTime().toString())
			.replace("{end}", start.plusMinutes(45).toOffsetDateTime().toString())
			.replace("{date}", start.toLocalDate().toString())
			.replace("{time}", start.toLocalTime().toString())
			.replace("{unique}", unique.toLowerCase()).replace("{UNIQUE}", unique.toUpperCase())
			.replace("{username}", username)
			.replace("{entryCode}", entry == null ? "" : entry.exerciseCode())
			.replace("{client}", client.id().toString());
		if (body.contains("{plan}")) {
			body = body.replace("{plan}", fixtures.plan().id().toString());
		}
		if (body.contains("{physician}")) {
			body = body.replace("{physician}", Fixtures.as("owner", Set.of(Role.OWNER),
					() -> physicians.add(new PhysicianData("Dr. " + Fixtures.unique("Clear"), null, null, null, null, null))).id().toString());
		}
		HttpMethod method = row.method().equals("ANY") ? HttpMethod.GET : HttpMethod.valueOf(row.method());
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(method, path);
		if (row.api()) {
			request.accept(row.path().endsWith("/pdf") || row.path().endsWith("/837p") ? MediaType.ALL : MediaType.APPLICATION_JSON);
			if (!body.isEmpty()) {
				request.contentType(MediaType.APPLICATION_JSON).content(body);
			}
		}
		else {
			request.accept(row.path().startsWith("/actuator/") || row.path().endsWith("/autosave") ? MediaType.APPLICATION_JSON
					: row.path().endsWith(".pdf") || row.path().endsWith(".837") ? MediaType.ALL : MediaType.TEXT_HTML).with(csrf());
			if (!body.isEmpty()) {
				request.contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body);
			}
		}
		return request;
	}

	static List<Row> rows() throws IOException {
		String text = new ClassPathResource("access-matrix.txt").getContentAsString(StandardCharsets.UTF_8);
		return text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> {
			String[] cells = line.split("\\|", -1);
			String[] route = cells[0].trim().split("\\s+");
			String[] expected = Arrays.stream(cells, 1, 6).map(String::trim).toArray(String[]::new);
			String body = cells.length > 6 ? cells[6].trim() : "";
			return new Row(route[0], route[1], expected, body);
		}).toList();
	}

}
