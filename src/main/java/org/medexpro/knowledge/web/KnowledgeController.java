package org.medexpro.knowledge.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.medexpro.knowledge.BalanceDemand;
import org.medexpro.knowledge.Condition;
import org.medexpro.knowledge.ContraindicationRule;
import org.medexpro.knowledge.Demands;
import org.medexpro.knowledge.Dose;
import org.medexpro.knowledge.Exercise;
import org.medexpro.knowledge.ExerciseCategory;
import org.medexpro.knowledge.Feature;
import org.medexpro.knowledge.Impact;
import org.medexpro.knowledge.Joint;
import org.medexpro.knowledge.KnowledgeBase;
import org.medexpro.knowledge.Motion;
import org.medexpro.knowledge.Movement;
import org.medexpro.knowledge.MovementMode;
import org.medexpro.knowledge.Position;
import org.medexpro.knowledge.Protocol;
import org.medexpro.knowledge.SpinalLoad;
import org.medexpro.knowledge.WeightBearing;
import org.medexpro.security.Access;
import org.medexpro.shared.ConflictException;
import org.medexpro.shared.FieldErrorsException;
import org.medexpro.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The knowledge browser (points 1, 2 and 6): conditions with their rules, exercises with
 * their demands and which conditions exclude them and why, protocols phase by phase; and
 * the owner's form for the practice's own exercises. Not client information.
 */
@Controller
@RequestMapping("/knowledge")
@PreAuthorize(Access.STAFF)
class KnowledgeController {

	/** A rule as the pages show it, with its condition's name. */
	public record RuleView(ContraindicationRule rule, String conditionName, @Nullable String protocolPhase) {
	}

	/**
	 * The add-exercise form: every field as typed, so that a wrong one comes back beside its
	 * message. Movements are rows of joint, motion and degrees.
	 */
	public record ExerciseForm(String code, String name, String category, @Nullable List<String> purposes,
			@Nullable List<String> joint, @Nullable List<String> motion, @Nullable List<String> degrees,
			@Nullable List<String> mode, String spinalLoad, String impact, String position, String weightBearing,
			String balance, String intensityMets, @Nullable List<String> features, String sets, String reps,
			String minutes, String cues, String source) {

		static final int MOVEMENT_ROWS = 3;

		public ExerciseForm {
			code = orEmpty(code);
			name = orEmpty(name);
			category = orEmpty(category);
			spinalLoad = orEmpty(spinalLoad);
			impact = orEmpty(impact);
			position = orEmpty(position);
			weightBearing = orEmpty(weightBearing);
			balance = orEmpty(balance);
			intensityMets = orEmpty(intensityMets);
			sets = orEmpty(sets);
			reps = orEmpty(reps);
			minutes = orEmpty(minutes);
			cues = orEmpty(cues);
			source = orEmpty(source);
		}

		private static String orEmpty(@Nullable String value) {
			return value == null ? "" : value;
		}

		static ExerciseForm empty() {
			return new ExerciseForm("", "", "STRENGTH", List.of(), null, null, null, null, "NONE", "NONE", "STANDING",
					"FULL", "LOW", "2.5", List.of(), "2", "10", "", "", "");
		}

		public String row(@Nullable List<String> values, int i) {
			return values == null || i >= values.size() || values.get(i) == null ? "" : values.get(i).strip();
		}

		public boolean has(@Nullable List<String> values, String value) {
			return values != null && values.contains(value);
		}

	}

	private final KnowledgeBase knowledge;

	KnowledgeController(KnowledgeBase knowledge) {
		this.knowledge = knowledge;
	}

	@GetMapping
	String overview(Model model) {
		model.addAttribute("conditions", knowledge.conditions());
		model.addAttribute("rulesPerCondition", rulesPerCondition());
		model.addAttribute("protocols", knowledge.protocols());
		model.addAttribute("exerciseCount", knowledge.exercises().size());
		model.addAttribute("ruleCount", allRules().size());
		model.addAttribute("version", knowledge.version());
		return "knowledge/knowledge-overview";
	}

