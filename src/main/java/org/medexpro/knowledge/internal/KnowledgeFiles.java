package org.medexpro.knowledge.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;


import org.jspecify.annotations.Nullable;
import org.medexpro.knowledge.Condition;
import org.medexpro.knowledge.ContraindicationRule;
import org.medexpro.knowledge.Exercise;
import org.medexpro.knowledge.JointRange;
import org.medexpro.knowledge.Protocol;
import org.medexpro.knowledge.ProtocolPhase;
import org.medexpro.knowledge.Purpose;
import org.medexpro.knowledge.DataFiles;
import org.medexpro.knowledge.KnowledgeBaseException;
import org.medexpro.knowledge.HistoryQuestion;
import org.medexpro.knowledge.Measure;
import org.medexpro.knowledge.MedicationClass;
import org.medexpro.knowledge.MeasureKind;
import org.medexpro.knowledge.Questionnaire;
import org.medexpro.knowledge.RedFlagDefinition;
import org.medexpro.knowledge.Scoring;
import org.medexpro.knowledge.SessionLimit;
import org.medexpro.knowledge.VitalLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;


/**
 * Reads and checks the knowledge files once, at start-up. Any problem stops the
 * application with a message naming the file, the entry and the field.
 */
@Component
public class KnowledgeFiles {

	record ConditionsFile(String version, List<Condition> conditions) {
	}

	record RedFlagsFile(String version, List<RedFlagDefinition> redFlags) {
	}

	record VitalLimitsFile(String version, List<VitalLimit> vitalLimits) {
	}

	record MeasuresFile(String version, List<Measure> measures) {
	}

	record MedicationsFile(String version, List<MedicationClass> medicationClasses) {
	}

	record HistoryFile(String version, List<HistoryQuestion> historyQuestions) {
	}

	record PurposesFile(String version, List<Purpose> purposes) {
	}

	record JointRangesFile(String version, List<JointRange> ranges) {
	}

	record ExercisesFile(String version, List<Exercise> exercises) {
	}

	record RulesFile(String version, List<ContraindicationRule> rules) {
	}

	record ProtocolsFile(String version, List<Protocol> protocols) {
	}

	record SessionLimitsFile(String version, List<SessionLimit> limits) {
	}

	private final List<Purpose> purposes;

	private final List<JointRange> jointRanges;

	private final List<Exercise> exercises;

	private final List<ContraindicationRule> rules;

	private final List<Protocol> protocols;

	private final LibraryChecks checks;

	private final List<MedicationClass> medicationClasses;

	private final List<HistoryQuestion> historyQuestions;

	private final List<Condition> conditions;

	private final List<RedFlagDefinition> redFlags;

	private final List<VitalLimit> vitalLimits;

	private final List<Measure> measures;

	private final List<SessionLimit> sessionLimits;

	private final String version;

	@org.springframework.beans.factory.annotation.Autowired
	KnowledgeFiles(@Value("${medex.knowledge.location:classpath:knowledge/}") String location) {
		this(new DefaultResourceLoader().getResource(location.endsWith("/") ? location : location + "/"), location);
	}

	private KnowledgeFiles(Resource folder, String location) {
		Reader reader = new Reader(folder, location);
		ConditionsFile conditionsFile = reader.read("conditions.yml", ConditionsFile.class);
		RedFlagsFile redFlagsFile = reader.read("red-flags.yml", RedFlagsFile.class);
		VitalLimitsFile vitalsFile = reader.read("vital-limits.yml", VitalLimitsFile.class);
		MeasuresFile measuresFile = reader.read("measures.yml", MeasuresFile.class);
		MedicationsFile medicationsFile = reader.read("medications.yml", MedicationsFile.class);
		HistoryFile historyFile = reader.read("history-questions.yml", HistoryFile.class);
		this.medicationClasses = reader.entries("medications.yml", "medicationClasses",
				medicationsFile.medicationClasses(), MedicationClass::code);
		this.historyQuestions = reader.entries("history-questions.yml", "historyQuestions",
				historyFile.historyQuestions(), HistoryQuestion::code);
		this.conditions = reader.entries("conditions.yml", "conditions", conditionsFile.conditions(), Condition::code);
		this.redFlags = reader.entries("red-flags.yml", "redFlags", redFlagsFile.redFlags(), RedFlagDefinition::code);
		this.vitalLimits = reader.entries("vital-limits.yml", "vitalLimits", vitalsFile.vitalLimits(), VitalLimit::code);
		this.measures = reader.entries("measures.yml", "measures", measuresFile.measures(), Measure::code);
		PurposesFile purposesFile = reader.read("purposes.yml", PurposesFile.class);
		JointRangesFile rangesFile = reader.read("joint-ranges.yml", JointRangesFile.class);
		ExercisesFile exercisesFile = reader.read("exercises.yml", ExercisesFile.class);
		ExercisesFile functionalFile = reader.read("exercises-functional.yml", ExercisesFile.class);
		RulesFile rulesFile = reader.read("contraindications.yml", RulesFile.class);
		ProtocolsFile protocolsFile = reader.read("protocols.yml", ProtocolsFile.class);
		this.purposes = reader.entries("purposes.yml", "purposes", purposesFile.purposes(), Purpose::code);
		this.jointRanges = reader.entries("joint-ranges.yml", "ranges", rangesFile.ranges(),
				r -> r.joint() + " " + r.motion());
		List<Exercise> allExercises = new ArrayList<>(
				reader.entries("exercises.yml", "exercises", exercisesFile.exercises(), Exercise::code));
		allExercises.addAll(reader.entries("exercises-functional.yml", "exercises", functionalFile.exercises(),
				Exercise::code));
		this.exercises = List.copyOf(allExercises);
		this.rules = reader.entries("contraindications.yml", "rules", rulesFile.rules(), ContraindicationRule::code);
		this.protocols = reader.entries("protocols.yml", "protocols", protocolsFile.protocols(), Protocol::code);
		SessionLimitsFile limitsFile = reader.read("session-limits.yml", SessionLimitsFile.class);
		this.sessionLimits = reader.entries("session-limits.yml", "limits", limitsFile.limits(), SessionLimit::code);
		this.version = "conditions " + conditionsFile.version() + ", red flags " + redFlagsFile.version()
				+ ", vital limits " + vitalsFile.version() + ", measures " + measuresFile.version() + ", exercises "
				+ exercisesFile.version() + "/" + functionalFile.version() + ", contraindications " + rulesFile.version() + ", protocols "
				+ protocolsFile.version() + ", session limits " + limitsFile.version();
		this.checks = new LibraryChecks(jointRanges, codes(purposes, Purpose::code),
				conditions.stream().collect(java.util.stream.Collectors.toMap(Condition::code, c -> c)),
				codes(measures, Measure::code));
		checkLibrary();
		checkRedFlagCodesAreUnique();
		checkSessionLimits();
		for (int i = 0; i < measures.size(); i++) {
			checkMeasure(i, measures.get(i));
		}
	}

