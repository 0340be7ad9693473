package org.medexpro.knowledge.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.medexpro.knowledge.Condition;
import org.medexpro.knowledge.ContraindicationRule;
import org.medexpro.knowledge.Exercise;
import org.medexpro.knowledge.Protocol;
import org.medexpro.knowledge.Purpose;
import org.medexpro.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.medexpro.knowledge.Cutoff;
import org.medexpro.knowledge.KnowledgeBase;
import org.medexpro.knowledge.Measure;
import org.medexpro.knowledge.MeasureKind;
import org.medexpro.knowledge.Mcid;
import org.medexpro.knowledge.Norm;
import org.medexpro.knowledge.Questionnaire;
import org.medexpro.knowledge.RedFlagDefinition;
import org.medexpro.knowledge.VitalLimit;
import org.medexpro.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The knowledge base, read-only, for every signed-in staff member. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize(Access.STAFF)
class KnowledgeApiController {

	private final KnowledgeBase knowledge;

	KnowledgeApiController(KnowledgeBase knowledge) {
		this.knowledge = knowledge;
	}

	/** A measure as API.md lists it: {@code mcid} is the number, its details beside it. */
	record MeasureView(String code, String name, MeasureKind kind, String unit, double min, double max,
			boolean higherIsBetter, @Nullable Double mcid, @Nullable Mcid mcidDetail, List<Cutoff> cutoffs, List<Norm> norms,
			@Nullable Questionnaire questionnaire, String source) {

		static MeasureView of(Measure m) {
			return new MeasureView(m.code(), m.name(), m.kind(), m.unit(), m.min(), m.max(), m.higherIsBetter(),
					m.mcid() == null ? null : m.mcid().value(), m.mcid(), m.cutoffs(), m.norms(), m.questionnaire(),
					m.source());
		}

	}

	@GetMapping("/conditions")
	List<Condition> conditions() {
		return knowledge.conditions();
	}

	@GetMapping("/red-flags")
	List<RedFlagDefinition> redFlags() {
		return knowledge.redFlags();
	}

	@GetMapping("/vital-limits")
	List<VitalLimit> vitalLimits() {
		return knowledge.vitalLimits();
	}

	@GetMapping("/measures")
	List<MeasureView> measures() {
		return knowledge.measures().stream().map(MeasureView::of).toList();
	}

	/** The exercise library with the practice's own exercises; {@code q} searches codes, names and purposes. */
	@GetMapping("/exercises")
	List<Exercise> exercises(@RequestParam(required = false) @Nullable String q) {
		return q == null || q.isBlank() ? knowledge.exercises() : knowledge.searchExercises(q);
	}

	@GetMapping("/exercises/{code}")
	Exercise exercise(@PathVariable String code) {
		return knowledge.exercise(code).orElseThrow(() -> new NotFoundException("Exercise"));
	}

	/** Adds a practice's own exercise; from then on it takes part in selection like any other. */
	@PostMapping("/exercises")
	@PreAuthorize(Access.OWNER)
	ResponseEntity<Exercise> addExercise(@RequestBody Exercise exercise) {
		Exercise added = knowledge.addExercise(exercise);
		return ResponseEntity.created(URI.create("/api/v1/exercises/" + added.code())).body(added);
	}

	/** Every contraindication rule: the library's, the practice's, and the protocols' phase rules. */
	@GetMapping("/contraindication-rules")
	List<ContraindicationRule> rules() {
		List<ContraindicationRule> rules = new ArrayList<>(knowledge.rules());
		knowledge.protocols().forEach(p -> p.phases().forEach(phase -> phase.contraindications()
			.forEach(r -> rules.add(r.withOrigin(ContraindicationRule.Origin.PROTOCOL, p.conditionCode())))));
		return rules;
	}

	/** Adds a practice's own rule; every active program is checked against it at once. */
	@PostMapping("/contraindication-rules")
	@PreAuthorize(Access.OWNER)
	ResponseEntity<ContraindicationRule> addRule(@RequestBody ContraindicationRule rule) {
		ContraindicationRule added = knowledge.addRule(rule);
		return ResponseEntity.created(URI.create("/api/v1/contraindication-rules")).body(added);
	}

	@GetMapping("/protocols")
	List<Protocol> protocols() {
		return knowledge.protocols();
	}

	@GetMapping("/protocols/{code}")
	Protocol protocol(@PathVariable String code) {
		return knowledge.protocol(code).orElseThrow(() -> new NotFoundException("Protocol"));
	}

	@GetMapping("/purposes")
	List<Purpose> purposes() {
		return knowledge.purposes();
	}

}
