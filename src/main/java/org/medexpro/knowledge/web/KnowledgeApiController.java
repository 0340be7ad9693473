package org.medexpro.knowledge.web;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.medexpro.knowledge.Condition;
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

}
