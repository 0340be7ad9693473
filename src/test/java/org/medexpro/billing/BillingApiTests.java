package org.medexpro.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.medexpro.support.JsonAnswers.body;
import static org.medexpro.support.JsonAnswers.id;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medexpro.assessment.AssessmentService;
import org.medexpro.assessment.IntakeData;
import org.medexpro.physicians.PhysicianData;
import org.medexpro.physicians.PhysicianService;
import org.medexpro.security.Role;
import org.medexpro.sessions.Attendance;
import org.medexpro.sessions.ServiceKind;
import org.medexpro.sessions.SessionLog;
import org.medexpro.sessions.SessionLogService;
import org.medexpro.sessions.SessionRequest;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.medexpro.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.JsonNode;

/** Billing over the API: coding, invoices only from signed logs, exact money, payers, claims, superbills, memberships. */
@MedexIntegrationTest
class BillingApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AssessmentService assessment;

	@Autowired
	PhysicianService physicians;

	@Autowired
	SessionLogService sessions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	String trainer;

	String biller;

	String npi;

	@BeforeEach
	void staff() {
		trainer = fixtures.staffMember(Role.TRAINER);
		biller = fixtures.staffMember(Role.BILLING);
		npi = Fixtures.freshNpi();
	}

	@Test
	void theTimedUnitsEndpointCodesByTheEightMinuteRuleOrTheRuleOfEights() throws Exception {
		api(post("/api/v1/billing/timed-units"), "{\"minutes\":{\"97110\":33,\"97530\":7}}")
			.andExpect(status().isOk())
			.andExpect(content().json("{\"totalMinutes\":40,\"totalUnits\":3,\"units\":{\"97110\":2,\"97530\":1}}", true));
		api(post("/api/v1/billing/timed-units"), "{\"minutes\":{\"97150\":45,\"97110\":20}}")
			.andExpect(content().json("{\"totalMinutes\":20,\"totalUnits\":1,\"units\":{\"97110\":1,\"97150\":1}}", true));
		api(post("/api/v1/billing/timed-units"), "{\"minutes\":{\"97110\":7,\"97112\":7},\"method\":\"AMA\"}")
			.andExpect(jsonPath("$.totalUnits").value(0));
		api(post("/api/v1/billing/timed-units"), "{\"minutes\":{\"99999\":10,\"97110\":-3}}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("minutes.97110"))
			.andExpect(jsonPath("$.errors[1].field").value("minutes.99999"));
		api(post("/api/v1/billing/timed-units"), "{\"minutes\":{}}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("minutes"));
	}

	@Test
	void invoicesAreMadeOnlyFromSignedLogsAndEachSessionOnce() throws Exception {
		UUID client = referredClient();
		SessionLog signed = session(client, 3, Map.of(ServiceKind.STRENGTH_RANGE_ENDURANCE, 33, ServiceKind.FUNCTIONAL_ACTIVITIES, 7), true);
		SessionLog unsigned = session(client, 2, Map.of(ServiceKind.STRENGTH_RANGE_ENDURANCE, 30), false);
		api(post("/api/v1/clients/{id}/invoices", client), "{\"sessionIds\":[\"" + unsigned.id() + "\"]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("UNSIGNED_LOG"));
		assertThat(jdbc.sql("select count(*) from invoices where client_id = ?").param(client).query(Long.class).single()).isZero();

		String invoice = id(api(post("/api/v1/clients/{id}/invoices", client), "")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.billTo").value("CLIENT"))
			.andExpect(jsonPath("$.lines.length()").value(2))
			.andExpect(jsonPath("$.lines[0].cptCode").value("97110"))
			.andExpect(jsonPath("$.lines[0].units").value(2))
			.andExpect(jsonPath("$.lines[0].amount").value("90.00"))
			.andExpect(jsonPath("$.lines[1].cptCode").value("97530"))
			.andExpect(jsonPath("$.lines[1].minutes").value(7))
			.andExpect(jsonPath("$.lines[1].amount").value("48.00"))
			.andExpect(jsonPath("$.total").value("138.00"))
			.andExpect(jsonPath("$.icd10Codes[0]").value("M17.12")));
		api(post("/api/v1/clients/{id}/invoices", client), "{\"sessionIds\":[\"" + signed.id() + "\"]}").andExpect(status().isConflict());
		api(post("/api/v1/clients/{id}/invoices", client), "").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("NOTHING_TO_INVOICE"));

		api(post("/api/v1/invoices/{id}/payments", invoice), "{\"amount\":\"100.00\",\"method\":\"CARD\"}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.status").value("OPEN"));
		api(post("/api/v1/invoices/{id}/payments", invoice), "{\"amount\":\"38.01\",\"method\":\"CASH\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("amount"))
			.andExpect(jsonPath("$.errors[0].message", containsString("$38.00")));
		api(post("/api/v1/invoices/{id}/payments", invoice), "{\"amount\":\"12.345\",\"method\":\"CASH\"}").andExpect(status().isBadRequest());
		api(post("/api/v1/invoices/{id}/payments", invoice), "{\"amount\":\"38.00\",\"method\":\"CASH\"}")
			.andExpect(jsonPath("$.status").value("PAID"))
			.andExpect(jsonPath("$.paid").value("138.00"));
		api(post("/api/v1/invoices/{id}/void", invoice), "{\"reason\":\"entered twice\"}").andExpect(status().isConflict());

		mvc.perform(get("/api/v1/invoices/{id}", invoice).with(user(trainer).roles("TRAINER"))).andExpect(status().isForbidden());
	}

	@Test
	void aVoidInvoiceGivesItsSessionsBack() throws Exception {
		UUID client = referredClient();
		// 97112 24 and 97110 23 minutes: 47 give 3 units, the third to 97112 (9 left over against 8): 2 × 46.00 + 45.00.
		session(client, 5, Map.of(ServiceKind.BALANCE_NEUROMUSCULAR, 24, ServiceKind.STRENGTH_RANGE_ENDURANCE, 23), true);
		String invoice = id(api(post("/api/v1/clients/{id}/invoices", client), "").andExpect(jsonPath("$.total").value("137.00")));
		api(post("/api/v1/invoices/{id}/void", invoice), "{}").andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
		api(post("/api/v1/invoices/{id}/void", invoice), "{\"reason\":\"wrong payer\"}").andExpect(jsonPath("$.status").value("VOID"));
		api(post("/api/v1/clients/{id}/invoices", client), "").andExpect(status().isCreated());
	}

	@Test
	void aDaysMinutesAreCodedTogetherEvenWhenItsSessionsAreInvoicedApart() throws Exception {
		UUID client = referredClient();
		OffsetDateTime morning = OffsetDateTime.now(ZoneOffset.UTC).minusDays(4).withHour(8).withMinute(0).withSecond(0).withNano(0);
		SessionLog first = session(client, morning, 30, Map.of(ServiceKind.STRENGTH_RANGE_ENDURANCE, 10));
		SessionLog second = session(client, morning.plusHours(4), 30, Map.of(ServiceKind.STRENGTH_RANGE_ENDURANCE, 10));
		api(post("/api/v1/clients/{id}/invoices", client), "{\"sessionIds\":[\"" + first.id() + "\"]}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.lines[0].units").value(1));
		// 10 + 10 minutes of one day are one unit (8-22 minutes), and it is billed already.
		api(post("/api/v1/clients/{id}/invoices", client), "{\"sessionIds\":[\"" + second.id() + "\"]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("NOTHING_TO_INVOICE"));
		// 15 more minutes make the day 35: two units in all, so one more.
		SessionLog third = session(client, morning.plusHours(6), 30, Map.of(ServiceKind.STRENGTH_RANGE_ENDURANCE, 15));
		api(post("/api/v1/clients/{id}/invoices", client), "{\"sessionIds\":[\"" + third.id() + "\"]}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.lines[0].units").value(1))
			.andExpect(jsonPath("$.lines[0].minutes").value(15));
		long units = jdbc.sql("""
				select sum(l.units) from invoice_lines l join invoices i on i.id = l.invoice_id
				where i.client_id = ? and l.service_date = ?""").params(client, morning.toLocalDate()).query(Long.class).single();
		assertThat(units).as("the day's 35 minutes").isEqualTo(TimedUnits.unitsFor(35));
	}

	@Test
	void aDayInvoicedApartNeverBillsMoreUnitsThanItsMinutesUnderTwoCodes() throws Exception {
		UUID client = referredClient();
		OffsetDateTime morning = OffsetDateTime.now(ZoneOffset.UTC).minusDays(5).withHour(8).withMinute(0).withSecond(0).withNano(0);
		SessionLog first = session(client, morning, 30, Map.of(ServiceKind.STRENGTH_RANGE_ENDURANCE, 10));
		SessionLog second = session(client, morning.plusHours(4), 30, Map.of(ServiceKind.FUNCTIONAL_ACTIVITIES, 12));
		api(post("/api/v1/clients/{id}/invoices", client), "{\"sessionIds\":[\"" + first.id() + "\"]}").andExpect(status().isCreated())
			.andExpect(jsonPath("$.lines[0].cptCode").value("97110"))
			.andExpect(jsonPath("$.lines[0].units").value(1));
		// 10 + 12 minutes of one day are one unit in all, billed already under 97110.
		api(post("/api/v1/clients/{id}/invoices", client), "{\"sessionIds\":[\"" + second.id() + "\"]}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("NOTHING_TO_INVOICE"));
		long units = jdbc.sql("""
				select sum(l.units) from invoice_lines l join invoices i on i.id = l.invoice_id
				where i.client_id = ? and l.service_date = ?""").params(client, morning.toLocalDate()).query(Long.class).single();
		assertThat(units).as("the day's 22 minutes").isEqualTo(TimedUnits.unitsFor(22));
	}

	@Test
	void aClaimAfterACarAccidentNeedsTheInjurysDateAndTheAccidentsState() throws Exception {
		String payer = id(api(post("/api/v1/payers"), """
				{"name":"%s","kind":"AUTO","acceptsPractice":true,"electronicClaims":true,"payerCode":"AUTO1"}"""
			.formatted(Fixtures.unique("Road Mutual"))).andExpect(status().isCreated()));
		UUID client = referredClient();
		fixtures.giveAddress(client, "7 Birch Lane", "Riverton", "ME", "04001");
		String coverage = id(api(post("/api/v1/clients/{id}/coverages", client), "{\"payerId\":\"" + payer
				+ "\",\"memberId\":\"PIP-1\",\"claimNumber\":\"AC-77\"}").andExpect(status().isCreated()));
		session(client, 3, Map.of(ServiceKind.STRENGTH_RANGE_ENDURANCE, 30), true);
		String invoice = id(api(post("/api/v1/clients/{id}/invoices", client), "{\"coverageId\":\"" + coverage + "\"}")
			.andExpect(status().isCreated()));
		api(post("/api/v1/invoices/{id}/claims", invoice), "").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("CLAIM_INCOMPLETE"))
			.andExpect(jsonPath("$.missing", containsInAnyOrder("coverage.injuryDate", "coverage.accidentState")))
			.andExpect(jsonPath("$.detail", containsString("the state of the accident (item 10b)")));
	}

	@Test
	void noCodeIsBilledPastItsUnitsADay() throws Exception {
		UUID client = referredClient();
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusDays(3).withHour(9).withMinute(0).withSecond(0).withNano(0);
		// 90 minutes of gait training are 6 units by the 8-minute rule; the code's limit is 4 a day (clinical-facts 5.4).
		session(client, start, 95, Map.of(ServiceKind.GAIT_STAIRS, 90));
		api(post("/api/v1/clients/{id}/invoices", client), "").andExpect(status().isCreated())
			.andExpect(jsonPath("$.lines[0].cptCode").value("97116"))
			.andExpect(jsonPath("$.lines[0].units").value(4));
	}

	/** Property, 2,000 seeded invoices: the total is the exact sum of the lines, and balances the payments to the cent. */
	@Test
	void moneyIsExactToTheCent() {
		Random random = new Random(20261204L);
		for (int run = 0; run < 2_000; run++) {
			Money total = Money.ZERO;
			BigDecimal exact = BigDecimal.ZERO;
			for (int line = 0; line < 1 + random.nextInt(12); line++) {
				String price = random.nextInt(500) + "." + String.format("%02d", random.nextInt(100));
				int units = 1 + random.nextInt(8);
				total = total.plus(Money.parse(price).times(units));
				exact = exact.add(new BigDecimal(price).multiply(BigDecimal.valueOf(units)));
			}
			assertThat(total.plain()).isEqualTo(exact.setScale(2).toPlainString());
			Money left = total;
			while (left.isPositive()) {
				Money part = Money.ofCents(1 + (long) (random.nextDouble() * left.cents()));
				left = left.minus(part);
			}
			assertThat(left).isEqualTo(Money.ZERO);
			assertThat(Money.parse(total.plain())).isEqualTo(total);
		}
		assertThat(Money.parse("$1,234.5").toString()).isEqualTo("$1,234.50");
		assertThat(Money.parse("0.10").plus(Money.parse("0.20"))).isEqualTo(Money.parse("0.30"));
	}

	@Test
	void aWorkersCompensationClaimChecksTheAuthorisationAndCarriesTheFormsFields() throws Exception {
		String payer = id(api(post("/api/v1/payers"), """
				{"name":"Pine State Workers' Comp","kind":"WORKERS_COMP","acceptsPractice":true,"electronicClaims":true,
				 "payerCode":"PSWC1","requiresAuthorization":true,"state":"ME"}""").andExpect(status().isCreated()));
		api(get("/api/v1/payers/{id}", payer), "").andExpect(jsonPath("$.unitMethod").value("CMS"));
		UUID client = referredClient();
		api(post("/api/v1/clients/{id}/coverages", client), "{\"payerId\":\"" + payer + "\",\"memberId\":\"W-1\"}")
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("claimNumber"));
		String secondary = id(api(post("/api/v1/payers"), "{\"name\":\"Granite Health Plan\",\"kind\":\"COMMERCIAL\",\"acceptsPractice\":false}"));
		api(post("/api/v1/clients/{id}/coverages", client), "{\"payerId\":\"" + secondary + "\",\"memberId\":\"GHP-88\",\"groupNumber\":\"G-4410\"}")
			.andExpect(status().isCreated());
		String coverage = id(api(post("/api/v1/clients/{id}/coverages", client), """
				{"payerId":"%s","memberId":"W-778812","insuredName":"Riverton Mills","relationship":"EMPLOYER",
				 "insuredAddress":"400 Mill Road, Riverton, ME 04001",
				 "claimNumber":"WC-2026-0457","adjusterName":"Dana Price","adjusterPhone":"207-555-0199","employer":"Riverton Mills",
				 "injuryDate":"%s","authorizationNumber":"AUTH-5521","authorizedVisits":2,"authorizedFrom":"%s","authorizedTo":"%s"}"""
			.formatted(payer, LocalDate.now().minusMonths(2), LocalDate.now().minusDays(30), LocalDate.now().plusDays(10)))
			.andExpect(status().isCreated()));
		session(client, 6, Map.of(ServiceKind.STRENGTH_RANGE_ENDURANCE, 40), true);
		session(client, 4, Map.of(ServiceKind.FUNCTIONAL_ACTIVITIES, 25, ServiceKind.GAIT_STAIRS, 10), true);
		session(client, 2, Map.of(ServiceKind.STRENGTH_RANGE_ENDURANCE, 30), true);
		api(post("/api/v1/clients/{id}/invoices", client), "{\"coverageId\":\"" + coverage + "\"}")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("AUTHORIZATION_REQUIRED"))
			.andExpect(jsonPath("$.detail", containsString("3 visits asked for, 2 of 2 authorised visits left")));

		List<String> two = sessionIds(client).subList(0, 2);
		String invoice = id(api(post("/api/v1/clients/{id}/invoices", client),
				"{\"coverageId\":\"" + coverage + "\",\"sessionIds\":[\"" + two.get(0) + "\",\"" + two.get(1) + "\"]}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.billTo").value("PAYER")));
		JsonNode coverages = body(api(get("/api/v1/clients/{id}/coverages", client), ""));
		assertThat(coverages.get(0).get("coverage").get("visitsUsed").asInt()).isEqualTo(2);
		assertThat(coverages.get(0).get("warnings").toString()).contains("All 2 authorised visits are used").contains("ends on");

		mvc.perform(get("/api/v1/invoices/{id}/claim/pdf", invoice).with(user(biller).roles("BILLING")))
			.andExpect(status().isConflict());
		api(post("/api/v1/invoices/{id}/claims", invoice), "").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("CLAIM_INCOMPLETE"))
			.andExpect(jsonPath("$.missing[0]").value("client.addressLine"))
			.andExpect(jsonPath("$.detail", containsString("the client's state (item 5)")));
		fixtures.giveAddress(client, "7 Birch Lane", "Riverton", "ME", "04001");
		long control = body(api(post("/api/v1/invoices/{id}/claims", invoice), "").andExpect(status().isCreated()))
			.get("controlNumber").asLong();
		assertThat(body(api(post("/api/v1/invoices/{id}/claims", invoice), "")).get("controlNumber").asLong()).isEqualTo(control);

		String form = text(mvc.perform(get("/api/v1/invoices/{id}/claim/pdf", invoice).with(user(biller).roles("BILLING")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray()).replaceAll("\\s+", " ");
		assertThat(form).contains("1a. Insured's ID number").contains("W-778812")
			.contains("2. Client's name").contains("Testclient")
			.contains("3. Client's birth date, sex").contains("04 02 1956 F")
			.contains("4. Insured's name").contains("Riverton Mills")
			.contains("5. Client's address").contains("7 Birch Lane, Riverton ME 04001")
			.contains("6. Client's relationship to insured").contains("Other")
			.contains("7. Insured's address").contains("400 Mill Road, Riverton, ME 04001")
			.contains("9. Other insured's name").contains("9a. Other insured's policy or group number").contains("G-4410")
			.contains("9d. Insurance plan name").contains("Granite Health Plan")
			.contains("10d. Claim codes")
			.contains("12. Client's or authorized person's signature").contains("13. Insured's or authorized person's signature")
			.contains("15. Other date (qual. 454, first visit)").contains(LocalDate.now(ZoneOffset.UTC).minusDays(6).format(java.time.format.DateTimeFormatter.ofPattern("MM dd yy")) + " 454")
			.contains("17. Name of referring provider (DN)")
			.contains("22. Resubmission code")
			.contains("24A. Date(s) of service").contains("B. Place").contains("E. ICD-10 pointer").contains("G. Days or units")
			.contains("J. Rendering provider ID")
			.contains("26. Client's account no.").contains("27. Accept assignment?").contains("29. Amount paid")
			.contains("31. Signature of physician or supplier").contains("32. Service facility location")
			.contains("33. Billing provider info and phone")
			.contains("a. YES").contains("Y4 WC-2026-0457")
			.contains("14. Date of current illness").contains(LocalDate.now().minusMonths(2).format(java.time.format.DateTimeFormatter.ofPattern("MM dd yy")) + " 431")
			.contains("NPI " + npi)
			.contains("A. M17.12")
			.contains("23. Prior authorization number").contains("AUTH-5521")
			.contains("97110").contains("97530")
			.contains("12-3456789").contains("1234567893")
			.contains("28. Total charge").contains("Riverton Medical Exercise");
		assertThat(form).doesNotContainIgnoringCase("patient");

		String x12 = mvc.perform(get("/api/v1/invoices/{id}/claim/837p", invoice).with(user(biller).roles("BILLING")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		X12Check.structure(x12);
		assertThat(x12).contains("REF*Y4*WC-2026-0457~").contains("REF*G1*AUTH-5521~").contains("HI*ABK:M1712~")
			.contains("HL*2*1*22*1~").contains("SBR*P********WC~").contains("NM1*IL*2*RIVERTON MILLS*****MI*W-778812~")
			.contains("HL*3*2*23*0~").contains("PAT*20~").contains("NM1*QC*1*TESTCLIENT").contains("N4*RIVERTON*ME*04001~")
			.contains("NM1*DN*1*").contains("*XX*" + npi + "~").contains("CLM*")
			.contains(String.format("%09d", control));
		api(post("/api/v1/invoices/{id}/void", invoice), "{\"reason\":\"late\"}").andExpect(status().isConflict());
	}

	@Test
	void aPayerThatDoesNotAcceptThePracticeGetsNoClaimTheClientGetsASuperbill() throws Exception {
		String payer = id(api(post("/api/v1/payers"), """
				{"name":"Granite Health Plan","kind":"COMMERCIAL","acceptsPractice":false}""").andExpect(status().isCreated()));
		UUID client = referredClient();
		String coverage = id(api(post("/api/v1/clients/{id}/coverages", client), "{\"payerId\":\"" + payer + "\",\"memberId\":\"GHP-1\"}"));
		session(client, 8, Map.of(ServiceKind.STRENGTH_RANGE_ENDURANCE, 33, ServiceKind.FUNCTIONAL_ACTIVITIES, 7), true);
		String invoice = id(api(post("/api/v1/clients/{id}/invoices", client), "{\"coverageId\":\"" + coverage + "\"}")
			.andExpect(jsonPath("$.billTo").value("CLIENT")));
		api(post("/api/v1/invoices/{id}/payments", invoice), "{\"amount\":\"138.00\",\"method\":\"CARD\"}").andExpect(status().isCreated());
		api(post("/api/v1/invoices/{id}/claims", invoice), "").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("PAYER_DOES_NOT_ACCEPT"));

		String superbill = text(mvc.perform(get("/api/v1/invoices/{id}/superbill/pdf", invoice).with(user(biller).roles("BILLING")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
		LocalDate served = LocalDate.now().minusDays(8);
		assertThat(superbill).contains("Superbill").contains("Riverton Medical Exercise").contains("12 Main Street")
			.contains("Federal tax ID: 12-3456789").contains("NPI: 1234567893")
			.contains("Testclient").contains("Date of birth 1956-04-02")
			.contains("Referring provider: Dr. ").contains("NPI " + npi)
			.contains("M17.12")
			.contains(served.toString()).contains("97110").contains("33").contains("97530")
			.contains("$90.00").contains("$48.00").contains("Amount paid").contains("$138.00");
	}

	@Test
	void theMonthlyMembershipRunChargesEachMembershipOnce() throws Exception {
		String plan = id(api(post("/api/v1/membership-plans"), "{\"name\":\"Maintenance 8\",\"monthlyFee\":\"99.95\",\"includedSessions\":8}")
			.andExpect(status().isCreated()));
		UUID ada = fixtures.clientOf(trainer).id();
		UUID bob = fixtures.clientOf(trainer).id();
		UUID carol = fixtures.clientOf(trainer).id();
		api(post("/api/v1/clients/{id}/memberships", ada), "{\"planId\":\"" + plan + "\"}").andExpect(status().isCreated());
		api(post("/api/v1/clients/{id}/memberships", ada), "{\"planId\":\"" + plan + "\"}").andExpect(status().isConflict());
		api(post("/api/v1/clients/{id}/memberships", bob), "{\"planId\":\"" + plan + "\"}");
		String paused = id(api(post("/api/v1/clients/{id}/memberships", carol), "{\"planId\":\"" + plan + "\"}"));
		api(post("/api/v1/memberships/{id}/pause", paused), "").andExpect(jsonPath("$.status").value("PAUSED"));

		JsonNode first = body(api(post("/api/v1/billing/membership-runs"), "{\"period\":\"2031-03\"}").andExpect(status().isOk()));
		JsonNode second = body(api(post("/api/v1/billing/membership-runs"), "{\"period\":\"2031-03\"}"));
		assertThat(first.get("charged").asInt()).isGreaterThanOrEqualTo(2);
		assertThat(second.get("charged").asInt()).isZero();
		assertThat(second.get("alreadyCharged").asInt()).isEqualTo(first.get("charged").asInt() + first.get("alreadyCharged").asInt());
		for (UUID member : List.of(ada, bob)) {
			JsonNode invoices = body(api(get("/api/v1/clients/{id}/invoices", member), ""));
			assertThat(invoices).hasSize(1);
			assertThat(invoices.get(0).get("total").asText()).isEqualTo("99.95");
			assertThat(invoices.get(0).get("lines").get(0).get("description").asText()).contains("Maintenance 8 (2031-03)");
		}
		assertThat(body(api(get("/api/v1/clients/{id}/invoices", carol), ""))).isEmpty();
		long charged = jdbc.sql("select count(*) from membership_charges where period = '2031-03'").query(Long.class).single();
		long sum = jdbc.sql("select sum(amount_cents) from membership_charges where period = '2031-03'").query(Long.class).single();
		assertThat(first.get("total").asText()).isEqualTo(Money.ofCents(sum).plain());
		assertThat(charged).isEqualTo(first.get("charged").asInt());
		api(post("/api/v1/billing/membership-runs"), "{\"period\":\"March\"}").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("period"));
	}

	@Test
	void aPayersOwnFeesAndUnitMethodPriceItsInvoices() throws Exception {
		String payer = id(api(post("/api/v1/payers"), """
				{"name":"%s","kind":"COMMERCIAL","acceptsPractice":true,"unitMethod":"AMA"}""".formatted(Fixtures.unique("Coastal Health")))
			.andExpect(status().isCreated()));
		LocalDate served = LocalDate.now(ZoneOffset.UTC).minusDays(5);
		api(put("/api/v1/payers/{id}/fees/{code}", payer, "97110"), "{\"effectiveFrom\":\"" + served.minusDays(30) + "\",\"perUnit\":\"30.00\"}")
			.andExpect(status().isOk());
		api(put("/api/v1/payers/{id}/fees/{code}", payer, "97112"), "{\"effectiveFrom\":\"" + served.plusDays(1) + "\",\"perUnit\":\"10.00\"}")
			.andExpect(status().isOk());
		api(put("/api/v1/payers/{id}/fees/{code}", payer, "97110"), "{\"effectiveFrom\":\"" + served + "\",\"perUnit\":\"-1.00\"}")
			.andExpect(status().isBadRequest());
		UUID client = referredClient();
		String coverage = id(api(post("/api/v1/clients/{id}/coverages", client), "{\"payerId\":\"" + payer + "\",\"memberId\":\"CH-7\"}"));
		OffsetDateTime start = served.atTime(9, 0).atOffset(ZoneOffset.UTC);
		// The AMA rule of eights: 97110 38 minutes is 3 units on its own; 97112 7 minutes is none (CMS would give the day 3 + 0).
		session(client, start, 50, Map.of(ServiceKind.STRENGTH_RANGE_ENDURANCE, 38, ServiceKind.BALANCE_NEUROMUSCULAR, 7));
		session(client, start.plusDays(1), 50, Map.of(ServiceKind.BALANCE_NEUROMUSCULAR, 20));
		api(post("/api/v1/clients/{id}/invoices", client), "{\"coverageId\":\"" + coverage + "\"}")
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.billTo").value("PAYER"))
			.andExpect(jsonPath("$.lines.length()").value(2))
			.andExpect(jsonPath("$.lines[0].cptCode").value("97110"))
			.andExpect(jsonPath("$.lines[0].units").value(3))
			.andExpect(jsonPath("$.lines[0].unitPrice").value("30.00"))
			.andExpect(jsonPath("$.lines[1].cptCode").value("97112"))
			.andExpect(jsonPath("$.lines[1].unitPrice").value("10.00"))
			.andExpect(jsonPath("$.total").value("100.00"));
	}

	@Test
	void aDischargeEndsTheEpisodesCoverages() throws Exception {
		String payer = id(api(post("/api/v1/payers"), "{\"name\":\"" + Fixtures.unique("Granite") + "\",\"kind\":\"COMMERCIAL\",\"acceptsPractice\":true}"));
		UUID client = referredClient();
		api(post("/api/v1/clients/{id}/coverages", client), "{\"payerId\":\"" + payer + "\",\"memberId\":\"G-9\"}").andExpect(status().isCreated());
		mvc.perform(post("/api/v1/clients/{id}/discharge", client).with(user(trainer).roles("TRAINER")).accept(MediaType.APPLICATION_JSON)
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"Goals met\",\"recommendation\":\"HOME_PROGRAM\"}"))
			.andExpect(status().isCreated());
		// Eligibility and authorisation hold for an episode: a client who comes back is verified again.
		api(get("/api/v1/clients/{id}/coverages", client), "").andExpect(jsonPath("$[0].coverage.active").value(false));
	}

	@Test
	void aMembershipPausesResumesAndEndsAndOnlyAnActiveOneIsCharged() throws Exception {
		String plan = id(api(post("/api/v1/membership-plans"), "{\"name\":\"" + Fixtures.unique("Plan") + "\",\"monthlyFee\":\"75.00\",\"includedSessions\":4}"));
		UUID client = fixtures.clientOf(trainer).id();
		String membership = id(api(post("/api/v1/clients/{id}/memberships", client), "{\"planId\":\"" + plan + "\"}"));
		api(post("/api/v1/memberships/{id}/resume", membership), "").andExpect(status().isConflict());
		api(post("/api/v1/memberships/{id}/pause", membership), "").andExpect(jsonPath("$.status").value("PAUSED"));
		api(post("/api/v1/billing/membership-runs"), "{\"period\":\"2031-05\"}");
		assertThat(body(api(get("/api/v1/clients/{id}/invoices", client), ""))).as("paused: not charged").isEmpty();
		api(post("/api/v1/memberships/{id}/resume", membership), "").andExpect(jsonPath("$.status").value("ACTIVE"));
		api(post("/api/v1/billing/membership-runs"), "{\"period\":\"2031-06\"}");
		assertThat(body(api(get("/api/v1/clients/{id}/invoices", client), ""))).hasSize(1);
		api(post("/api/v1/memberships/{id}/cancel", membership), "").andExpect(jsonPath("$.status").value("CANCELLED"));
		api(post("/api/v1/memberships/{id}/cancel", membership), "").andExpect(status().isConflict());
		api(post("/api/v1/memberships/{id}/resume", membership), "").andExpect(status().isConflict());
		api(post("/api/v1/billing/membership-runs"), "{\"period\":\"2031-07\"}");
		assertThat(body(api(get("/api/v1/clients/{id}/invoices", client), ""))).as("cancelled: not charged").hasSize(1);
	}

	@Test
	void aMembersSessionsUpToThePlansAreIncludedTheRestAreInvoiced() throws Exception {
		String plan = id(api(post("/api/v1/membership-plans"), "{\"name\":\"Two a month\",\"monthlyFee\":\"60.00\",\"includedSessions\":2}"));
		UUID client = referredClient();
		api(post("/api/v1/clients/{id}/memberships", client), "{\"planId\":\"" + plan + "\",\"startsOn\":\"" + LocalDate.now().minusMonths(3) + "\"}");
		for (int day = 3; day >= 1; day--) {
			session(client, day, Map.of(ServiceKind.STRENGTH_RANGE_ENDURANCE, 30), true);
		}
		JsonNode sessionsToBill = body(api(get("/api/v1/clients/{id}/billable-sessions", client), ""));
		long covered = java.util.stream.StreamSupport.stream(sessionsToBill.spliterator(), false)
			.filter(s -> s.get("coveredByMembership").asBoolean()).count();
		assertThat(covered).as("two of three sessions of a month are included, unless the month turned").isBetween(1L, 2L);
		api(post("/api/v1/clients/{id}/invoices", client), "").andExpect(status().isCreated())
			.andExpect(jsonPath("$.lines[0].cptCode").value("97110"));
	}

	@Test
	void theReceivablesAgeFromTheInvoiceDate() throws Exception {
		UUID client = referredClient();
		session(client, 1, Map.of(ServiceKind.STRENGTH_RANGE_ENDURANCE, 15), true);
		String invoice = id(api(post("/api/v1/clients/{id}/invoices", client), ""));
		clock.pin(Instant.now().plus(Duration.ofDays(45)));
		try {
			JsonNode receivables = body(api(get("/api/v1/billing/receivables"), ""));
			JsonNode item = null;
			for (JsonNode i : receivables.get("items")) {
				if (i.get("invoiceId").asText().equals(invoice)) {
					item = i;
				}
			}
			assertThat(item.get("days").asLong()).isBetween(44L, 46L);
			assertThat(item.get("balance").asText()).isEqualTo("45.00");
			assertThat(receivables.get("buckets").get(1).get("label").asText()).isEqualTo("31-60 days");
			assertThat(receivables.get("buckets").get(1).get("count").asInt()).isPositive();
		}
		finally {
			clock.release();
		}
	}

	/** A client of the trainer, referred by a physician with an NPI, with knee osteoarthritis (M17.12). */
	private UUID referredClient() {
		UUID physician = Fixtures.as("owner", Set.of(Role.OWNER),
				() -> physicians.add(new PhysicianData("Dr. Helen " + Fixtures.unique("Referrer"), null, null, null, null, npi))).id();
		UUID client = fixtures.clientOf(trainer).id();
		Fixtures.as(trainer, Set.of(Role.TRAINER), () -> assessment.recordIntake(client, new IntakeData(physician, null,
				List.of(new IntakeData.ConditionEntry("KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(2), "M17.12")),
				null, null, null, null, null, null, "Knee pain limits stairs and walking; exercise to restore function.", null, null)));
		return client;
	}

	/** A session log of the trainer's, {@code daysAgo} days ago, with minutes and no exercises, signed or not. */
	private SessionLog session(UUID client, int daysAgo, Map<ServiceKind, Integer> minutes, boolean sign) {
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusDays(daysAgo).withHour(14).withMinute(0).withSecond(0).withNano(0);
		return Fixtures.as(trainer, Set.of(Role.TRAINER), () -> {
			SessionLog log = sessions.create(client, new SessionRequest(start, start.plusMinutes(50), Attendance.ATTENDED, Fixtures.SAFE_VITALS,
					null, List.of(), null, minutes, "Trained as planned.", null));
			return sign ? sessions.sign(log.id(), false) : log;
		});
	}

	/** A signed session log of the trainer's at a time, of a length in minutes, with minutes by kind of service. */
	private SessionLog session(UUID client, OffsetDateTime start, int length, Map<ServiceKind, Integer> minutes) {
		return Fixtures.as(trainer, Set.of(Role.TRAINER), () -> sessions.sign(sessions.create(client, new SessionRequest(start,
				start.plusMinutes(length), Attendance.ATTENDED, Fixtures.SAFE_VITALS, null, List.of(), null, minutes, "Trained as planned.", null))
			.id(), false));
	}

	private List<String> sessionIds(UUID client) throws Exception {
		List<String> ids = new ArrayList<>();
		body(api(get("/api/v1/clients/{id}/billable-sessions", client), "")).forEach(s -> ids.add(s.get("session").get("id").asText()));
		return ids;
	}

	private static String text(byte[] pdf) throws Exception {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

	private ResultActions api(MockHttpServletRequestBuilder request, String body) throws Exception {
		request.with(user(biller).roles("BILLING")).accept(MediaType.APPLICATION_JSON);
		if (!body.isEmpty()) {
			request.contentType(MediaType.APPLICATION_JSON).content(body);
		}
		return mvc.perform(request);
	}

}
