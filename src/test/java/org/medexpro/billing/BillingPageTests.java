package org.medexpro.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medexpro.security.Role;
import org.medexpro.support.Fixtures;
import org.medexpro.support.JsonAnswers;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The billing pages: invoicing signed session logs, a payment, a payer form error, the monthly run's progress. */
@MedexIntegrationTest
class BillingPageTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	String biller;

	String trainer;

	UUID client;

	@BeforeEach
	void practice() {
		biller = fixtures.staffMember(Role.BILLING);
		trainer = fixtures.staffMember(Role.TRAINER);
		client = fixtures.clientOf(trainer).id();
	}

	@Test
	void theBillerInvoicesSignedSessionsAndRecordsAPayment() throws Exception {
		UUID session = fixtures.signedSessionOf(trainer, client).id();
		mvc.perform(as(get("/billing/clients/" + client)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("to invoice"), containsString("value=\"" + session + "\""))));

		String location = mvc.perform(as(post("/billing/clients/" + client + "/invoices")).param("sessionIds", session.toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", containsString("issued")))
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/billing/invoices/");
		// 30 minutes of 97110 are 2 units at the standard fee.
		mvc.perform(as(get(location)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("97110"), containsString(">2<"), containsString("Superbill (PDF)"))));

		mvc.perform(as(post(location + "/payments")).param("amount", "10.00").param("method", "CARD"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("message", containsString("Payment recorded")));
		Invoice invoice = invoice(location);
		assertThat(invoice.paid()).isEqualTo(Money.parse("10.00"));
		mvc.perform(as(get("/billing")))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("#" + invoice.number()), containsString(invoice.balance().toString()))));

		// The same session log is not invoiced twice: it shows as invoiced, with nothing left to invoice.
		mvc.perform(as(get("/billing/clients/" + client)))
			.andExpect(content().string(allOf(containsString("invoiced"), containsString("#" + invoice.number()))));
		mvc.perform(as(post("/billing/clients/" + client + "/invoices")).param("sessionIds", session.toString()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", containsString("invoiced")));
	}

	@Test
	void theFrontDeskIsToldWhenAVisitItBooksFallsAfterThePreAuthorisation() throws Exception {
		String payer = owner(post("/api/v1/payers"), """
				{"name":"%s","kind":"COMMERCIAL","acceptsPractice":true,"requiresAuthorization":true}"""
			.formatted(Fixtures.unique("Pine Health")));
		LocalDate ends = LocalDate.now().plusDays(10);
		owner(post("/api/v1/clients/{id}/coverages", client), """
				{"payerId":"%s","memberId":"PH-1","authorizationNumber":"A-1","authorizedVisits":12,"authorizedFrom":"%s","authorizedTo":"%s"}"""
			.formatted(payer, LocalDate.now().minusDays(20), ends));
		String frontDesk = fixtures.staffMember(Role.FRONT_DESK);
		LocalDate within = ends.minusDays(3);
		LocalDate after = ends.plusDays(4);
		for (LocalDate day : List.of(within, after)) {
			mvc.perform(post("/schedule/new").with(user(frontDesk).roles("FRONT_DESK")).with(csrf()).param("clientId", client.toString())
				.param("staffUsername", trainer).param("date", day.toString()).param("time", "10:30").param("minutes", "45")
				.param("kind", "ONE_TO_ONE"))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("message", day.equals(after)
						? containsString("the visit on " + after + " is after the authorisation ends (" + ends + ")")
						: allOf(containsString("The authorisation ends on " + ends + ": ask for an extension now."),
								not(containsString("is after the authorisation ends")))));
		}
	}

	private String owner(MockHttpServletRequestBuilder request, String json)
			throws Exception {
		return JsonAnswers.body(mvc.perform(request.with(user("owner").roles("OWNER")).contentType(MediaType.APPLICATION_JSON)
			.content(json).accept(MediaType.APPLICATION_JSON)).andExpect(status().isCreated())).get("id").asText();
	}

	@Test
	void aPaymentThatIsNotAnAmountIsRefusedAndNothingIsStored() throws Exception {
		fixtures.signedSessionOf(trainer, client);
		String location = mvc.perform(as(post("/billing/clients/" + client + "/invoices")))
			.andReturn().getResponse().getRedirectedUrl();
		mvc.perform(as(post(location + "/payments")).param("amount", "ten").param("method", "CARD"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", containsString("amount")));
		// Tampered forms are bad requests, not failures of the server.
		mvc.perform(as(post(location + "/payments")).param("amount", "10.00").param("method", "BITCOIN"))
			.andExpect(status().isBadRequest());
		mvc.perform(as(post("/billing/clients/" + client + "/invoices")).param("coverageId", "not-a-coverage"))
			.andExpect(status().isBadRequest());
		assertThat(invoice(location).payments()).isEmpty();
	}

	@Test
	void aPayerWithoutANameIsRefusedNamingTheField() throws Exception {
		long before = jdbc.sql("select count(*) from payers").query(Long.class).single();
		mvc.perform(as(post("/billing/payers")).param("name", " ").param("kind", "COMMERCIAL").param("unitMethod", "CMS"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("error", containsString("name")));
		assertThat(jdbc.sql("select count(*) from payers").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void theMonthlyRunShowsItsProgressAndChargesEachMembershipOnce() throws Exception {
		UUID membership = fixtures.membershipOf(trainer).id();
		String month = YearMonth.now().plusMonths(13).toString();
		assertThat(poll(runOnce(month))).contains("Run for " + month + " finished").containsPattern("[1-9]\\d* charged");
		assertThat(poll(runOnce(month))).containsPattern("[1-9]\\d* already charged");
		assertThat(jdbc.sql("select count(*) from membership_charges where membership_id = ? and period = ?")
			.params(membership, month).query(Long.class).single()).isEqualTo(1);
	}

	private String runOnce(String month) throws Exception {
		String location = mvc.perform(as(post("/billing/membership-runs")).param("period", month))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		assertThat(location).startsWith("/billing?run=");
		mvc.perform(as(get(location))).andExpect(status().isOk()).andExpect(content().string(containsString("<progress")));
		return location.substring("/billing?run=".length());
	}

	private String poll(String run) throws Exception {
		for (int i = 0; i < 100; i++) {
			String fragment = mvc.perform(as(get("/billing/membership-runs/" + run))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
			if (fragment.contains("finished")) {
				return fragment;
			}
			Thread.sleep(100);
		}
		throw new AssertionError("the run did not finish in 10 s");
	}

	private Invoice invoice(String location) {
		UUID id = UUID.fromString(location.substring("/billing/invoices/".length()));
		return Fixtures.as(biller, java.util.Set.of(Role.BILLING), () -> invoices.get(id));
	}

	@Autowired
	InvoiceService invoices;

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request) {
		return request.with(user(biller).roles("BILLING")).with(csrf()).accept(MediaType.TEXT_HTML);
	}

}
