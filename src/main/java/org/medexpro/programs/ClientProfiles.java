package org.medexpro.programs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.assessment.AssessmentService;
import org.medexpro.assessment.ClientCondition;
import org.medexpro.assessment.FunctionalDeficit;
import org.medexpro.assessment.Goal;
import org.medexpro.assessment.GoalService;
import org.medexpro.assessment.ScreenService;
import org.medexpro.knowledge.ContraindicationRule;
import org.medexpro.knowledge.KnowledgeBase;
import org.medexpro.knowledge.ProtocolPhase;
import org.medexpro.outcomes.Measurement;
import org.medexpro.outcomes.OutcomeService;
import org.medexpro.programs.ClientProfile.ConditionFacts;
import org.medexpro.programs.internal.ProgramRepository;
import org.medexpro.programs.internal.ProgramRepository.FlagRow;
import org.medexpro.programs.internal.ProgramRepository.ProgramRow;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gathers what the engine needs to know of a client from the modules that record it.
 * Reading a client's profile goes through those modules' services, so it is access-checked
 * and audited there; the practice-wide re-check after a rule change reads in bulk.
 */
@Component
class ClientProfiles {

	private final AssessmentService assessment;

	private final ScreenService screens;

	private final GoalService goals;

	private final OutcomeService outcomes;

	private final ProgramRepository programs;

	private final KnowledgeBase knowledge;

	private final ObjectProvider<SessionEvidence> sessions;

	private final Clock clock;

	ClientProfiles(AssessmentService assessment, ScreenService screens, GoalService goals, OutcomeService outcomes,
			ProgramRepository programs, KnowledgeBase knowledge, ObjectProvider<SessionEvidence> sessions, Clock clock) {
		this.assessment = assessment;
		this.screens = screens;
		this.goals = goals;
		this.outcomes = outcomes;
		this.programs = programs;
		this.knowledge = knowledge;
		this.sessions = sessions;
		this.clock = clock;
	}

	/** The client's profile with their active programs' phases (the caller holds the transaction). */
	ClientProfile of(UUID clientId) {
		return of(clientId, null);
	}

	/**
	 * The client's profile as it would be with {@code program} in force: its phase sets the
	 * phase rules and the ranking's purposes (a program being created or copied is not stored yet).
	 */
	ClientProfile of(UUID clientId, @Nullable ProgramRow program) {
		List<ClientCondition> conditions = assessment.conditions(clientId).stream().filter(ClientCondition::active).toList();
		Map<String, Double> latest = latestValues(outcomes.measurements(clientId));
		Set<String> deficitPoints = new HashSet<>();
		screens.deficits(clientId).stream().map(FunctionalDeficit::point).forEach(deficitPoints::add);
		Set<String> goalMeasures = new HashSet<>();
		Set<String> goalWords = new HashSet<>();
		for (Goal goal : goals.goals(clientId)) {
			if (goal.open()) {
				if (goal.measureCode() != null) {
					goalMeasures.add(goal.measureCode());
				}
				addWords(goal.description(), goalWords);
			}
		}
		// The goals the client named on the intake count too, until the professional sets measured ones.
		assessment.latestIntake(clientId).ifPresent(intake -> intake.functionalGoals().forEach(g -> addWords(g, goalWords)));
		List<ProgramRow> inForce = new ArrayList<>(programs.ofClient(clientId).stream()
			.filter(p -> p.status().equals(ProgramStatus.ACTIVE.name()))
			.filter(p -> program == null || !p.conditionCode().equals(program.conditionCode()))
			.toList());
		if (program != null) {
			inForce.add(0, program);
		}
		List<String> phasePurposes = inForce.isEmpty() ? List.of()
				: phaseOf(inForce.get(0)).map(ProtocolPhase::purposes).orElse(List.of());
		// The last session is read only where a rule asks for it.
		Set<String> painRuled = conditionsWithPainRules();
		Integer pain = conditions.stream().anyMatch(c -> painRuled.contains(c.code())) ? lastSessionPain(clientId) : null;
		return new ClientProfile(LocalDate.now(clock), facts(conditions, inForce), latest, pain, deficitPoints, goalMeasures,
				goalWords, phasePurposes, flagged(programs.flagsOf(clientId)));
	}

