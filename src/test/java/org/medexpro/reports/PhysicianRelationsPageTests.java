package org.medexpro.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medexpro.physicians.PhysicianData;
import org.medexpro.physicians.PhysicianService;
import org.medexpro.security.Role;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.ObjectMapper;

/** One physician's page: the clients they referred (by referral or on the intake), what was sent back, their outcomes. */
@MedexIntegrationTest
class PhysicianRelationsPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PhysicianService physicians;

	@Autowired
	ObjectMapper json;

	String trainer;

	@BeforeEach
	void trainer() {
		trainer = fixtures.staffMember(Role.TRAINER);
	}

	@Test
	void thePhysiciansPageCountsTheirClientsByReferralAndIntakeTheReportsSentAndTheOutcomesAchieved() throws Exception {
		UUID physician = physician();
		UUID other = physician();
		UUID byReferral = client(physician, Fixtures.unique("ByReferral"));
		api("/api/v1/referrals", """
				{"physicianId":"%s","clientId":"%s","icd10":"M17.12","reason":"left knee: strengthening","receivedOn":"%s"}"""
			.formatted(physician, byReferral, LocalDate.now().minusDays(40)));
		measure(byReferral, "TUG", "15.2", 30);
		measure(byReferral, "TUG", "11.8", 1);
		measure(byReferral, "CST30", "7", 30);
		measure(byReferral, "CST30", "8", 1);
		UUID byIntake = client(physician, Fixtures.unique("ByIntake"));
		measure(byIntake, "SMWT", "310", 30);
		measure(byIntake, "SMWT", "372", 1);
		String report = json.readTree(api("/api/v1/clients/" + byIntake + "/progress-reports", "")).get("id").asText();
		api("/api/v1/documents/" + report + "/sign", "");
		api("/api/v1/documents/" + report + "/send", "{\"channel\":\"FAX\"}");
		api("/api/v1/referrals", """
				{"physicianId":"%s","icd10":"M16.11","reason":"right hip: not registered yet","receivedOn":"%s"}"""
			.formatted(physician, LocalDate.now()));
		UUID elsewhere = client(other, Fixtures.unique("Elsewhere"));
		fixtures.signedSessionOf(trainer, byReferral);
		fixtures.signedSessionOf(trainer, byIntake);
		// Registered and cleared, but not yet trained: referred, not yet a client who trains with us.
		UUID notYet = client(physician, Fixtures.unique("NotYet"));

		String page = mvc.perform(get("/physicians/{id}/relations", physician).with(user(trainer).roles("TRAINER")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(text(page)).contains("Clients referred: 4 (training or trained with us: 2)",
				"Documents sent back: 1 (progress reports: 1)", "Measures of their clients improved beyond the MCID: 2 of 3");
		assertThat(row(page, byReferral)).contains(LocalDate.now().minusDays(40).toString(), "M17.12", "Active", "documents: 0",
				"1 of 2 measures improved beyond the MCID");
		assertThat(row(page, byIntake)).contains("named on the intake", "Active", "documents: 1",
				"1 of 1 measures improved beyond the MCID");
		assertThat(text(page)).contains("right hip: not registered yet", "not registered yet");
		assertThat(rowHtml(page, notYet)).contains("class=\"status\"").doesNotContain("status good");
		assertThat(rowHtml(page, byIntake)).contains("status good");
		assertThat(page).doesNotContain(elsewhere.toString());
		assertThat(page.split("data-client=\"" + byReferral + "\"", -1)).as("a client referred twice is one row").hasSize(2);
	}

	@Test
	void aCallAndAGatekeeperAreLoggedFromThePhysiciansPage() throws Exception {
		UUID physician = physician();
		String page = page(physician);
		assertThat(page).contains("<option value=\"PHONE\">phone</option>", "<option value=\"FAX\">fax</option>",
				"<option value=\"NURSE\">");

		mvc.perform(post("/physicians/{id}/communications", physician).with(user(trainer).roles("TRAINER")).with(csrf())
			.param("kind", "CALL").param("channel", "PHONE").param("subject", "Asked about the knee brace"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", "Logged."));
		mvc.perform(post("/physicians/{id}/gatekeepers", physician).with(user(trainer).roles("TRAINER")).with(csrf())
			.param("name", "Pat Office").param("role", "NURSE").param("back", "relations"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrl("/physicians/" + physician + "/relations"));

		assertThat(text(page(physician))).contains("Asked about the knee brace", "phone", "Pat Office");
	}

	@Test
	void aReferralIsLinkedToTheClientFromThePhysiciansPageAndOnlyMovedByWhoMayOpenIt() throws Exception {
		UUID physician = physician();
		String referral = json.readTree(api("/api/v1/referrals", """
				{"physicianId":"%s","icd10":"M17.12","reason":"left knee: strengthening","receivedOn":"%s"}"""
			.formatted(physician, LocalDate.now()))).get("id").asText();
		assertThat(page(physician)).contains("/referrals/" + referral + "/client");
		UUID client = client(physician, Fixtures.unique("Linked"));

		mvc.perform(post("/referrals/{id}/client", referral).with(user(trainer).roles("TRAINER")).with(csrf())
			.param("version", "0").param("physicianId", physician.toString()))
			.andExpect(flash().attribute("error", "The client: choose the client the referral is for."));
		mvc.perform(post("/referrals/{id}/client", referral).with(user(trainer).roles("TRAINER")).with(csrf())
			.param("clientId", client.toString()).param("version", "0").param("physicianId", physician.toString()))
			.andExpect(redirectedUrl("/physicians/" + physician + "/relations"))
			.andExpect(flash().attribute("message", containsString("is now the client's")));
		assertThat(row(page(physician), client)).contains("M17.12", "left knee: strengthening");

		String outsider = fixtures.staffMember(Role.TRAINER);
		UUID theirs = fixtures.clientOf(outsider).id();
		mvc.perform(post("/referrals/{id}/client", referral).with(user(outsider).roles("TRAINER")).with(csrf())
			.param("clientId", theirs.toString()).param("version", "1"))
			.andExpect(status().isNotFound());
	}

	@Test
	void aCallAboutOneClientIsLoggedFromTheirDocumentsPageAndShowsOnThePhysiciansToo() throws Exception {
		UUID physician = physician();
		UUID client = client(physician, Fixtures.unique("Called"));
		mvc.perform(post("/clients/{id}/communications", client).with(user(trainer).roles("TRAINER")).with(csrf())
			.param("physicianId", physician.toString()).param("kind", "CALL").param("channel", "PHONE").param("subject", " "))
			.andExpect(flash().attribute("error", containsString("subject")));
		mvc.perform(post("/clients/{id}/communications", client).with(user(trainer).roles("TRAINER")).with(csrf())
			.param("physicianId", physician.toString()).param("kind", "CALL").param("channel", "PHONE")
			.param("subject", "Asked whether stairs are allowed"))
			.andExpect(flash().attribute("message", "Logged."));
		String documents = mvc.perform(get("/clients/{id}/documents", client).with(user(trainer).roles("TRAINER")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(documents).contains("Asked whether stairs are allowed", "id=\"log-communication\"");
		assertThat(page(physician)).contains("Asked whether stairs are allowed");
	}

	@Test
	void aPhysicianVisitRecordedByMistakeIsTakenBack() throws Exception {
		UUID physician = physician();
		UUID client = client(physician, Fixtures.unique("Visit"));
		LocalDate visitOn = LocalDate.now().plusDays(12);
		mvc.perform(post("/clients/{id}/physician-visits", client).with(user(trainer).roles("TRAINER")).with(csrf())
			.param("visitOn", visitOn.toString()).param("physicianId", physician.toString()))
			.andExpect(flash().attribute("message", containsString("recorded")));
		String documents = documentsPage(client);
		assertThat(documents).contains(visitOn + " with Dr. Relations");
		String visit = documents.replaceAll("(?s).*name=\"visitId\" value=\"([0-9a-f-]{36})\".*", "$1");

		mvc.perform(post("/clients/{id}/physician-visits/cancel", client).with(user(trainer).roles("TRAINER")).with(csrf())
			.param("visitId", UUID.randomUUID().toString()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/clients/{id}/physician-visits/cancel", client).with(user(trainer).roles("TRAINER")).with(csrf())
			.param("visitId", visit))
			.andExpect(flash().attribute("message", "The physician visit was taken back."));
		assertThat(documentsPage(client)).doesNotContain(visitOn + " with");
	}

	private String documentsPage(UUID client) throws Exception {
		return mvc.perform(get("/clients/{id}/documents", client).with(user(trainer).roles("TRAINER")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private String page(UUID physician) throws Exception {
		return mvc.perform(get("/physicians/{id}/relations", physician).with(user(trainer).roles("TRAINER")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
	}

	private UUID physician() {
		String name = "Dr. " + Fixtures.unique("Relations");
		return Fixtures.as("owner", Set.of(Role.OWNER),
				() -> physicians.add(new PhysicianData(name, "Riverton Orthopaedics", null, "555-0102", null, null))).id();
	}

	/** A client of the trainer whose intake names the physician, with consent to share. */
	private UUID client(UUID physician, String lastName) throws Exception {
		UUID client = UUID.fromString(json.readTree(api("/api/v1/clients", "{\"firstName\":\"Ada\",\"lastName\":\"" + lastName
				+ "\",\"dateOfBirth\":\"1950-02-03\",\"sex\":\"FEMALE\",\"consentToShare\":true,\"consentDate\":\""
				+ LocalDate.now().minusDays(1) + "\"}")).get("id").asText());
		api("/api/v1/clients/" + client + "/intake", """
				{"referringPhysicianId":"%s","conditions":[{"code":"KNEE_OSTEOARTHRITIS","side":"LEFT","eventDate":"2019-04-01","icd10":"M17.12"}],
				 "restingVitals":{"systolic":128,"diastolic":80,"heartRate":70}}""".formatted(physician));
		return client;
	}

	private void measure(UUID client, String code, String value, int daysAgo) throws Exception {
		api("/api/v1/clients/" + client + "/measurements",
				"{\"measureCode\":\"" + code + "\",\"value\":" + value + ",\"measuredOn\":\"" + LocalDate.now().minusDays(daysAgo) + "\"}");
	}

	private String api(String path, String body) throws Exception {
		var request = post(path).with(user(trainer).roles("TRAINER")).accept(MediaType.APPLICATION_JSON);
		if (!body.isEmpty()) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return mvc.perform(request).andExpect(status().is2xxSuccessful()).andReturn().getResponse().getContentAsString();
	}

	/** The text of the page's row for the client, tags removed. */
	private static String rowHtml(String page, UUID client) {
		int start = page.indexOf("data-client=\"" + client + "\"");
		assertThat(start).as("a row for " + client).isNotNegative();
		return page.substring(start, page.indexOf("</tr>", start));
	}

	private static String row(String page, UUID client) {
		int start = page.indexOf("data-client=\"" + client + "\"");
		assertThat(start).as("a row for " + client).isNotNegative();
		return text(page.substring(start, page.indexOf("</tr>", start)));
	}

	private static String text(String html) {
		return html.replaceAll("<[^>]*>", " ").replace("&#39;", "'").replaceAll("\\s+", " ");
	}

}
