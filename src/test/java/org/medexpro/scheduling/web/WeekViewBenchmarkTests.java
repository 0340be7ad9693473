package org.medexpro.scheduling.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.medexpro.scheduling.AppointmentKind;
import org.medexpro.scheduling.AppointmentRequest;
import org.medexpro.scheduling.SchedulingService;
import org.medexpro.security.Role;
import org.medexpro.shared.PracticeTime;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark, not part of the suite (tag {@code benchmark}; run by {@code bench/schedule.sh}):
 * a practice of 20 exercise professionals with two years of appointments, eight one-hour
 * appointments a day each on weekdays (about 83,000, booked through the scheduling service
 * as weekly series), on the app's H2 file database with its production durability. The week
 * view of everyone (about 800 appointments) and of one staff member is then loaded over real
 * HTTP by a signed-in owner, for weeks spread over the two years. Target: p95 under 50 ms.
 */
@MedexIntegrationTest
@Tag("benchmark")
class WeekViewBenchmarkTests {

	static final int STAFF = Integer.getInteger("medex.bench.staff", 20);

	static final int WEEKS = Integer.getInteger("medex.bench.weeks", 104);

	static final int LOADS = Integer.getInteger("medex.bench.loads", 400);

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SchedulingService scheduling;

	@Autowired
	PracticeTime time;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theWeekViewOfATwentyStaffPracticeWithTwoYearsOfAppointments() throws Exception {
		ZoneId zone = time.zone();
		LocalDate firstMonday = LocalDate.now(zone).minusWeeks(WEEKS / 2).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<String> staff = new ArrayList<>();
		long seedStart = System.nanoTime();
		for (int s = 0; s < STAFF; s++) {
			staff.add(fixtures.staffMember(Role.TRAINER));
		}
		Fixtures.as("owner", Set.of(Role.OWNER), () -> {
			for (String trainer : staff) {
				for (int hour = 8; hour < 16; hour++) {
					UUID client = fixtures.clientOf(trainer).id();
					// A weekly series is at most 52 weeks: one a year.
					for (int from = 0; from < WEEKS; from += 52) {
						var start = firstMonday.plusWeeks(from).atTime(hour, 0).atZone(zone).toOffsetDateTime();
						scheduling.book(new AppointmentRequest(client, trainer, start, start.plusMinutes(60), AppointmentKind.ONE_TO_ONE,
								null, new AppointmentRequest.Repeat(Set.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
										DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), Math.min(52, WEEKS - from))));
					}
				}
			}
			return null;
		});
		double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
		long appointments = jdbc.sql("select count(*) from appointments").query(Long.class).single();

		HttpClient http = signedIn();
		Random random = new Random(20261204L);
		// Warm-up: the JIT compiler and the database's caches.
		measure(http, firstMonday, random, 300, "all", 1);
		List<String> lines = new ArrayList<>();
		lines.add("Week view benchmark, " + java.time.OffsetDateTime.now() + ", " + Runtime.getRuntime().availableProcessors()
				+ " processors, " + ManagementFactory.getRuntimeMXBean().getVmVersion());
		lines.add(String.format("Practice: %d staff, %d weeks, %,d appointments in the database (seeded through the service in %.0f s)",
				STAFF, WEEKS, appointments, seedSeconds));
		lines.add(report("Everyone's week (about " + 8 * 5 * STAFF + " appointments), 1 user", measure(http, firstMonday, random, LOADS, "all", 1)));
		lines.add(report("Everyone's week, 4 users at once", measure(http, firstMonday, random, LOADS, "all", 4)));
		lines.add(report("One trainer's week (40 appointments), 1 user", measure(http, firstMonday, random, LOADS, staff.get(0), 1)));
		Path out = Path.of("target", "benchmarks", "week-view.txt");
		Files.createDirectories(out.getParent());
		Files.write(out, lines);
		lines.forEach(System.out::println);
	}

	/** Loads random weeks of the two years; the time of each load in ms. */
	private List<Double> measure(HttpClient http, LocalDate firstMonday, Random random, int loads, String who, int users)
			throws Exception {
		List<Double> times = Collections.synchronizedList(new ArrayList<>());
		ExecutorService pool = Executors.newFixedThreadPool(users);
		try {
			List<Future<?>> work = new ArrayList<>();
			for (int u = 0; u < users; u++) {
				long seed = random.nextLong();
				work.add(pool.submit(() -> {
					Random mine = new Random(seed);
					for (int i = 0; i < loads / users; i++) {
						LocalDate week = firstMonday.plusWeeks(mine.nextInt(WEEKS));
						URI uri = URI.create("http://127.0.0.1:" + port + "/schedule/week?date=" + week + "&staff="
								+ URLEncoder.encode(who, StandardCharsets.UTF_8));
						long t0 = System.nanoTime();
						HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
						times.add((System.nanoTime() - t0) / 1e6);
						assertThat(page.statusCode()).isEqualTo(200);
						assertThat(page.body()).contains("Week of " + week);
					}
					return null;
				}));
			}
			for (Future<?> f : work) {
				f.get();
			}
		}
		finally {
			pool.shutdownNow();
		}
		return times;
	}

	private static String report(String what, List<Double> times) {
		List<Double> sorted = new ArrayList<>(times);
		Collections.sort(sorted);
		return String.format("%s: %d loads, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", what, sorted.size(),
				at(sorted, 0.50), at(sorted, 0.95), at(sorted, 0.99), sorted.get(sorted.size() - 1));
	}

	private static double at(List<Double> sorted, double quantile) {
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1));
	}

	/** An HTTP client signed in as the owner through the login form (CSRF token and session cookie). */
	private HttpClient signedIn() throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
		String login = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(login);
		assertThat(csrf.find()).as("the login form carries a CSRF token").isTrue();
		String form = "username=" + MedexIntegrationTest.OWNER + "&password="
				+ URLEncoder.encode(MedexIntegrationTest.OWNER_PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf.group(1);
		HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(302);
		assertThat(answer.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return http;
	}

}
