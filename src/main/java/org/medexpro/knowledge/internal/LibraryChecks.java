package org.medexpro.knowledge.internal;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.medexpro.knowledge.Condition;
import org.medexpro.knowledge.ContraindicationRule;
import org.medexpro.knowledge.CriterionKind;
import org.medexpro.knowledge.Exercise;
import org.medexpro.knowledge.Joint;
import org.medexpro.knowledge.JointRange;
import org.medexpro.knowledge.Motion;
import org.medexpro.knowledge.Movement;
import org.medexpro.knowledge.MovementClause;
import org.medexpro.knowledge.Protocol;
import org.medexpro.knowledge.ProtocolPhase;

/**
 * The checks across entries and files that Bean Validation cannot make: known codes,
 * anatomical limits, protocol phases in order. The same checks guard the shipped files at
 * start-up and a practice's own exercises and rules at run time. Each problem is keyed by
 * its field path.
 */
final class LibraryChecks {

	private final Map<Joint, Map<Motion, Integer>> limits = new EnumMap<>(Joint.class);

	private final Set<String> purposes;

	private final Map<String, Condition> conditions;

	private final Set<String> measures;

	LibraryChecks(List<JointRange> ranges, Set<String> purposes, Map<String, Condition> conditions, Set<String> measures) {
		ranges.forEach(r -> limits.computeIfAbsent(r.joint(), j -> new EnumMap<>(Motion.class)).put(r.motion(), r.maxDegrees()));
		this.purposes = purposes;
		this.conditions = conditions;
		this.measures = measures;
	}

	/** @param exerciseCodes every exercise code, for the links to easier and harder ones */
	Map<String, String> exercise(Exercise exercise, Set<String> exerciseCodes) {
		Map<String, String> problems = new LinkedHashMap<>();
		for (int i = 0; i < exercise.purposes().size(); i++) {
			if (!purposes.contains(exercise.purposes().get(i))) {
				problems.put("purposes[" + i + "]", "is not a purpose of knowledge/purposes.yml: " + exercise.purposes().get(i));
			}
		}
		List<Movement> movements = exercise.demands().movements();
		for (int i = 0; i < movements.size(); i++) {
			Movement m = movements.get(i);
			Integer limit = limit(m.joint(), m.motion());
			String field = "demands.movements[" + i + "]";
			if (limit == null) {
				problems.put(field + ".motion", "the " + lower(m.joint()) + " has no " + lower(m.motion()));
			}
			else if (m.maxDegrees() > limit) {
				problems.put(field + ".maxDegrees", "is past the anatomical limit of " + lower(m.joint()) + " "
						+ lower(m.motion()) + " (" + limit + "°)");
			}
		}
		links(problems, "easier", exercise.easier(), exercise.code(), exerciseCodes);
		links(problems, "harder", exercise.harder(), exercise.code(), exerciseCodes);
		if (exercise.dose().reps() == null && exercise.dose().minutes() == null && exercise.dose().holdSeconds() == null) {
			problems.put("dose", "must give reps, minutes or holdSeconds");
		}
		return problems;
	}

	/** @param conditionLabel the field a wrong condition code is reported on */
	Map<String, String> rule(ContraindicationRule rule) {
		Map<String, String> problems = new LinkedHashMap<>();
		Condition condition = conditions.get(rule.conditionCode());
		if (condition == null) {
			problems.put("conditionCode", "is not a condition of the knowledge base (GET /api/v1/conditions)");
		}
		else {
			for (int i = 0; i < rule.approaches().size(); i++) {
				if (!condition.approaches().contains(rule.approaches().get(i))) {
					problems.put("approaches[" + i + "]", "is not an approach of " + condition.code() + " " + condition.approaches());
				}
			}
		}
		for (int i = 0; i < rule.sides().size(); i++) {
			if (!List.of("LEFT", "RIGHT", "BILATERAL").contains(rule.sides().get(i))) {
				problems.put("sides[" + i + "]", "must be LEFT, RIGHT or BILATERAL");
			}
		}
		if (rule.fromWeek() != null && rule.untilWeek() != null && rule.fromWeek() >= rule.untilWeek()) {
			problems.put("untilWeek", "must be after fromWeek");
		}
		for (int i = 0; i < rule.measures().size(); i++) {
			if (!measures.contains(rule.measures().get(i).code())) {
				problems.put("measures[" + i + "].code", "is not a measure (GET /api/v1/measures)");
			}
		}
		List<MovementClause> clauses = rule.demands().movements();
		for (int i = 0; i < clauses.size(); i++) {
			MovementClause clause = clauses.get(i);
			boolean possible = clause.joints().stream()
				.anyMatch(j -> clause.motions().stream().anyMatch(m -> limit(j, m) != null && clause.overDegrees() < limit(j, m)));
			if (!possible) {
				problems.put("demands.movements[" + i + "]", "no exercise can match it: no joint of " + clause.joints()
						+ " has a motion of " + clause.motions() + " past " + clause.overDegrees() + "° (knowledge/joint-ranges.yml)");
			}
			if (clause.overMeasured() != null && !measures.contains(clause.overMeasured().code())) {
				problems.put("demands.movements[" + i + "].overMeasured.code", "is not a measure (GET /api/v1/measures)");
			}
		}
		return problems;
	}

