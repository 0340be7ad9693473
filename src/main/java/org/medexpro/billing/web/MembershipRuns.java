package org.medexpro.billing.web;

import java.time.YearMonth;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.jspecify.annotations.Nullable;
import org.medexpro.billing.MembershipService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutorService;
import org.springframework.stereotype.Component;

/**
 * The monthly membership run started from the page: in the background, as the staff member
 * who started it, with its progress for the page's bar. One run at a time.
 */
@Component
class MembershipRuns {

	private static final Logger log = LoggerFactory.getLogger(MembershipRuns.class);

	/** A run as the page shows it. */
	public record Progress(UUID id, String period, int total, int done, boolean finished,
			MembershipService.@Nullable RunResult result, @Nullable String error) {

		public int percent() {
			return total <= 0 ? (finished ? 100 : 0) : Math.round(100f * done / total);
		}

	}

	private final MembershipService memberships;

	private final ExecutorService executor = new DelegatingSecurityContextExecutorService(Executors.newSingleThreadExecutor());

	private final Map<UUID, Progress> runs = new ConcurrentHashMap<>();

	MembershipRuns(MembershipService memberships) {
		this.memberships = memberships;
	}

	UUID start(YearMonth month) {
		UUID id = UUID.randomUUID();
		runs.put(id, new Progress(id, month.toString(), -1, 0, false, null, null));
		executor.submit(() -> run(id, month));
		return id;
	}

	Optional<Progress> progress(UUID id) {
		return Optional.ofNullable(runs.get(id));
	}

	private void run(UUID id, YearMonth month) {
		try {
			int total = memberships.dueFor(month);
			runs.put(id, new Progress(id, month.toString(), total, 0, false, null, null));
			MembershipService.RunResult result = memberships.monthlyRun(month,
					done -> runs.put(id, new Progress(id, month.toString(), total, done, false, null, null)));
			runs.put(id, new Progress(id, month.toString(), total, total, true, result, null));
		}
		catch (RuntimeException ex) {
			log.warn("membership run {} for {} stopped ({}); run it again to charge the rest", id, month, ex.getClass().getSimpleName());
			Progress last = runs.get(id);
			runs.put(id, new Progress(id, month.toString(), last.total(), last.done(), true, null,
					"The run stopped before the end; what was charged stays charged. Run it again to charge the rest."));
		}
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

}
