package org.medexpro.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.medexpro.scheduling.Appointment;
import org.medexpro.scheduling.AppointmentStatus;
import org.medexpro.scheduling.SchedulingService;
import org.medexpro.security.Role;
import org.medexpro.sessions.Attendance;
import org.medexpro.sessions.ServiceKind;
import org.medexpro.sessions.SessionLogService;
import org.medexpro.sessions.SessionRequest;
import org.medexpro.shared.PracticeTime;
import org.medexpro.support.Browser;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.medexpro.support.RequiresChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * From the calendar to the invoice, on a tablet held sideways (1024 × 768): the front desk
 * books a weekly series and sees it on the week; the client misses the second session, which
 * the front desk marks a no-show; the trainer's signed logs of the other two mark them
 * attended; billing invoices the attended sessions, and the no-show is not billed.
 */
@MedexIntegrationTest
@RequiresChromium
class CalendarToInvoiceBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SchedulingService scheduling;

	@Autowired
	SessionLogService sessions;

	@Autowired
	PracticeTime time;

	@Test
	void aWeeklySeriesOnTheWeekViewANoShowAndTheAttendedSessionsInvoiced() throws Exception {
		String trainer = fixtures.staffMember(Role.TRAINER);
		String frontDesk = fixtures.staffMember(Role.FRONT_DESK);
		String billing = fixtures.staffMember(Role.BILLING);
		UUID client = fixtures.clearedClientOf(trainer, "KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(3));
		ZoneId zone = time.zone();
		LocalDate first = LocalDate.now(zone).minusWeeks(3);

		try (Browser browser = new Browser(port, 1024, 768)) {
			browser.open("/login").type("username", frontDesk).type("password", Fixtures.PASSWORD).submit("Sign in");
			browser.open("/clients/" + client).clickLink("Book an appointment");
			new Select(browser.driver().findElement(By.name("staffUsername"))).selectByValue(trainer);
			new Select(browser.driver().findElement(By.name("kind"))).selectByValue("ONE_TO_ONE");
			set(browser, "date", first.toString());
			set(browser, "time", "10:00");
			set(browser, "minutes", "45");
			browser.tap(By.id("repeat-" + first.getDayOfWeek().name()));
			set(browser, "repeatWeeks", "3");
			browser.screenshot("booking-series");
			browser.submit("Book");
			assertThat(browser.text()).contains("3 appointments booked", "Week of " + first.with(java.time.DayOfWeek.MONDAY));
			List<WebElement> blocks = browser.driver().findElements(By.cssSelector("a.appointment"));
			assertThat(blocks).hasSize(1);
			assertThat(blocks.get(0).getText()).contains("10:00", "One-to-one training");
			browser.screenshot("week-view-series");

			// The second week: the client did not come.
			browser.follow(By.cssSelector("a[aria-label='Later']"));
			browser.follow(By.cssSelector("a.appointment"));
			assertThat(browser.text()).contains("Booked", "This and the later appointments of the series");
			browser.submit("No-show");
			assertThat(browser.driver().findElement(By.id("status")).getText()).isEqualTo("No-show");
			browser.screenshot("appointment-no-show");
			browser.submit("Sign out");

			// The trainer logged and signed the first and third sessions on their days.
			List<Appointment> series = Fixtures.as(trainer, Set.of(Role.TRAINER), () -> scheduling.ofClient(client));
			assertThat(series).extracting(Appointment::status)
				.containsExactly(AppointmentStatus.BOOKED, AppointmentStatus.NO_SHOW, AppointmentStatus.BOOKED);
			for (Appointment attended : List.of(series.get(0), series.get(2))) {
				OffsetDateTime start = attended.start().plusMinutes(5);
				Fixtures.as(trainer, Set.of(Role.TRAINER), () -> sessions.sign(sessions.create(client, new SessionRequest(start,
						start.plusMinutes(40), Attendance.ATTENDED, Fixtures.SAFE_VITALS, null, List.of(), null,
						Map.of(ServiceKind.STRENGTH_RANGE_ENDURANCE, 30, ServiceKind.FUNCTIONAL_ACTIVITIES, 8), "Trained as planned.", null))
					.id(), false));
			}
			assertThat(Fixtures.as(trainer, Set.of(Role.TRAINER), () -> scheduling.ofClient(client))).extracting(Appointment::status)
				.containsExactly(AppointmentStatus.ATTENDED, AppointmentStatus.NO_SHOW, AppointmentStatus.ATTENDED);

			browser.type("username", billing).type("password", Fixtures.PASSWORD).submit("Sign in");
			browser.open("/clients/" + client).follow(By.id("client-billing"));
			String toBill = browser.driver().findElement(By.id("sessions")).getText();
			assertThat(toBill).contains("no-show: nothing to bill").containsPattern("(?s)to invoice.*to invoice");
			browser.screenshot("billing-sessions");
			browser.submit("Invoice the chosen sessions");
			String invoice = browser.text();
			// 38 minutes a day: 97110 2 units and 97530 1 (the 8-minute rule), on each of the two days attended.
			assertThat(invoice).contains("Invoice #", series.get(0).start().atZoneSameInstant(zone).toLocalDate().toString(),
					series.get(2).start().atZoneSameInstant(zone).toLocalDate().toString(), "97110", "97530")
				.doesNotContain(series.get(1).start().atZoneSameInstant(zone).toLocalDate().toString());
			assertThat(browser.driver().findElements(By.cssSelector("#lines tbody tr"))).hasSize(4);
			browser.screenshot("invoice-of-attended-sessions");
		}
	}

	/** Sets a form field the way a date or time picker would (typing depends on the browser's locale). */
	private static void set(Browser browser, String name, String value) {
		WebElement field = browser.driver().findElement(By.name(name));
		((JavascriptExecutor) browser.driver()).executeScript("arguments[0].value = arguments[1]", field, value);
	}

}
