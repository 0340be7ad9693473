package org.medexpro.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.medexpro.clients.ClientData;
import org.medexpro.clients.ClientService;
import org.medexpro.clients.Sex;
import org.medexpro.security.Role;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark, not part of the suite (tag {@code benchmark}; run by {@code bench/memberships.sh}):
 * 5,000 clients with an active medical membership (registered and started through the
 * services) on the app's H2 file database with its production durability; the monthly run
 * charges each of them once (an invoice and a charge row each, audited, committed in chunks),
 * and a second run of the same month charges none.
 */
@MedexIntegrationTest
@Tag("benchmark")
class MembershipRunBenchmarkTests {

	static final int MEMBERS = Integer.getInteger("medex.bench.members", 5_000);

	@Autowired
	ClientService clients;

	@Autowired
	MembershipService memberships;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theMonthlyRunOfFiveThousandMembers() throws Exception {
		YearMonth month = YearMonth.of(2031, 1);
		long seedStart = System.nanoTime();
		Fixtures.as("owner", Set.of(Role.OWNER), () -> {
			UUID plan = memberships.addPlan(new Membership.PlanData(Fixtures.unique("Maintenance"), Money.parse("89.00"), 8)).id();
			for (int i = 0; i < MEMBERS; i++) {
				UUID client = clients.register(ClientData.of("Member", "Client" + i, LocalDate.of(1945, 1, 1).plusDays(i % 9000), Sex.FEMALE)).id();
				memberships.start(client, plan, LocalDate.of(2030, 12, 1));
			}
			return null;
		});
		double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		List<String> lines = new ArrayList<>();
		lines.add("Monthly membership run benchmark, " + java.time.OffsetDateTime.now() + ", "
				+ Runtime.getRuntime().availableProcessors() + " processors, " + ManagementFactory.getRuntimeMXBean().getVmVersion());
		lines.add(String.format("%,d members seeded through the services in %.0f s", MEMBERS, seedSeconds));
		for (String run : List.of("First run", "Second run of the same month")) {
			long cpu0 = threads.getCurrentThreadCpuTime();
			long t0 = System.nanoTime();
			MembershipService.RunResult result = Fixtures.as("owner", Set.of(Role.OWNER), () -> memberships.monthlyRun(month, done -> {
			}));
			double seconds = (System.nanoTime() - t0) / 1e9;
			double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
			lines.add(String.format("%s: %,d charged, %,d already charged, total %s, %.2f s (%.2f ms a member), %.2f s CPU of the run's thread",
					run, result.charged(), result.alreadyCharged(), result.total(), seconds, 1000 * seconds / MEMBERS, cpu));
		}
		long charges = jdbc.sql("select count(*) from membership_charges where period = ?").param(month.toString()).query(Long.class).single();
		assertThat(charges).as("each member charged once").isEqualTo(MEMBERS);
		lines.add(String.format("Charges of %s in the database: %,d", month, charges));
		Path out = Path.of("target", "benchmarks", "memberships.txt");
		Files.createDirectories(out.getParent());
		Files.write(out, lines);
		lines.forEach(System.out::println);
	}

}