	@GetMapping("/conditions/{code}")
	String condition(@PathVariable String code, Model model) {
		Condition condition = knowledge.condition(code).orElseThrow(() -> new NotFoundException("Condition"));
		model.addAttribute("condition", condition);
		model.addAttribute("rules", allRules().stream().filter(r -> r.rule().conditionCode().equals(code)).toList());
		model.addAttribute("protocols", knowledge.protocols().stream().filter(p -> p.conditionCode().equals(code)).toList());
		return "knowledge/condition-detail";
	}

	@GetMapping("/exercises")
	String exercises(@RequestParam(defaultValue = "") String q, Model model) {
		String query = q.length() > 100 ? q.substring(0, 100) : q;
		model.addAttribute("q", query);
		model.addAttribute("exercises", query.isBlank() ? knowledge.exercises() : knowledge.searchExercises(query));
		return "knowledge/exercise-list";
	}

	@GetMapping("/exercises/{code}")
	String exercise(@PathVariable String code, Model model) {
		Exercise exercise = knowledge.exercise(code).orElseThrow(() -> new NotFoundException("Exercise"));
		model.addAttribute("exercise", exercise);
		model.addAttribute("matchingRules",
				allRules().stream().filter(r -> r.rule().demands().matches(exercise.demands())).toList());
		model.addAttribute("easier", exercise.easier().stream().flatMap(c -> knowledge.exercise(c).stream()).toList());
		model.addAttribute("harder", exercise.harder().stream().flatMap(c -> knowledge.exercise(c).stream()).toList());
		return "knowledge/exercise-detail";
	}

	@GetMapping("/protocols/{code}")
	String protocol(@PathVariable String code, Model model) {
		Protocol protocol = knowledge.protocol(code).orElseThrow(() -> new NotFoundException("Protocol"));
		model.addAttribute("protocol", protocol);
		model.addAttribute("condition", knowledge.condition(protocol.conditionCode()).orElse(null));
		return "knowledge/protocol-detail";
	}

	@GetMapping("/exercises/new")
	@PreAuthorize(Access.OWNER)
	String createForm(Model model) {
		return form(ExerciseForm.empty(), Map.of(), model);
	}

	@PostMapping("/exercises/new")
	@PreAuthorize(Access.OWNER)
	String create(@ModelAttribute ExerciseForm form, Model model, RedirectAttributes flash) {
		Map<String, String> errors = new LinkedHashMap<>();
		Exercise exercise = toExercise(form, errors);
		if (exercise != null) {
			try {
				Exercise added = knowledge.addExercise(exercise);
				flash.addFlashAttribute("message", added.name() + " is in the library: from now on the engine offers or excludes it like any other.");
				return "redirect:/knowledge/exercises/" + added.code();
			}
			catch (FieldErrorsException ex) {
				ex.errors().forEach(e -> errors.putIfAbsent(e.field(), e.message()));
			}
			catch (ConflictException ex) {
				errors.put("code", ex.getMessage());
			}
		}
		return form(form, errors, model);
	}

	private String form(ExerciseForm form, Map<String, String> errors, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("rows", java.util.stream.IntStream.range(0, ExerciseForm.MOVEMENT_ROWS).boxed().toList());
		model.addAttribute("purposes", knowledge.purposes());
		model.addAttribute("categories", ExerciseCategory.values());
		model.addAttribute("joints", Joint.values());
		model.addAttribute("motions", Motion.values());
		model.addAttribute("modes", MovementMode.values());
		model.addAttribute("spinalLoads", SpinalLoad.values());
		model.addAttribute("impacts", Impact.values());
		model.addAttribute("positions", Position.values());
		model.addAttribute("weightBearings", WeightBearing.values());
		model.addAttribute("balances", BalanceDemand.values());
		model.addAttribute("features", Feature.values());
		return "knowledge/exercise-form";
	}

