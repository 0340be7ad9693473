package org.medexpro.outcomes.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.clients.ClientAccessLevel;
import org.medexpro.clients.ClientService;
import org.medexpro.knowledge.KnowledgeBase;
import org.medexpro.knowledge.Measure;
import org.medexpro.outcomes.Measurement;
import org.medexpro.outcomes.OutcomeService;
import org.medexpro.security.Access;
import org.medexpro.shared.FieldErrorsException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Recording a measurement in the page; a questionnaire is scored from its items here. */
@Controller
@PreAuthorize(Access.CLINICAL)
class MeasurementController {

	static final String FORM = "outcomes/measurement-form";

	private final OutcomeService outcomes;

	private final KnowledgeBase knowledge;

	private final ClientService clients;

	MeasurementController(OutcomeService outcomes, KnowledgeBase knowledge, ClientService clients) {
		this.outcomes = outcomes;
		this.knowledge = knowledge;
		this.clients = clients;
	}

	@GetMapping("/clients/{id}/measurements/new")
	String form(@PathVariable UUID id, @RequestParam(defaultValue = "") String measure, Model model) {
		clients.requireAccess(id, ClientAccessLevel.CLINICAL);
		return page(id, measure, model);
	}

	@PostMapping("/clients/{id}/measurements")
	String record(@PathVariable UUID id, @RequestParam String measureCode,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate measuredOn,
			@RequestParam(defaultValue = "") String value, @RequestParam(required = false) @Nullable List<String> items,
			@RequestParam(defaultValue = "") String note, Model model, RedirectAttributes flash) {
		clients.requireAccess(id, ClientAccessLevel.CLINICAL);
		try {
			if (note.length() > 500) {
				throw new FieldErrorsException("note", "must be at most 500 characters");
			}
			List<@Nullable Integer> answers = items == null ? null : parseItems(items);
			BigDecimal number = answers != null || value.isBlank() ? null : parse(value);
			Measurement recorded = outcomes.record(id, measureCode, number, answers,
					measuredOn == null ? LocalDate.now() : measuredOn, note.isBlank() ? null : note.strip());
			Measure measure = knowledge.measure(recorded.measureCode()).orElseThrow();
			flash.addFlashAttribute("message", "Recorded: " + measure.interpret(recorded.value().doubleValue()) + ".");
			return "redirect:/clients/" + id + "/chart";
		}
		catch (FieldErrorsException ex) {
			model.addAttribute("fieldError", ex.errors().get(0));
			model.addAttribute("value", value);
			return page(id, measureCode, model);
		}
	}

	private String page(UUID id, String measureCode, Model model) {
		model.addAttribute("client", clients.get(id));
		model.addAttribute("measures", knowledge.measures());
		model.addAttribute("measure", knowledge.measure(measureCode).orElse(null));
		model.addAttribute("today", LocalDate.now());
		return FORM;
	}

	private static BigDecimal parse(String value) {
		try {
			return new BigDecimal(value.strip().replace(',', '.'));
		}
		catch (NumberFormatException ex) {
			throw new FieldErrorsException("value", "must be a number");
		}
	}

	private static List<@Nullable Integer> parseItems(List<String> items) {
		List<@Nullable Integer> answers = new ArrayList<>();
		for (String item : items) {
			try {
				answers.add(item.isBlank() ? null : Integer.valueOf(item.strip()));
			}
			catch (NumberFormatException ex) {
				throw new FieldErrorsException("answers", "each answer must be a whole number");
			}
		}
		return answers;
	}

}
