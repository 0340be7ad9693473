package org.medexpro.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.medexpro.knowledge.internal.KnowledgeFiles;
import org.medexpro.knowledge.internal.PracticeKnowledge;
import org.medexpro.security.CurrentStaff;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The knowledge base as loaded and validated at start-up. Not client information.
 */
@Service
public class KnowledgeBase {

	private final KnowledgeFiles files;

	private final PracticeKnowledge practice;

	private final ApplicationEventPublisher events;

	private final AtomicLong revision = new AtomicLong();

	KnowledgeBase(KnowledgeFiles files, PracticeKnowledge practice, ApplicationEventPublisher events) {
		this.files = files;
		this.practice = practice;
		this.events = events;
	}

	/** The exercise library: the shipped file, then the practice's own. */
	public List<Exercise> exercises() {
		List<Exercise> all = new ArrayList<>(files.exercises());
		all.addAll(practice.exercises());
		return all;
	}

	public Optional<Exercise> exercise(String code) {
		return exercises().stream().filter(e -> e.code().equals(code)).findFirst();
	}

	/** Exercises whose code, name or purposes contain every word of the query. */
	public List<Exercise> searchExercises(String query) {
		List<String> words = List.of(query.toLowerCase(Locale.ROOT).trim().split("\\s+"));
		return exercises().stream()
			.filter(e -> {
				String text = (e.code() + " " + e.name() + " " + String.join(" ", e.purposes()) + " " + e.category())
					.toLowerCase(Locale.ROOT).replace('_', ' ');
				return words.stream().allMatch(text::contains);
			})
			.toList();
	}

	/** The contraindication rules of the conditions: the shipped file, then the practice's own. */
	public List<ContraindicationRule> rules() {
		List<ContraindicationRule> all = new ArrayList<>(files.rules());
		all.addAll(practice.rules());
		return all;
	}

	public List<Protocol> protocols() {
		return files.protocols();
	}

	public Optional<Protocol> protocol(String code) {
		return files.protocols().stream().filter(p -> p.code().equals(code)).findFirst();
	}

	public List<Purpose> purposes() {
		return files.purposes();
	}

	public List<JointRange> jointRanges() {
		return files.jointRanges();
	}

	/**
	 * Adds a practice's own exercise; from then on it takes part in selection like any other.
	 * @throws org.medexpro.shared.FieldErrorsException naming each wrong field
	 * @throws org.medexpro.shared.ConflictException when the code is taken
	 */
	@Transactional
	public Exercise addExercise(Exercise exercise) {
		Exercise added = practice.add(exercise, CurrentStaff.username());
		changed("exercise", added.code());
		return added;
	}

	/**
	 * Adds a practice's own contraindication rule; every active program is checked again
	 * in the same transaction.
	 * @throws org.medexpro.shared.FieldErrorsException naming each wrong field
	 * @throws org.medexpro.shared.ConflictException when the code is taken
	 */
	@Transactional
	public ContraindicationRule addRule(ContraindicationRule rule) {
		ContraindicationRule added = practice.add(rule, CurrentStaff.username());
		changed("rule", added.code());
		return added;
	}

	/**
	 * Takes in what other nodes of the practice added to its library (every few seconds), so
	 * that each node selects and guards with the same rules.
	 */
	@Scheduled(fixedDelayString = "${medex.knowledge.refresh-every:PT10S}", initialDelayString = "${medex.knowledge.refresh-every:PT10S}")
	public void followOtherNodes() {
		if (practice.refresh()) {
			revision.incrementAndGet();
		}
	}

	/** Changes whenever the library or the rules change, so that compiled forms are rebuilt. */
	public long revision() {
		return revision.get();
	}

	private void changed(String kind, String code) {
		revision.incrementAndGet();
		// Once more at the end: a rolled-back addition leaves the library, and whatever was compiled with it goes too.
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCompletion(int status) {
				revision.incrementAndGet();
			}
		});
		events.publishEvent(new KnowledgeChanged(kind, code));
	}

	public List<Condition> conditions() {
		return files.conditions();
	}

	public Optional<Condition> condition(String code) {
		return files.conditions().stream().filter(c -> c.code().equals(code)).findFirst();
	}

	/** The red-flag symptoms the intake asks about. */
	public List<RedFlagDefinition> redFlags() {
		return files.redFlags();
	}

	/** A red flag of the catalogue or of a condition, by code. */
	public Optional<RedFlagDefinition> redFlag(String code) {
		return files.redFlags().stream()
			.filter(f -> f.code().equals(code))
			.findFirst()
			.or(() -> files.conditions().stream().flatMap(c -> c.redFlags().stream()).filter(f -> f.code().equals(code)).findFirst());
	}

	public List<VitalLimit> vitalLimits() {
		return files.vitalLimits();
	}

	/** The session safety gate's limits as shipped (a practice may make them stricter). */
	public List<SessionLimit> sessionLimits() {
		return files.sessionLimits();
	}

	public List<Measure> measures() {
		return files.measures();
	}

	public Optional<Measure> measure(String code) {
		return files.measures().stream().filter(m -> m.code().equals(code)).findFirst();
	}

	public List<MedicationClass> medicationClasses() {
		return files.medicationClasses();
	}

	/** The classes a medication as written on the intake belongs to. */
	public List<MedicationClass> classesOf(String medication) {
		return files.medicationClasses().stream().filter(c -> c.matches(medication)).toList();
	}

	public List<HistoryQuestion> historyQuestions() {
		return files.historyQuestions();
	}

	/** The version stamp of each file, for documents that cite the knowledge they used. */
	public String version() {
		return files.version();
	}

}
