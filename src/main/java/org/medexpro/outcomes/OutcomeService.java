package org.medexpro.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditTrail;
import org.medexpro.clients.ClientAccessLevel;
import org.medexpro.clients.ClientDetails;
import org.medexpro.clients.ClientService;
import org.medexpro.knowledge.KnowledgeBase;
import org.medexpro.knowledge.Measure;
import org.medexpro.knowledge.Norm;
import org.medexpro.outcomes.internal.MeasurementRepository;
import org.medexpro.security.CurrentStaff;
import org.medexpro.shared.FieldErrorsException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records functional outcome measurements and turns them into outcomes: baseline (the
 * first), latest, change, MCID, meaningful and improved.
 */
@Service
public class OutcomeService {

	/** Measures are repeated every 30 days (meti-practice 5.6). */
	public static final int REMEASURE_DAYS = 30;

	private final MeasurementRepository measurements;

	private final KnowledgeBase knowledge;

	private final ClientService clients;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	OutcomeService(MeasurementRepository measurements, KnowledgeBase knowledge, ClientService clients, AuditTrail audit,
			Clock clock, ApplicationEventPublisher events) {
		this.measurements = measurements;
		this.knowledge = knowledge;
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Records a measurement: a value, or for a questionnaire its answers (one per item, null
	 * for a skipped item), scored here.
	 * @throws FieldErrorsException naming {@code measureCode}, {@code value}, {@code answers}
	 * or {@code measuredOn}
	 */
	@Transactional
	public Measurement record(UUID clientId, String measureCode, @Nullable BigDecimal value,
			@Nullable List<@Nullable Integer> answers, LocalDate measuredOn, @Nullable String note) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		Measure measure = knowledge.measure(measureCode)
			.orElseThrow(() -> new FieldErrorsException("measureCode", "is not a measure (GET /api/v1/measures)"));
		if (measuredOn.isAfter(LocalDate.now(clock))) {
			throw new FieldErrorsException("measuredOn", "must not be in the future");
		}
		BigDecimal score = score(measure, value, answers);
		UUID id = UUID.randomUUID();
		measurements.insert(id, clientId, measure.code(), score, answers, measuredOn, note, OffsetDateTime.now(clock),
				CurrentStaff.username());
		audit.record(AuditAction.CREATE, "Measurement", id, clientId, measure.code());
		events.publishEvent(new MeasurementRecorded(clientId, measure.code()));
		return measurements.find(id).orElseThrow();
	}

	/**
	 * The latest value of each measure of every client, for a practice-wide re-check by the
	 * system (after a rule change). Not for showing to anyone; the caller audits what it changes.
	 */
	@Transactional(readOnly = true)
	public Map<UUID, Map<String, Double>> latestValuesOfAll() {
		return measurements.latestValuesOfAll();
	}

	/** Every measurement of the client, oldest first (audited). */
	@Transactional
	public List<Measurement> measurements(UUID clientId) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		audit.record(AuditAction.READ, "Measurement", clientId, clientId, null);
		return measurements.forClient(clientId);
	}

	/** Per measure recorded: baseline, latest, change, MCID and whether it is meaningful and improved (audited). */
	@Transactional
	public List<Outcome> outcomes(UUID clientId) {
		List<Measurement> all = measurements(clientId);
		ClientDetails client = clients.get(clientId);
		int age = Period.between(client.dateOfBirth(), LocalDate.now(clock)).getYears();
		Map<String, List<Measurement>> byMeasure = new LinkedHashMap<>();
		all.forEach(m -> byMeasure.computeIfAbsent(m.measureCode(), k -> new ArrayList<>()).add(m));
		List<Outcome> outcomes = new ArrayList<>();
		byMeasure.forEach((code, series) -> knowledge.measure(code).ifPresent(measure -> {
			Measurement first = series.get(0);
			Measurement last = series.get(series.size() - 1);
			double baseline = first.value().doubleValue();
			double latest = last.value().doubleValue();
			double change = BigDecimal.valueOf(latest - baseline).setScale(measure.decimals(), RoundingMode.HALF_UP).doubleValue();
			outcomes.add(new Outcome(code, measure.name(), measure.unit(), measure.higherIsBetter(), baseline,
					first.measuredOn(), latest, last.measuredOn(), change,
					measure.mcid() == null ? null : measure.mcid().value(),
					series.size() > 1 && measure.isMeaningful(baseline, latest),
					series.size() > 1 && measure.isImprovement(baseline, latest), measure.interpret(latest),
					norm(measure, client.sex().name(), age, latest), series.size(),
					last.measuredOn().plusDays(REMEASURE_DAYS).isBefore(LocalDate.now(clock)),
					series.stream().map(m -> new Outcome.Point(m.measuredOn(), m.value().doubleValue())).toList()));
		}));
		return outcomes;
	}

	private static @Nullable String norm(Measure measure, String sex, int age, double value) {
		return measure.norms().stream().filter(n -> n.appliesTo(sex, age)).findFirst().map(n -> {
			String range = measure.format(n.low()) + "–" + measure.format(n.high()) + " " + measure.unit();
			String where = value < n.low() ? "below" : value > n.high() ? "above" : "within";
			return where + " the norm for age " + n.ageFrom() + "–" + n.ageTo() + " (" + range + ")";
		}).orElse(null);
	}

	private static BigDecimal score(Measure measure, @Nullable BigDecimal value, @Nullable List<@Nullable Integer> answers) {
		if (measure.questionnaire() != null && answers != null) {
			OptionalDouble score;
			try {
				score = measure.questionnaire().score(answers);
			}
			catch (IllegalArgumentException ex) {
				throw new FieldErrorsException("answers", ex.getMessage());
			}
			if (score.isEmpty()) {
				throw new FieldErrorsException("answers", "too few items answered to score " + measure.code() + " (at least "
						+ measure.questionnaire().minAnswered() + ")");
			}
			return BigDecimal.valueOf(score.getAsDouble()).setScale(Math.max(1, measure.decimals()), RoundingMode.HALF_UP);
		}
		if (value == null) {
			throw new FieldErrorsException(measure.questionnaire() != null ? "answers" : "value",
					measure.questionnaire() != null ? "give the answers (or the score as value)" : "give the measured value");
		}
		if (!measure.inRange(value.doubleValue())) {
			throw new FieldErrorsException("value", "must be between " + measure.format(measure.min()) + " and "
					+ measure.format(measure.max()) + " " + measure.unit() + " for " + measure.code());
		}
		return value.setScale(Math.max(value.scale(), measure.decimals()), RoundingMode.HALF_UP);
	}

}
