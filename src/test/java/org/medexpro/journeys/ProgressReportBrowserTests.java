package org.medexpro.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.medexpro.physicians.PhysicianData;
import org.medexpro.physicians.PhysicianService;
import org.medexpro.security.Role;
import org.medexpro.support.Browser;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.medexpro.support.RequiresChromium;
import org.medexpro.support.TestClock;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.ObjectMapper;

/**
 * The 30-day progress report in a real browser: a month after the program began, the due
 * list shows it; the batch drafts it with a progress bar; the professional opens it, edits a
 * part, previews the one-page PDF, signs it and sends it by e-mail.
 */
@MedexIntegrationTest
@RequiresChromium
class ProgressReportBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PhysicianService physicians;

	@Autowired
	MockMvc mvc;

	@Autowired
	ObjectMapper json;

	@Autowired
	TestClock clock;

	@Autowired
	GreenMail mail;

	@Test
	void fromTheDueListToAReportSentToThePhysician() throws Exception {
		String trainer = fixtures.staffMember(Role.TRAINER);
		String physicianName = "Dr. " + Fixtures.unique("Browser");
		String email = physicianName.toLowerCase().replaceAll("[^a-z0-9]", "") + "@clinic.example";
		var physician = Fixtures.as("owner", Set.of(Role.OWNER),
				() -> physicians.add(new PhysicianData(physicianName, "Riverton Orthopaedics", null, "555-0102", email, null)));
		String lastName = Fixtures.unique("Report");
		String client = json.readTree(api(trainer, "/api/v1/clients", "{\"firstName\":\"Rosa\",\"lastName\":\"" + lastName
				+ "\",\"dateOfBirth\":\"1949-09-09\",\"sex\":\"FEMALE\",\"consentToShare\":true,\"consentDate\":\"" + LocalDate.now() + "\"}"))
			.get("id").asText();
		api(trainer, "/api/v1/clients/" + client + "/intake", """
				{"referringPhysicianId":"%s","conditions":[{"code":"KNEE_OSTEOARTHRITIS","side":"LEFT","eventDate":"2018-03-01","icd10":"M17.12"}],
				 "restingVitals":{"systolic":126,"diastolic":78,"heartRate":68},"medicalNecessity":"Cannot walk to the shops."}"""
			.formatted(physician.id()));
		api(trainer, "/api/v1/clients/" + client + "/measurements", "{\"measureCode\":\"TUG\",\"value\":14.8,\"measuredOn\":\"" + LocalDate.now() + "\"}");
		api(trainer, "/api/v1/clients/" + client + "/programs", "{\"protocolCode\":\"KNEE_OSTEOARTHRITIS\"}");

		clock.pin(Instant.now().plus(Duration.ofDays(31)));
		try (Browser browser = new Browser(port, 1024, 768)) {
			browser.open("/login").type("username", trainer).type("password", Fixtures.PASSWORD).submit("Sign in");
			browser.open("/documents/due");
			assertThat(browser.driver().findElement(By.id("due")).getText()).contains("Rosa " + lastName, "30-day progress report", "overdue");

			browser.submit("Draft every progress report due");
			new WebDriverWait(browser.driver(), Duration.ofSeconds(60))
				.until(ExpectedConditions.textToBePresentInElementLocated(By.id("batch"), "Progress reports drafted"));
			assertThat(browser.driver().findElement(By.cssSelector("#batch progress")).getAttribute("value")).isEqualTo("100");
			browser.screenshot("progress-report-batch");

			browser.open("/documents/due");
			browser.follow(By.xpath("//tr[td[contains(., '" + lastName + "')] and @data-kind='PROGRESS_REPORT']//a[normalize-space()='Open the draft']"));
			assertThat(browser.driver().findElement(By.id("measures")).getText()).contains("Timed Up and Go", "14.8");
			browser.type("sections.recommendations", "Continue twice a week; add walking on level ground for 15 minutes.");
			browser.submit("Save");
			assertThat(browser.text()).contains("Saved");

			String href = browser.driver().findElement(By.id("preview-pdf")).getAttribute("href");
			Cookie session = browser.driver().manage().getCookieNamed("JSESSIONID");
			HttpResponse<byte[]> preview = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
				.header("Cookie", "JSESSIONID=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
			assertThat(preview.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("application/pdf"));
			try (PDDocument pdf = Loader.loadPDF(preview.body())) {
				assertThat(pdf.getNumberOfPages()).isEqualTo(1);
				assertThat(new PDFTextStripper().getText(pdf)).contains("DRAFT", "walking on level ground", physicianName);
			}

			browser.submit("Sign");
			assertThat(browser.driver().findElement(By.id("document-status")).getText()).startsWith("Signed");
			int before = mail.getReceivedMessages().length;
			new Select(browser.driver().findElement(By.id("channel"))).selectByValue("EMAIL");
			browser.screenshot("progress-report-signed");
			browser.submit("Send");
			assertThat(browser.text()).contains("Sent by e-mail with the PDF");
			assertThat(browser.driver().findElement(By.id("sent")).getText()).contains("e-mail");
			assertThat(mail.getReceivedMessages()).hasSize(before + 1);
			assertThat(mail.getReceivedMessages()[before].getAllRecipients()[0].toString()).isEqualTo(email);
		}
		finally {
			clock.release();
		}
	}

	private String api(String trainer, String path, String body) throws Exception {
		return mvc.perform(post(path).with(user(trainer).roles("TRAINER")).contentType(MediaType.APPLICATION_JSON)
			.accept(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().is2xxSuccessful())
			.andReturn().getResponse().getContentAsString();
	}

}
