package org.medexpro.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.medexpro.assessment.AssessmentService;
import org.medexpro.physicians.PhysicianService;
import org.medexpro.security.Role;
import org.medexpro.support.Browser;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.medexpro.support.RequiresChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.devtools.NetworkInterceptor;
import org.openqa.selenium.remote.http.Contents;
import org.openqa.selenium.remote.http.Filter;
import org.openqa.selenium.remote.http.HttpMethod;
import org.openqa.selenium.remote.http.HttpResponse;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.chromium.HasNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A whole session on a tablet held sideways (1024 × 768): the safety gate, three exercises
 * with pain and RPE, a connection that drops while typing, sign-off, and the log in the
 * client's history.
 */
@MedexIntegrationTest
@RequiresChromium
class SessionBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AssessmentService assessment;

	@Autowired
	PhysicianService physicians;

	@Test
	void logsAWholeSessionOnATabletAndFindsItInTheHistory() throws Exception {
		String trainer = fixtures.staffMember(Role.TRAINER);
		UUID client = fixtures.clearedClientOf(trainer, "KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(3));
		try (Browser browser = new Browser(port, 1024, 768)) {
			browser.open("/login").type("username", trainer).type("password", Fixtures.PASSWORD).submit("Sign in");
			browser.open("/clients/" + client + "/chart").clickLink("Start a session");
			browser.type("systolic", "128").type("diastolic", "80").type("heartRate", "70").submit("Check");
			assertThat(browser.driver().findElement(By.id("gate-result")).getText()).contains("GO", "Train today.");
			browser.screenshot("session-gate");
			browser.submit("Start the session log");

			for (int i = 1; i <= 3; i++) {
				new Select(browser.driver().findElement(By.name("addExercise"))).selectByIndex(i);
				browser.submit("Add");
			}
			List<WebElement> entries = browser.driver().findElements(By.cssSelector(".entry"));
			assertThat(entries).hasSize(3);
			for (int i = 0; i < 3; i++) {
				String p = "entries[" + i + "].";
				new Select(browser.driver().findElement(By.name(p + "rpe"))).selectByValue("12");
				new Select(browser.driver().findElement(By.name(p + "painBefore"))).selectByValue("2");
				new Select(browser.driver().findElement(By.name(p + "painAfter"))).selectByValue(i == 2 ? "5" : "3");
				browser.tap(By.cssSelector("input[name='" + p + "tolerance'][value='GOOD']"));
			}
			waitForStatus(browser, "Saved");
			// The pain rise of the third exercise is flagged beside it on the spot, with the reference's advice.
			new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
					By.cssSelector(".entry[data-position='2'] .flags"), "Pain rose by 2 points or more"));
			assertThat(browser.driver().findElement(By.cssSelector(".entry[data-position='0'] .flags")).getText()).isEmpty();

			// The connection drops while a note is typed: it is kept on the tablet and saved when back.
			HasNetworkConditions network = (HasNetworkConditions) browser.driver();
			ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
			offline.setOffline(true);
			network.setNetworkConditions(offline);
			browser.type("notes", "Walked in without the cane; knee felt warm after the step-ups.");
			waitForStatus(browser, "Offline");
			network.setNetworkConditions(new ChromiumNetworkConditions());
			((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeScript("window.dispatchEvent(new Event('online'))");
			waitForStatus(browser, "Saved");
			browser.screenshot("session-log");

			browser.submit("Sign the log");
			assertThat(browser.path()).startsWith("/sessions/");
			assertThat(browser.driver().findElement(By.id("log-status")).getText()).startsWith("Signed");
			assertThat(browser.text()).contains("Walked in without the cane", "Pain rose by 2 points or more");
			assertThat(browser.driver().findElements(By.cssSelector("#entries tbody tr"))).hasSize(3);
			browser.screenshot("session-signed");

			browser.clickLink("All of the client's session logs");
			assertThat(browser.driver().findElement(By.id("history")).getText()).contains("attended", "3", "5", "signed");
			assertThat(browser.driver().findElements(By.cssSelector("svg.trend polyline.pain"))).hasSize(1);
			browser.screenshot("session-history");
		}
	}

	@Test
	void whatWasTypedIsKeptWhenTheConnectionDropsAsTheLogIsSigned() throws Exception {
		String trainer = fixtures.staffMember(Role.TRAINER);
		UUID client = fixtures.clearedClientOf(trainer, "KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(3));
		try (Browser browser = new Browser(port, 1024, 768)) {
			browser.open("/login").type("username", trainer).type("password", Fixtures.PASSWORD).submit("Sign in");
			browser.open("/clients/" + client + "/sessions/new");
			browser.type("systolic", "128").type("diastolic", "80").type("heartRate", "70").submit("Check");
			browser.submit("Start the session log");
			String edit = browser.path();

			// The server cannot be reached as the last note is typed and the log is signed: the autosave fails,
			// and a gateway answers the sign-off in the server's place. (Not the tablet set offline: Chrome tells
			// a page it is online again as it is left, which would save the note by chance.)
			ChromeDriver chrome = (ChromeDriver) browser.driver();
			chrome.executeCdpCommand("Network.enable", Map.of());
			chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/autosave")));
			browser.type("notes", "Quads fatigued at the end; walked out steady.");
			waitForStatus(browser, "Offline");
			try (NetworkInterceptor gateway = new NetworkInterceptor(chrome, (Filter) next -> request ->
					request.getMethod() == HttpMethod.POST && request.getUri().endsWith("/edit")
							? new HttpResponse().setStatus(502).setContent(Contents.utf8String("502 Bad Gateway"))
							: next.execute(request))) {
				browser.submit("Sign the log");
				assertThat(browser.text()).contains("Bad Gateway");
			}
			chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));

			// Back on the log, the note is there again and reaches the server.
			browser.open(edit);
			waitForStatus(browser, "Saved");
			assertThat(browser.driver().findElement(By.name("notes")).getDomProperty("value"))
				.isEqualTo("Quads fatigued at the end; walked out steady.");
			browser.open(edit);
			assertThat(browser.driver().findElement(By.name("notes")).getDomProperty("value"))
				.as("the server has it, and the page shows the server's copy").isEqualTo("Quads fatigued at the end; walked out steady.");
			browser.submit("Sign the log");
			assertThat(browser.driver().findElement(By.id("log-status")).getText()).startsWith("Signed");
			assertThat(browser.text()).contains("Quads fatigued at the end");
			assertThat(((org.openqa.selenium.JavascriptExecutor) browser.driver())
				.executeScript("return localStorage.length")).as("nothing left on the tablet once signed").isEqualTo(0L);
		}
	}

	private static void waitForStatus(Browser browser, String text) {
		new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("autosave-status"), text));
	}

}
