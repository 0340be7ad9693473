package org.medexpro.reports.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.medexpro.reports.DocumentKind;
import org.medexpro.reports.DocumentService;
import org.medexpro.reports.DueDocument;
import org.medexpro.security.CurrentStaff;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Component;

/**
 * The 30-day batch: drafts every progress report due, one client at a time in the
 * background (each in its own transaction, as the staff member who started it), while the
 * due page shows the progress. One batch runs at a time; a draft already started is kept. A
 * finished batch's progress is kept an hour for the page, then forgotten.
 */
@Component
class ReportBatch {

	private static final Logger log = LoggerFactory.getLogger(ReportBatch.class);

	/** A batch as the page shows it; {@code total} is -1 while the due list is being worked out. */
	public record Progress(UUID id, String startedBy, int total, int done, int failed, boolean finished) {

		public int percent() {
			return total <= 0 ? (finished ? 100 : 0) : Math.round(100f * (done + failed) / total);
		}

	}

	/** How long a finished batch's progress stays for the page to show. */
	static final Duration KEEP_FINISHED = Duration.ofHours(1);

	private final DocumentService documents;

	private final Clock clock;

	private final ExecutorService executor = new DelegatingSecurityContextExecutorService(Executors.newSingleThreadExecutor());

	private final Map<UUID, Progress> batches = new ConcurrentHashMap<>();

	private final Map<UUID, Instant> finishedAt = new ConcurrentHashMap<>();

	ReportBatch(DocumentService documents, Clock clock) {
		this.documents = documents;
		this.clock = clock;
	}

	UUID start() {
		forgetFinished();
		UUID id = UUID.randomUUID();
		batches.put(id, new Progress(id, CurrentStaff.username(), -1, 0, 0, false));
		executor.submit(() -> run(id));
		return id;
	}

	Optional<Progress> progress(UUID id) {
		forgetFinished();
		return Optional.ofNullable(batches.get(id));
	}

	/** Forgets the batches that finished more than {@link #KEEP_FINISHED} ago. */
	private void forgetFinished() {
		Instant before = clock.instant().minus(KEEP_FINISHED);
		finishedAt.entrySet().removeIf(e -> {
			boolean old = e.getValue().isBefore(before);
			if (old) {
				batches.remove(e.getKey());
			}
			return old;
		});
	}

	private void run(UUID id) {
		Progress start = batches.get(id);
		List<DueDocument> due = documents.progressReportsDue().stream().filter(d -> d.documentId() == null).toList();
		AtomicInteger done = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		batches.put(id, new Progress(id, start.startedBy(), due.size(), 0, 0, due.isEmpty()));
		for (DueDocument d : due) {
			try {
				documents.draft(d.clientId(), DocumentKind.PROGRESS_REPORT, null, null);
				done.incrementAndGet();
			}
			catch (RuntimeException ex) {
				failed.incrementAndGet();
				log.warn("progress report batch {}: a draft failed ({})", id, ex.getClass().getSimpleName());
			}
			batches.put(id, new Progress(id, start.startedBy(), due.size(), done.get(), failed.get(), false));
		}
		batches.put(id, new Progress(id, start.startedBy(), due.size(), done.get(), failed.get(), true));
		finishedAt.put(id, clock.instant());
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

}