	/**
	 * The form as an exercise of the library's shape, or null with the fields that could not
	 * be read; everything else is checked by the knowledge base as for the API.
	 */
	private static @Nullable Exercise toExercise(ExerciseForm form, Map<String, String> errors) {
		List<Movement> movements = new ArrayList<>();
		for (int i = 0; i < ExerciseForm.MOVEMENT_ROWS; i++) {
			String joint = form.row(form.joint(), i);
			if (joint.isEmpty()) {
				continue;
			}
			String field = "demands.movements[" + movements.size() + "]";
			Joint j = parse(joint, Joint::valueOf, field + ".joint", errors);
			Motion m = parse(form.row(form.motion(), i), Motion::valueOf, field + ".motion", errors);
			Integer degrees = parse(form.row(form.degrees(), i), Integer::valueOf, field + ".maxDegrees", errors);
			MovementMode mode = form.row(form.mode(), i).isEmpty() ? MovementMode.ACTIVE
					: parse(form.row(form.mode(), i), MovementMode::valueOf, field + ".mode", errors);
			if (j != null && m != null && degrees != null) {
				movements.add(new Movement(j, m, degrees, mode));
			}
		}
		ExerciseCategory category = parse(form.category(), ExerciseCategory::valueOf, "category", errors);
		SpinalLoad spinalLoad = parse(form.spinalLoad(), SpinalLoad::valueOf, "demands.spinalLoad", errors);
		Impact impact = parse(form.impact(), Impact::valueOf, "demands.impact", errors);
		Position position = parse(form.position(), Position::valueOf, "demands.position", errors);
		WeightBearing weightBearing = parse(form.weightBearing(), WeightBearing::valueOf, "demands.weightBearing", errors);
		BalanceDemand balance = parse(form.balance(), BalanceDemand::valueOf, "demands.balance", errors);
		Double mets = parse(form.intensityMets().replace(',', '.'), Double::valueOf, "demands.intensityMets", errors);
		List<Feature> features = new ArrayList<>();
		for (String f : form.features() == null ? List.<String>of() : form.features()) {
			Optional.ofNullable(parse(f, Feature::valueOf, "demands.features", errors)).ifPresent(features::add);
		}
		Integer sets = parse(form.sets(), Integer::valueOf, "dose.sets", errors);
		Integer reps = form.reps().isBlank() ? null : parse(form.reps(), Integer::valueOf, "dose.reps", errors);
		Integer minutes = form.minutes().isBlank() ? null : parse(form.minutes(), Integer::valueOf, "dose.minutes", errors);
		if (reps == null && minutes == null && !errors.containsKey("dose.reps") && !errors.containsKey("dose.minutes")) {
			errors.put("dose.reps", "give repetitions or minutes");
		}
		if (!errors.isEmpty()) {
			return null;
		}
		List<String> cues = Arrays.stream(form.cues().split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
		return new Exercise(form.code().strip().toUpperCase(java.util.Locale.ROOT), form.name().strip(), category,
				form.purposes() == null ? List.of() : form.purposes(),
				new Demands(movements, spinalLoad, impact, position, weightBearing, balance, mets, features, 0.0),
				new Dose(sets, reps, minutes, null), cues, List.of(), List.of(), Exercise.Origin.PRACTICE,
				form.source().strip());
	}

	private static <T> @Nullable T parse(@Nullable String value, Function<String, T> parser, String field, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			errors.putIfAbsent(field, "must be given");
			return null;
		}
		try {
			return parser.apply(value.strip());
		}
		catch (IllegalArgumentException ex) {
			errors.putIfAbsent(field, "is not one of the choices (or not a number)");
			return null;
		}
	}

	/** The conditions' rules, the practice's, and each protocol phase's own. */
	private List<RuleView> allRules() {
		Map<String, String> names = new LinkedHashMap<>();
		knowledge.conditions().forEach(c -> names.put(c.code(), c.name()));
		List<RuleView> rules = new ArrayList<>();
		knowledge.rules().forEach(r -> rules.add(new RuleView(r, names.getOrDefault(r.conditionCode(), r.conditionCode()), null)));
		knowledge.protocols().forEach(p -> p.phases().forEach(phase -> phase.contraindications().forEach(r -> rules.add(
				new RuleView(r.withOrigin(ContraindicationRule.Origin.PROTOCOL, p.conditionCode()),
						names.getOrDefault(p.conditionCode(), p.conditionCode()),
						p.name() + ", phase " + phase.number())))));
		return rules;
	}

	private Map<String, Long> rulesPerCondition() {
		Map<String, Long> counts = new LinkedHashMap<>();
		allRules().forEach(r -> counts.merge(r.rule().conditionCode(), 1L, Long::sum));
		return counts;
	}

}