	/** Every client with an active program, as the engine sees them, read in bulk for the system's re-check. */
	Map<UUID, ClientProfile> ofAllWithActivePrograms() {
		Map<UUID, List<ProgramRow>> byClient = new HashMap<>();
		programs.active().forEach(p -> byClient.computeIfAbsent(p.clientId(), k -> new ArrayList<>()).add(p));
		Map<UUID, List<ClientCondition>> conditions = assessment.activeConditionsOfAll();
		Map<UUID, Map<String, Double>> latest = outcomes.latestValuesOfAll();
		LocalDate today = LocalDate.now(clock);
		Set<String> painRuled = conditionsWithPainRules();
		Map<UUID, List<FlagRow>> flags = programs.flagsOfAll();
		Map<UUID, ClientProfile> profiles = new HashMap<>();
		byClient.forEach((client, active) -> {
			List<ClientCondition> own = conditions.getOrDefault(client, List.of());
			// The last session is read only where a rule asks for it.
			Integer pain = own.stream().anyMatch(c -> painRuled.contains(c.code())) ? lastSessionPain(client) : null;
			profiles.put(client, ClientProfile.of(today, facts(own, active), latest.getOrDefault(client, Map.of()), pain,
					flagged(flags.getOrDefault(client, List.of()))));
		});
		return profiles;
	}

	private List<ClientProfile.FlaggedExercise> flagged(List<FlagRow> rows) {
		return rows.stream()
			.map(f -> new ClientProfile.FlaggedExercise(f.exerciseCode(), f.reason(), f.flaggedBy(),
					LocalDate.ofInstant(f.flaggedAt().toInstant(), clock.getZone())))
			.toList();
	}

	/** The highest pain after training of the client's last signed session log, if there is one and it recorded pain. */
	private @Nullable Integer lastSessionPain(UUID clientId) {
		SessionEvidence evidence = sessions.getIfAvailable();
		if (evidence == null) {
			return null;
		}
		return evidence.lastSessions(clientId, 1).stream().findFirst().map(SessionEvidence.SessionSummary::painAfter)
			.orElse(null);
	}

	private Set<String> conditionsWithPainRules() {
		Set<String> codes = new HashSet<>();
		knowledge.rules().stream().filter(r -> r.lastSessionPainAbove() != null).forEach(r -> codes.add(r.conditionCode()));
		knowledge.protocols().forEach(p -> p.phases().forEach(phase -> phase.contraindications().stream()
			.filter(r -> r.lastSessionPainAbove() != null)
			.forEach(r -> codes.add(p.conditionCode()))));
		return codes;
	}

	private List<ConditionFacts> facts(List<ClientCondition> conditions, List<ProgramRow> inForce) {
		List<ConditionFacts> facts = new ArrayList<>();
		for (ClientCondition condition : conditions) {
			ProgramRow program = inForce.stream().filter(p -> p.conditionCode().equals(condition.code())).findFirst().orElse(null);
			Integer phase = program == null ? null : program.phase();
			List<ContraindicationRule> phaseRules = program == null ? List.of()
					: phaseOf(program).map(ph -> ph.contraindications().stream()
						.map(r -> r.withOrigin(ContraindicationRule.Origin.PROTOCOL, condition.code()))
						.toList()).orElse(List.of());
			facts.add(new ConditionFacts(condition.code(), condition.side(), condition.approach(), condition.icd10(),
					condition.eventDate(), phase, phaseRules));
		}
		return facts;
	}

	private java.util.Optional<ProtocolPhase> phaseOf(ProgramRow program) {
		return knowledge.protocol(program.protocolCode()).flatMap(p -> p.phase(program.phase()));
	}

	private static void addWords(String text, Set<String> words) {
		for (String word : text.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")) {
			words.add(word);
		}
	}

	static Map<String, Double> latestValues(List<Measurement> measurements) {
		Map<String, Measurement> latest = new HashMap<>();
		for (Measurement m : measurements) {
			latest.merge(m.measureCode(), m, (a, b) -> Comparator.comparing(Measurement::measuredOn).compare(a, b) >= 0 ? a : b);
		}
		Map<String, Double> values = new HashMap<>();
		latest.forEach((code, m) -> values.put(code, m.value().doubleValue()));
		return values;
	}


}