	/** Loads the files of a folder, for tests of broken files. */
	public static KnowledgeFiles from(String location) {
		return new KnowledgeFiles(location);
	}

	public List<Condition> conditions() {
		return conditions;
	}

	public List<RedFlagDefinition> redFlags() {
		return redFlags;
	}

	public List<VitalLimit> vitalLimits() {
		return vitalLimits;
	}

	public List<Measure> measures() {
		return measures;
	}

	public String version() {
		return version;
	}

	public List<MedicationClass> medicationClasses() {
		return medicationClasses;
	}

	public List<HistoryQuestion> historyQuestions() {
		return historyQuestions;
	}

	public List<Purpose> purposes() {
		return purposes;
	}

	public List<JointRange> jointRanges() {
		return jointRanges;
	}

	public List<Exercise> exercises() {
		return exercises;
	}

	public List<ContraindicationRule> rules() {
		return rules;
	}

	public List<Protocol> protocols() {
		return protocols;
	}

	public List<SessionLimit> sessionLimits() {
		return sessionLimits;
	}

	LibraryChecks checks() {
		return checks;
	}

	private void checkLibrary() {
		Set<String> exerciseCodes = codes(exercises, Exercise::code);
		if (exerciseCodes.size() < exercises.size()) {
			throw new KnowledgeBaseException("knowledge/exercises-functional.yml: exercises: a code is used in both exercise files");
		}
		for (int i = 0; i < exercises.size(); i++) {
			report("exercises.yml", "exercises", i, exercises.get(i).code(), checks.exercise(exercises.get(i), exerciseCodes));
		}
		Set<String> ruleCodes = new HashSet<>();
		for (int i = 0; i < rules.size(); i++) {
			ruleCodes.add(rules.get(i).code());
			report("contraindications.yml", "rules", i, rules.get(i).code(), checks.rule(rules.get(i)));
		}
		for (int i = 0; i < protocols.size(); i++) {
			Protocol protocol = protocols.get(i);
			report("protocols.yml", "protocols", i, protocol.code(), checks.protocol(protocol));
			for (ProtocolPhase phase : protocol.phases()) {
				for (ContraindicationRule rule : phase.contraindications()) {
					if (!ruleCodes.add(rule.code())) {
						throw new KnowledgeBaseException("knowledge/protocols.yml: protocols[" + i + "] (" + protocol.code()
								+ "): phase " + phase.number() + ": contraindications (" + rule.code()
								+ "): code is used twice across the rules");
					}
				}
			}
		}
	}

	private static void report(String file, String list, int index, String code, java.util.Map<String, String> problems) {
		if (!problems.isEmpty()) {
			StringBuilder out = new StringBuilder("knowledge/" + file + ": " + list + "[" + index + "] (" + code + "): ");
			problems.forEach((field, message) -> out.append(field).append(": ").append(message).append("; "));
			throw new KnowledgeBaseException(out.substring(0, out.length() - 2));
		}
	}

	private static <T> Set<String> codes(List<T> entries, Function<T, String> code) {
		Set<String> codes = new HashSet<>();
		entries.forEach(e -> codes.add(code.apply(e)));
		return codes;
	}

