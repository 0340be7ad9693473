package org.medexpro.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.medexpro.support.Browser;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.medexpro.support.RequiresChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The first day of a practice, in a real browser: the owner opens a trainer's account;
 * the trainer signs in, registers a client, finds them by name and edits them.
 */
@MedexIntegrationTest
@RequiresChromium
class FirstDayBrowserTests {

	@LocalServerPort
	int port;

	@Test
	void ownerOpensATrainerWhoRegistersFindsAndEditsAClient() throws Exception {
		String trainer = Fixtures.unique("coach").toLowerCase();
		String lastName = Fixtures.unique("Whitfield");
		try (Browser browser = new Browser(port)) {
			browser.open("/");
			assertThat(browser.path()).startsWith("/login");
			browser.type("username", MedexIntegrationTest.OWNER)
				.type("password", MedexIntegrationTest.OWNER_PASSWORD)
				.submit("Sign in");
			assertThat(browser.text().toLowerCase()).contains("today", "client management", "practice management", "enterprise");

			browser.screenshot("today-owner");
			browser.clickLink("Staff").clickLink("Open a staff account");
			browser.type("username", trainer)
				.type("displayName", "Robin Coach")
				.type("password", "short")
				.click(By.xpath("//label[normalize-space()='Trainer']/preceding-sibling::input"))
				.submit("Open account");
			assertThat(browser.text()).contains("must have at least 12 characters");
			browser.screenshot("staff-form-error");
			browser.type("password", "Robin-Coaches-Well-2026").submit("Open account");
			assertThat(browser.text()).contains("Staff account " + trainer + " opened.", "Robin Coach");
			browser.submit("Sign out");

			browser.type("username", trainer).type("password", "Robin-Coaches-Well-2026").submit("Sign in");
			assertThat(browser.text()).contains("Welcome, Robin Coach", "Your clients");
			browser.clickLink("Register a client");
			browser.type("firstName", "Dorothy").type("lastName", lastName).type("dateOfBirth", "03141952");
			new Select(browser.driver().findElement(By.name("sex"))).selectByValue("FEMALE");
			browser.type("phone", "555-0142").submit("Register");
			assertThat(browser.text()).contains("Dorothy " + lastName + " is registered.", "555-0142", "Care team", trainer);
			browser.screenshot("client-detail");

			browser.clickLink("Clients").type("q", lastName.substring(0, 8)).submit("Search");
			browser.screenshot("client-search");
			browser.follow(By.linkText(lastName + ", Dorothy"));
			browser.clickLink("Edit");
			browser.type("phone", "555-0199").type("emergencyContactName", "Ruth " + lastName).submit("Save changes");
			assertThat(browser.text()).contains("Changes to Dorothy " + lastName + " saved.", "555-0199", "Ruth " + lastName);
			browser.screenshot("client-edited");
		}
	}

}