	Map<String, String> protocol(Protocol protocol) {
		Map<String, String> problems = new LinkedHashMap<>();
		Condition condition = conditions.get(protocol.conditionCode());
		if (condition == null) {
			problems.put("conditionCode", "is not a condition of the knowledge base");
			return problems;
		}
		for (int i = 0; i < protocol.approaches().size(); i++) {
			if (!condition.approaches().contains(protocol.approaches().get(i))) {
				problems.put("approaches[" + i + "]", "is not an approach of " + condition.code());
			}
		}
		for (int p = 0; p < protocol.phases().size(); p++) {
			ProtocolPhase phase = protocol.phases().get(p);
			String at = "phases[" + p + "]";
			if (phase.number() != p + 1) {
				problems.put(at + ".number", "must be " + (p + 1) + ": phases are numbered 1, 2, 3 in order");
			}
			if (phase.rpeLow() > phase.rpeHigh()) {
				problems.put(at + ".rpeHigh", "must be at least rpeLow");
			}
			for (int i = 0; i < phase.purposes().size(); i++) {
				if (!purposes.contains(phase.purposes().get(i))) {
					problems.put(at + ".purposes[" + i + "]", "is not a purpose of knowledge/purposes.yml");
				}
			}
			boolean last = p == protocol.phases().size() - 1;
			if (!last && phase.criteria().isEmpty()) {
				problems.put(at + ".criteria", "must list the criteria to leave the phase (only the last phase has none)");
			}
			// Time since surgery is a minimum, never enough: it stands only beside a measure of function.
			boolean weeks = phase.criteria().stream().anyMatch(c -> c.kind() == CriterionKind.WEEKS_SINCE_EVENT);
			boolean function = phase.criteria().stream()
				.anyMatch(c -> c.kind() == CriterionKind.MEASURE_AT_LEAST || c.kind() == CriterionKind.MEASURE_AT_MOST);
			if (weeks && !function) {
				problems.put(at + ".criteria", "time since the event is a minimum only: add a criterion of function"
						+ " (a measure reaching a value, MEASURE_AT_LEAST or MEASURE_AT_MOST)");
			}
			for (int c = 0; c < phase.criteria().size(); c++) {
				String measure = phase.criteria().get(c).measure();
				if (measure != null && !measures.contains(measure)) {
					problems.put(at + ".criteria[" + c + "].measure", "is not a measure of measures.yml");
				}
			}
			for (int r = 0; r < phase.contraindications().size(); r++) {
				ContraindicationRule rule = phase.contraindications().get(r).withOrigin(ContraindicationRule.Origin.PROTOCOL,
						protocol.conditionCode());
				String ruleAt = at + ".contraindications[" + r + "].";
				rule(rule).forEach((field, message) -> problems.put(ruleAt + field, message));
			}
		}
		return problems;
	}

	private Integer limit(Joint joint, Motion motion) {
		Map<Motion, Integer> byMotion = limits.get(joint);
		return byMotion == null ? null : byMotion.get(motion);
	}

	private static void links(Map<String, String> problems, String field, List<String> codes, String self,
			Set<String> exerciseCodes) {
		for (int i = 0; i < codes.size(); i++) {
			String code = codes.get(i);
			if (code.equals(self)) {
				problems.put(field + "[" + i + "]", "an exercise cannot link to itself");
			}
			else if (!exerciseCodes.contains(code)) {
				problems.put(field + "[" + i + "]", "is not an exercise of the library: " + code);
			}
		}
	}

	private static String lower(Enum<?> value) {
		return value.name().toLowerCase().replace('_', ' ');
	}

}
