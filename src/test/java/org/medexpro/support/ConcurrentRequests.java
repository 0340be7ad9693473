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

	/** @return how many answers had each status */
	public static Map<Integer, Integer> post(String url, String bearerToken, String json, int times) throws Exception {
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		HttpRequest request = HttpRequest.newBuilder(URI.create(url))
			.header("Authorization", "Bearer " + bearerToken)
			.header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json))
			.build();
		ExecutorService pool = Executors.newFixedThreadPool(times);
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<Integer>> answers = new ArrayList<>();
			for (int i = 0; i < times; i++) {
				answers.add(pool.submit(() -> {
					start.await();
					return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
				}));
			}
			start.countDown();
			Map<Integer, Integer> counts = new TreeMap<>();
			for (Future<Integer> answer : answers) {
				counts.merge(answer.get(), 1, Integer::sum);
			}
			return counts;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
