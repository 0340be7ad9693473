package org.medexpro.clients;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.medexpro.security.ApiTokenService;
import org.medexpro.security.Role;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Lost updates: staff who edit the same version of a client at the same moment, over real
 * HTTP. Exactly one edit wins; every other gets 409 and changes nothing.
 */
@MedexIntegrationTest
class ConcurrentEditTests {

	@LocalServerPort
	int port;

	@Autowired
	Fixtures fixtures;

	@Autowired
	ApiTokenService tokens;

	@Autowired
	ClientService clients;

	@Test
	void letsOneOfTwoConcurrentEditsWinAndRefusesTheOtherWithConflict() throws Exception {
		assertThat(race(2)).containsExactlyInAnyOrder(200, 409);
	}

	@Test
	void letsExactlyOneOfTwentyConcurrentEditsWin() throws Exception {
		List<Integer> statuses = race(20);
		assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
		assertThat(statuses).filteredOn(s -> s == 409).hasSize(19);
	}

	private List<Integer> race(int writers) throws Exception {
		ClientDetails client = fixtures.client(Fixtures.unique("Race"));
		String token = Fixtures.as("owner", Set.of(Role.OWNER), () -> tokens.create("owner", "race", 1)).token();
		HttpClient http = HttpClient.newHttpClient();
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(writers);
		List<Future<Integer>> results = new ArrayList<>();
		for (int i = 0; i < writers; i++) {
			String phone = String.format("555-%04d", i);
			Callable<Integer> edit = () -> {
				HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/clients/" + client.id()))
					.header("Authorization", "Bearer " + token)
					.header("Content-Type", "application/json")
					.PUT(HttpRequest.BodyPublishers.ofString("""
							{"firstName":"Ada","lastName":"%s","dateOfBirth":"1956-04-02","sex":"FEMALE","phone":"%s","version":0}"""
						.formatted(client.lastName(), phone)))
					.build();
				start.await();
				return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
			};
			results.add(pool.submit(edit));
		}
		start.countDown();
		List<Integer> statuses = new ArrayList<>();
		for (Future<Integer> result : results) {
			statuses.add(result.get());
		}
		pool.shutdown();
		ClientDetails after = Fixtures.as("owner", Set.of(Role.OWNER), () -> clients.get(client.id()));
		assertThat(after.version()).isEqualTo(1);
		return statuses;
	}

}
