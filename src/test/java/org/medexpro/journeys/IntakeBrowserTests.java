package org.medexpro.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.medexpro.clients.ClientDetails;
import org.medexpro.physicians.Physician;
import org.medexpro.physicians.PhysicianData;
import org.medexpro.physicians.PhysicianService;
import org.medexpro.security.Role;
import org.medexpro.support.Browser;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.medexpro.support.RequiresChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A whole intake in a real browser: a client six weeks after a posterior-approach hip
 * replacement, referred by their surgeon; then a baseline TUG; the chart shows both. Then
 * the engine: the client's exercise options with the reason a deep squat is excluded, a
 * program from the posterior-approach protocol, and the engine refusing a deep squat in it.
 */
@MedexIntegrationTest
@RequiresChromium
class IntakeBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PhysicianService physicians;

	@Test
	void walksAnIntakeAfterAPosteriorHipReplacementToAChartAndAProgram() throws Exception {
		String trainer = fixtures.staffMember(Role.TRAINER);
		ClientDetails client = fixtures.clientOf(trainer);
		Physician surgeon = Fixtures.as("owner", Set.of(Role.OWNER), () -> physicians.add(
				new PhysicianData("Dr. Evelyn " + Fixtures.unique("Marsh"), "Riverton Orthopaedics", "555-0101", "555-0102", null, null)));
		String surgery = LocalDate.now().minusDays(42).format(DateTimeFormatter.ofPattern("MMddyyyy"));
		try (Browser browser = new Browser(port)) {
			browser.open("/login").type("username", trainer).type("password", Fixtures.PASSWORD).submit("Sign in");
			browser.open("/clients/" + client.id()).clickLink("Clinical chart");
			assertThat(browser.text()).contains("No intake yet");
			browser.clickLink("Intake (MET-Q)");

			new Select(browser.driver().findElement(By.name("referringPhysicianId"))).selectByVisibleText(surgeon.name() + " — Riverton Orthopaedics");
			new Select(browser.driver().findElement(By.name("conditions[0].code"))).selectByValue("THR");
			new Select(browser.driver().findElement(By.name("conditions[0].side"))).selectByValue("LEFT");
			new Select(browser.driver().findElement(By.name("conditions[0].approach"))).selectByValue("POSTERIOR");
			browser.type("conditions[0].eventDate", surgery).type("conditions[0].icd10", "Z96.642");
			browser.type("medications", "Metoprolol 50 mg\nAcetaminophen");
			browser.type("restingVitals.systolic", "132").type("restingVitals.diastolic", "84").type("restingVitals.heartRate", "72");
			browser.type("medicalNecessity", "Cannot climb stairs or walk to the mailbox since the hip replacement.");
			browser.type("functionalGoals", "walk to the mailbox\nclimb the stairs at home");
			browser.screenshot("intake-form");
			browser.submit("Record the intake");

			assertThat(browser.path()).endsWith("/chart");
			assertThat(browser.text()).contains("Intake recorded: Post Rehab. The client may train.", "Total hip replacement",
					"posterior approach", "Z96.642", surgeon.name(), "No baseline measures yet");

			browser.clickLink("Record a measurement");
			new Select(browser.driver().findElement(By.name("measure"))).selectByValue("TUG");
			browser.submit("Choose");
			browser.type("value", "15.2").submit("Record");
			assertThat(browser.text()).contains("Recorded: TUG 15.2 s — ", "13.5 s fall-risk cut-off", "Timed Up and Go",
					"Baseline");
			assertThat(browser.driver().findElements(By.cssSelector("svg.trend circle"))).hasSize(1);
			((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView()",
					browser.driver().findElement(By.cssSelector("svg.trend")));
			browser.screenshot("client-chart");

			browser.clickLink("Exercise options");
			String deepSquat = browser.driver().findElement(By.cssSelector("#excluded tr[data-code='DEEP_SQUAT']")).getText();
			assertThat(deepSquat).contains("Deep squat", "THR-P-01", "Hip flexion past 90°");
			assertThat(browser.driver().findElements(By.cssSelector("#indicated tr[data-code='DEEP_SQUAT']"))).isEmpty();
			browser.screenshot("exercise-options");

			browser.clickLink("Start a program");
			browser.driver().findElement(By.id("protocol-THR_POSTERIOR")).click();
			browser.submit("Start the program");
			assertThat(browser.path()).startsWith("/programs/");
			assertThat(browser.text()).contains("Program started at phase 1", "Phase 1 of", "To move on to phase 2", "Timed Up and Go");
			assertThat(browser.driver().findElements(By.cssSelector("#exercises tbody tr"))).isNotEmpty();
			assertThat(browser.driver().findElements(By.cssSelector("#exerciseCode option[value='DEEP_SQUAT']")))
				.as("an excluded exercise is not offered").isEmpty();

			// Even when sent anyway (a stale page, a script), the engine refuses it and says why.
			((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript(
					"var o = document.createElement('option'); o.value = 'DEEP_SQUAT'; o.text = 'Deep squat';"
							+ "document.getElementById('exerciseCode').appendChild(o); o.selected = true;");
			browser.submit("Add to the program");
			assertThat(browser.driver().findElement(By.cssSelector("#add-exercise .has-error")).getText())
				.contains("contraindicated", "THR-P-01");
			browser.screenshot("program");
		}
	}

}
