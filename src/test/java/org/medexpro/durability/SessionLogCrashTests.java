package org.medexpro.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An acknowledged session log survives the death of the process: the real application is
 * started on an H2 file, a log is saved over HTTP, the JVM is killed with SIGKILL the moment
 * the 201 arrives, and the application started again on the same file has the log intact.
 */
class SessionLogCrashTests {

	static final String PASSWORD = "Crash-Test-Secret-2026";

	static final JsonMapper JSON = JsonMapper.builder().build();

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void anAcknowledgedSessionLogIsIntactAfterKillNine() throws Exception {
		Path data = Files.createTempDirectory(Path.of("target"), "crash-").toAbsolutePath();
		int port = freePort();
		Process app = start(data, port);
		String sessionId;
		try {
			awaitHealthy(port, app);
			String client = post(port, "/api/v1/clients",
					"{\"firstName\":\"Crash\",\"lastName\":\"Testclient\",\"dateOfBirth\":\"1952-06-01\",\"sex\":\"FEMALE\"}")
				.get("id").asText();
			post(port, "/api/v1/clients/" + client + "/intake", """
					{"conditions":[{"code":"KNEE_OSTEOARTHRITIS","side":"LEFT","eventDate":"2020-01-01"}],
					 "restingVitals":{"systolic":128,"diastolic":80,"heartRate":70}}""");
			OffsetDateTime end = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(2);
			sessionId = post(port, "/api/v1/clients/" + client + "/sessions", """
					{"startedAt":"%s","endedAt":"%s","preVitals":{"systolic":128,"diastolic":80,"heartRate":70},
					 "entries":[{"exerciseCode":"ANKLE_PUMPS","sets":2,"reps":15,"rpe":11,"painBefore":1,"painAfter":1,"tolerance":"GOOD"},
					            {"exerciseCode":"HEEL_RAISES_SUPPORTED","sets":2,"reps":10,"rpe":13,"painBefore":1,"painAfter":2,"tolerance":"FAIR"}],
					 "notes":"Logged just before the power cut."}""".formatted(end.minusMinutes(45), end))
				.get("id").asText();
		}
		finally {
			app.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no H2 close
			assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
		}

		Process again = start(data, port);
		try {
			awaitHealthy(port, again);
			JsonNode log = get(port, "/api/v1/sessions/" + sessionId);
			assertThat(log.get("status").asText()).isEqualTo("DRAFT");
			assertThat(log.get("notes").asText()).isEqualTo("Logged just before the power cut.");
			assertThat(log.get("entries").valueStream().map(e -> e.get("exerciseCode").asText()).toList())
				.containsExactly("ANKLE_PUMPS", "HEEL_RAISES_SUPPORTED");
			assertThat(log.get("entries").get(1).get("painAfter").asInt()).isEqualTo(2);
			assertThat(log.get("vitalsCheck").get("decision").asText()).isEqualTo("GO");
		}
		finally {
			again.destroyForcibly();
			again.waitFor(30, TimeUnit.SECONDS);
		}
	}

	private static Process start(Path data, int port) throws IOException {
		Path log = data.resolve("app-" + System.nanoTime() + ".log");
		return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-cp",
				System.getProperty("java.class.path"), "org.medexpro.MedexApplication", "--server.port=" + port,
				"--server.address=127.0.0.1", "--medex.data-dir=" + data, "--medex.admin.username=owner",
				"--medex.admin.password=" + PASSWORD)
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
	}

	private void awaitHealthy(int port, Process app) throws Exception {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (System.nanoTime() < deadline) {
			assertThat(app.isAlive()).as("the application is still starting").isTrue();
			try {
				HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health"))
					.timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
				if (health.statusCode() == 200) {
					return;
				}
			}
			catch (IOException notYet) {
				// still starting
			}
			Thread.sleep(250);
		}
		throw new AssertionError("the application did not start within 120 s");
	}

	private JsonNode post(int port, String path, String body) throws Exception {
		HttpResponse<String> response = http.send(request(port, path).POST(HttpRequest.BodyPublishers.ofString(body))
			.header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
		assertThat(List.of(200, 201)).as(path + ": " + response.body()).contains(response.statusCode());
		return JSON.readTree(response.body());
	}

	private JsonNode get(int port, String path) throws Exception {
		HttpResponse<String> response = http.send(request(port, path).GET().build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return JSON.readTree(response.body());
	}

	private static HttpRequest.Builder request(int port, String path) {
		String basic = Base64.getEncoder().encodeToString(("owner:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(Duration.ofSeconds(30))
			.header("Authorization", "Basic " + basic)
			.header("Accept", "application/json");
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
