package org.medexpro.reports.web;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.medexpro.assessment.AssessmentService;
import org.medexpro.assessment.IntakeData;
import org.medexpro.clients.ClientData;
import org.medexpro.clients.ClientService;
import org.medexpro.clients.Sex;
import org.medexpro.outcomes.OutcomeService;
import org.medexpro.physicians.PhysicianData;
import org.medexpro.physicians.PhysicianService;
import org.medexpro.programs.ProgramService;
import org.medexpro.reports.Document;
import org.medexpro.reports.DocumentKind;
import org.medexpro.reports.DocumentService;
import org.medexpro.security.Role;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.medexpro.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark, not part of the suite (tag {@code benchmark}; run by {@code bench/reports.sh}):
 * a practice of 1,000 clients a month into their programs, each referred by a physician
 * with four measures taken twice; the 30-day batch drafts all their progress reports (one
 * thread, as on the page), and one report is drafted, signed and rendered as a PDF on its
 * own. Target: under 100 ms per report on one core.
 */
@MedexIntegrationTest
@Tag("benchmark")
class ReportBatchBenchmarkTests {

	static final int CLIENTS = Integer.getInteger("medex.bench.clients", 1_000);

	static final String[][] MEASURES = { { "TUG", "15.2", "12.4" }, { "CST30", "8", "11" }, { "BBS", "44", "50" },
			{ "SMWT", "320", "365" } };

	@Autowired
	ClientService clients;

	@Autowired
	AssessmentService assessment;

	@Autowired
	OutcomeService outcomes;

	@Autowired
	ProgramService programs;

	@Autowired
	PhysicianService physicians;

	@Autowired
	DocumentService documents;

	@Autowired
	ReportBatch batch;

	@Autowired
	TestClock clock;

	@Test
	void theThirtyDayBatchForAThousandClients() throws Exception {
		List<UUID> practice = Fixtures.as("owner", Set.of(Role.OWNER), this::seed);
		clock.pin(Instant.now().plus(Duration.ofDays(31)));
		try {
			StringBuilder report = new StringBuilder("Progress reports (ReportBatchBenchmarkTests, " + LocalDate.now() + ")\n");
			Fixtures.as("owner", Set.of(Role.OWNER), () -> {
				long start = System.nanoTime();
				UUID id = batch.start();
				ReportBatch.Progress progress;
				do {
					sleep();
					progress = batch.progress(id).orElseThrow();
				}
				while (!progress.finished());
				double seconds = (System.nanoTime() - start) / 1e9;
				report.append(String.format("30-day batch: %,d progress reports drafted (%d failed) in %.1f s, %.1f ms per report "
						+ "(one thread, finding what is due included)%n", progress.done(), progress.failed(), seconds,
						seconds * 1000 / Math.max(1, progress.done())));

				ThreadMXBean threads = ManagementFactory.getThreadMXBean();
				List<Double> wall = new ArrayList<>();
				List<Double> cpu = new ArrayList<>();
				for (UUID client : practice.subList(0, 50)) {
					long t0 = System.nanoTime();
					long c0 = threads.getCurrentThreadCpuTime();
					Document draft = documents.draft(client, DocumentKind.PROGRESS_REPORT, null, null);
					Document signed = documents.sign(draft.id(), false);
					documents.pdf(signed.id());
					cpu.add((threads.getCurrentThreadCpuTime() - c0) / 1e6);
					wall.add((System.nanoTime() - t0) / 1e6);
				}
				report.append(String.format("one report, drafted, signed and rendered as a one-page PDF (50 clients after the batch): "
						+ "median %.1f ms wall, %.1f ms CPU of one core (target under 100 ms)%n", median(wall), median(cpu)));
				return null;
			});
			System.out.println(report);
			Path out = Path.of("target", "benchmarks", "reports.txt");
			Files.createDirectories(out.getParent());
			Files.writeString(out, report);
		}
		finally {
			clock.release();
		}
	}

	private List<UUID> seed() {
		UUID physician = physicians.add(new PhysicianData("Dr. " + Fixtures.unique("Bench"), "Riverton Orthopaedics", null,
				"555-0102", "bench@clinic.example", null)).id();
		List<UUID> ids = new ArrayList<>();
		for (int i = 0; i < CLIENTS; i++) {
			UUID client = clients.register(new ClientData("Bench", "Client" + i, LocalDate.of(1950, 1, 1).plusDays(i), Sex.FEMALE,
					null, null, null, null, null, null, null, null, null, true, LocalDate.now().minusDays(40))).id();
			assessment.recordIntake(client, new IntakeData(physician, null,
					List.of(new IntakeData.ConditionEntry("KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.of(2019, 3, 1), "M17.12")),
					null, null, null, null, null, new IntakeData.Vitals(126, 78, 68, null, null, null),
					"Cannot walk to the shops without stopping.", null, null));
			for (String[] m : MEASURES) {
				outcomes.record(client, m[0], new BigDecimal(m[1]), null, LocalDate.now().minusDays(2), null);
				outcomes.record(client, m[0], new BigDecimal(m[2]), null, LocalDate.now(), null);
			}
			programs.create(client, "KNEE_OSTEOARTHRITIS");
			ids.add(client);
		}
		return ids;
	}

	private static double median(List<Double> values) {
		List<Double> sorted = values.stream().sorted().toList();
		return sorted.get(sorted.size() / 2);
	}

	private static void sleep() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
