package org.medexpro.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Sends the same request many times at once over real HTTP (each on its own thread,
 * released together) and counts the answers by status: for the guarantees that must hold
 * however many requests arrive together, such as no double booking.
 */
public final class ConcurrentRequests {

	private ConcurrentRequests() {
	}

	/** The same body {@code times} times. @return how many answers had each status */
	public static Map<Integer, Integer> post(String url, String bearerToken, String json, int times) throws Exception {
		Map<Integer, Integer> counts = new TreeMap<>();
		for (HttpResponse<String> answer : post(url, bearerToken, java.util.Collections.nCopies(times, json))) {
			counts.merge(answer.statusCode(), 1, Integer::sum);
		}
		return counts;
	}

	/** Each body once, all at once. @return the answers, in the order of the bodies */
	public static List<HttpResponse<String>> post(String url, String bearerToken, List<String> bodies) throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		ExecutorService pool = Executors.newFixedThreadPool(bodies.size());
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<HttpResponse<String>>> answers = new ArrayList<>();
			for (String body : bodies) {
				HttpRequest request = HttpRequest.newBuilder(URI.create(url))
					.header("Authorization", "Bearer " + bearerToken)
					.header("Content-Type", "application/json")
					.header("Accept", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build();
				answers.add(pool.submit(() -> {
					start.await();
					return http.send(request, HttpResponse.BodyHandlers.ofString());
				}));
			}
			start.countDown();
			List<HttpResponse<String>> responses = new ArrayList<>();
			for (Future<HttpResponse<String>> answer : answers) {
				responses.add(answer.get());
			}
			return responses;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