	private void checkSessionLimits() {
		Set<String> conditionCodes = codes(conditions, Condition::code);
		Set<String> medicationCodes = codes(medicationClasses, MedicationClass::code);
		for (int i = 0; i < sessionLimits.size(); i++) {
			SessionLimit limit = sessionLimits.get(i);
			String where = "knowledge/session-limits.yml: limits[" + i + "] (" + limit.code() + "): ";
			for (String code : limit.conditions()) {
				if (!conditionCodes.contains(code)) {
					throw new KnowledgeBaseException(where + "conditions: " + code + " is not a condition of conditions.yml");
				}
			}
			for (String code : limit.exceptConditions()) {
				if (!conditionCodes.contains(code)) {
					throw new KnowledgeBaseException(where + "exceptConditions: " + code + " is not a condition of conditions.yml");
				}
			}
			for (String code : limit.medications()) {
				if (!medicationCodes.contains(code)) {
					throw new KnowledgeBaseException(where + "medications: " + code + " is not a class of medications.yml");
				}
			}
			limit.conditionRedFlags().forEach((conditionCode, flag) -> {
				boolean known = conditions.stream().filter(c -> c.code().equals(conditionCode))
					.anyMatch(c -> c.redFlags().stream().anyMatch(f -> f.code().equals(flag)));
				if (!known) {
					throw new KnowledgeBaseException(where + "conditionRedFlags: " + conditionCode + ": " + flag
							+ " is not a red flag of that condition in conditions.yml");
				}
			});
		}
	}

	private void checkRedFlagCodesAreUnique() {
		Set<String> seen = new HashSet<>();
		redFlags.forEach(flag -> seen.add(flag.code()));
		for (Condition condition : conditions) {
			for (RedFlagDefinition flag : condition.redFlags()) {
				if (!seen.add(flag.code())) {
					throw new KnowledgeBaseException("knowledge/conditions.yml: conditions (" + condition.code()
							+ "): redFlags (" + flag.code() + "): code is used twice");
				}
			}
		}
	}

	private static void checkMeasure(int index, Measure measure) {
		String where = "knowledge/measures.yml: measures[" + index + "] (" + measure.code() + "): ";
		if (measure.min() >= measure.max()) {
			throw new KnowledgeBaseException(where + "min: must be below max");
		}
		Questionnaire questionnaire = measure.questionnaire();
		if ((measure.kind() == MeasureKind.QUESTIONNAIRE) != (questionnaire != null)) {
			throw new KnowledgeBaseException(where + "questionnaire: must be given exactly for kind QUESTIONNAIRE");
		}
		if (questionnaire == null) {
			return;
		}
		if (questionnaire.itemLabels().size() != questionnaire.items()) {
			throw new KnowledgeBaseException(where + "questionnaire.itemLabels: must have " + questionnaire.items()
					+ " labels, has " + questionnaire.itemLabels().size());
		}
		if (questionnaire.minAnswered() > questionnaire.items() || questionnaire.itemMin() >= questionnaire.itemMax()) {
			throw new KnowledgeBaseException(where + "questionnaire: minAnswered must be at most items, and itemMin below itemMax");
		}
		if (questionnaire.scoring() == Scoring.TABLE) {
			int maxSum = questionnaire.items() * questionnaire.itemMax();
			for (int sum = questionnaire.items() * questionnaire.itemMin(); sum <= maxSum; sum++) {
				if (questionnaire.table() == null || !questionnaire.table().containsKey(sum)) {
					throw new KnowledgeBaseException(where + "questionnaire.table: has no score for raw sum " + sum);
				}
			}
		}
	}

	private record Reader(Resource folder, String location) {

		<T> T read(String name, Class<T> type) {
			try {
				return DataFiles.read(folder.createRelative(name), type, "knowledge/" + name);
			}
			catch (java.io.IOException ex) {
				throw new KnowledgeBaseException("knowledge/" + name + ": not found in " + location, ex);
			}
		}

		<T> List<T> entries(String name, String list, @Nullable List<T> entries, Function<T, String> code) {
			String file = "knowledge/" + name;
			if (entries == null || entries.isEmpty()) {
				throw new KnowledgeBaseException(file + ": " + list + ": must list at least one entry");
			}
			Set<String> codes = new HashSet<>();
			for (int i = 0; i < entries.size(); i++) {
				T entry = entries.get(i);
				if (entry == null) {
					throw new KnowledgeBaseException(file + ": " + list + "[" + i + "]: is empty");
				}
				String entryCode = code.apply(entry);
				String where = file + ": " + list + "[" + i + "]" + (entryCode == null ? "" : " (" + entryCode + ")") + ": ";
				Set<String> problems = DataFiles.problems(entry);
				if (!problems.isEmpty()) {
					throw new KnowledgeBaseException(where + String.join("; ", problems));
				}
				if (!codes.add(entryCode)) {
					throw new KnowledgeBaseException(where + "code: is used twice");
				}
			}
			return List.copyOf(new ArrayList<>(entries));
		}

	}

}
