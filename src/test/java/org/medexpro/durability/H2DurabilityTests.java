package org.medexpro.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * An acknowledged write survives {@code kill -9}: a child JVM commits rows on an H2 file
 * database opened with the application's own URL settings and is killed at a random
 * moment; every row it acknowledged is there when the database is opened again.
 */
class H2DurabilityTests {

	@Test
	void keepsEveryAcknowledgedCommitWhenTheProcessIsKilled() throws Exception {
		String url = applicationUrl(Files.createTempDirectory(Path.of("target"), "h2-kill").toAbsolutePath());
		Random random = new Random(7);
		long next = 1;
		for (int round = 0; round < 3; round++) {
			Set<Long> acknowledged = new HashSet<>();
			Process writer = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
					System.getProperty("java.class.path"), H2CommitWriter.class.getName(), url, Long.toString(next))
				.redirectErrorStream(true)
				.start();
			int killAfter = 50 + random.nextInt(400);
			try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
				String line;
				while ((line = out.readLine()) != null && acknowledged.size() < killAfter) {
					if (line.startsWith("ACK ")) {
						acknowledged.add(Long.parseLong(line.substring(4)));
					}
				}
				writer.destroyForcibly();
				assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
			}
			assertThat(acknowledged).as("the writer acknowledged commits before it was killed").hasSizeGreaterThanOrEqualTo(killAfter);
			Set<Long> stored = new HashSet<>();
			try (Connection connection = DriverManager.getConnection(url, "sa", "");
					ResultSet rows = connection.createStatement().executeQuery("select id from acked")) {
				while (rows.next()) {
					stored.add(rows.getLong(1));
				}
			}
			assertThat(stored).containsAll(acknowledged);
			next = stored.stream().mapToLong(Long::longValue).max().orElse(0) + 1;
		}
	}

	/** The embedded database URL exactly as application.properties configures it. */
	private static String applicationUrl(Path dataDir) throws Exception {
		String properties = new ClassPathResource("application.properties").getContentAsString(StandardCharsets.UTF_8);
		Matcher matcher = Pattern.compile("spring\\.datasource\\.url=\\$\\{MEDEX_DB_URL:(jdbc:h2:file:[^\\n]*)}\\s*$", Pattern.MULTILINE)
			.matcher(properties);
		assertThat(matcher.find()).as("application.properties configures an H2 file URL").isTrue();
		return matcher.group(1).replace("${medex.data-dir}", dataDir.toString());
	}

}
