package org.medexpro.chart;

import java.util.List;
import java.util.UUID;

import org.medexpro.assessment.AssessmentService;
import org.medexpro.assessment.GoalService;
import org.medexpro.assessment.ScreenService;
import org.medexpro.clients.ClientAccessLevel;
import org.medexpro.clients.ClientService;
import org.medexpro.knowledge.KnowledgeBase;
import org.medexpro.outcomes.Outcome;
import org.medexpro.outcomes.OutcomeService;
import org.medexpro.physicians.PhysicianService;
import org.medexpro.programs.ProgramService;
import org.medexpro.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class ChartController {

	private final ClientService clients;

	private final AssessmentService assessment;

	private final ScreenService screens;

	private final GoalService goals;

	private final OutcomeService outcomes;

	private final KnowledgeBase knowledge;

	private final PhysicianService physicians;

	private final ProgramService programs;

	ChartController(ClientService clients, AssessmentService assessment, ScreenService screens, GoalService goals,
			OutcomeService outcomes, KnowledgeBase knowledge, PhysicianService physicians, ProgramService programs) {
		this.clients = clients;
		this.assessment = assessment;
		this.screens = screens;
		this.goals = goals;
		this.outcomes = outcomes;
		this.knowledge = knowledge;
		this.physicians = physicians;
		this.programs = programs;
	}

	/** An outcome with its chart, as the page shows it. */
	public record MeasureCard(Outcome outcome, TrendChart chart) {
	}

	@GetMapping("/clients/{id}/chart")
	@PreAuthorize(Access.CLINICAL)
	String chart(@PathVariable UUID id, Model model) {
		clients.requireAccess(id, ClientAccessLevel.CLINICAL);
		model.addAttribute("client", clients.get(id));
		model.addAttribute("category", assessment.category(id));
		model.addAttribute("hold", assessment.holdReason(id).orElse(null));
		var redFlags = assessment.redFlags(id);
		model.addAttribute("redFlags", redFlags);
		model.addAttribute("hasOpenFlags", redFlags.stream().anyMatch(f -> f.open()));
		model.addAttribute("strayWords", redFlags.stream().filter(f -> f.open() && f.observed() != null)
			.flatMap(f -> org.medexpro.shared.ScopeLanguage.strayWords(f.observed()).stream()).distinct().toList());
		model.addAttribute("clearances", assessment.clearances(id));
		model.addAttribute("conditions", assessment.conditions(id));
		var intake = assessment.latestIntake(id).orElse(null);
		model.addAttribute("intake", intake);
		model.addAttribute("medicationClasses", intake == null ? List.of()
				: intake.medications().stream().flatMap(m -> knowledge.classesOf(m).stream()).distinct().toList());
		model.addAttribute("deficits", screens.deficits(id));
		model.addAttribute("goals", goals.goals(id));
		List<MeasureCard> cards = outcomes.outcomes(id).stream()
			.flatMap(o -> knowledge.measure(o.measureCode()).map(m -> new MeasureCard(o, TrendChart.of(o, m))).stream())
			.toList();
		model.addAttribute("cards", cards);
		model.addAttribute("measures", knowledge.measures());
		model.addAttribute("physicians", physicians.all());
		model.addAttribute("programs", programs.programs(id));
		model.addAttribute("redFlagCatalogue", knowledge.redFlags());
		return "chart/client-chart";
	}

}
