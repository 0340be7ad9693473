package org.medexpro.assessment.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.medexpro.assessment.AssessmentService;
import org.medexpro.assessment.GoalService;
import org.medexpro.assessment.IntakeData;
import org.medexpro.assessment.IntakeResult;
import org.medexpro.assessment.ScreenFinding;
import org.medexpro.assessment.ScreenForm;
import org.medexpro.assessment.ScreenService;
import org.medexpro.clients.ClientAccessLevel;
import org.medexpro.clients.ClientService;
import org.medexpro.knowledge.KnowledgeBase;
import org.medexpro.physicians.PhysicianService;
import org.medexpro.security.Access;
import org.medexpro.shared.ConflictException;
import org.medexpro.shared.FieldErrorsException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The assessment pages: the MET-Q intake, the screen, clearances, red flags and goals. */
@Controller
@PreAuthorize(Access.CLINICAL)
class AssessmentController {

	static final String INTAKE = "assessment/intake-form";

	static final String SCREEN = "assessment/screen-form";

	private final AssessmentService assessment;

	private final ScreenService screens;

	private final GoalService goals;

	private final ClientService clients;

	private final KnowledgeBase knowledge;

	private final PhysicianService physicians;

	private final Validator validator;

	AssessmentController(AssessmentService assessment, ScreenService screens, GoalService goals, ClientService clients,
			KnowledgeBase knowledge, PhysicianService physicians, Validator validator) {
		this.assessment = assessment;
		this.screens = screens;
		this.goals = goals;
		this.clients = clients;
		this.knowledge = knowledge;
		this.physicians = physicians;
		this.validator = validator;
	}

	@GetMapping("/clients/{id}/intake")
	String intakeForm(@PathVariable UUID id, Model model) {
		clients.requireAccess(id, ClientAccessLevel.CLINICAL);
		model.addAttribute("form", new IntakeForm());
		return intakePage(id, model);
	}

	@PostMapping("/clients/{id}/intake")
	String intake(@PathVariable UUID id, @ModelAttribute("form") IntakeForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		clients.requireAccess(id, ClientAccessLevel.CLINICAL);
		if (result.hasErrors()) {
			return intakePage(id, model);
		}
		IntakeData data = form.toData();
		for (ConstraintViolation<IntakeData> violation : validator.validate(data)) {
			result.rejectValue(form.formPath(violation.getPropertyPath().toString()), "invalid", violation.getMessage());
		}
		if (result.hasErrors()) {
			return intakePage(id, model);
		}
		try {
			IntakeResult outcome = assessment.recordIntake(id, data);
			flash.addFlashAttribute(outcome.clearanceRequired() ? "error" : "message", outcome.clearanceRequired()
					? "Intake recorded: " + outcome.category().label() + ". Training is on hold until a physician clearance is recorded."
					: "Intake recorded: " + outcome.category().label() + ". The client may train.");
			return "redirect:/clients/" + id + "/chart";
		}
		catch (FieldErrorsException ex) {
			ex.errors().forEach(e -> result.rejectValue(form.formPath(e.field()), "invalid", e.message()));
			return intakePage(id, model);
		}
	}

	private String intakePage(UUID id, Model model) {
		model.addAttribute("client", clients.get(id));
		model.addAttribute("conditionCatalogue", knowledge.conditions());
		model.addAttribute("redFlagCatalogue", knowledge.redFlags());
		model.addAttribute("historyQuestions", knowledge.historyQuestions());
		model.addAttribute("physicians", physicians.all());
		return INTAKE;
	}

	@PostMapping("/clients/{id}/clearances")
	String clearance(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID physicianId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate clearedOn,
			@RequestParam(defaultValue = "") String note, RedirectAttributes flash) {
		if (physicianId == null || clearedOn == null || note.length() > 2000) {
			flash.addFlashAttribute("error", "Choose the physician and the date of the clearance (and a note of up to 2000 characters).");
			return "redirect:/clients/" + id + "/chart";
		}
		try {
			assessment.recordClearance(id, physicianId, clearedOn, note.isBlank() ? null : note.strip());
			flash.addFlashAttribute("message", "Clearance recorded: the client may train again.");
		}
		catch (FieldErrorsException ex) {
			flash.addFlashAttribute("error", "The clearance " + ex.errors().get(0).field() + " " + ex.errors().get(0).message() + ".");
		}
		catch (org.medexpro.shared.RuleViolationException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/clients/" + id + "/chart";
	}

	@PostMapping("/clients/{id}/red-flags")
	String raiseRedFlag(@PathVariable UUID id, @RequestParam String code, @RequestParam(defaultValue = "") String observed,
			RedirectAttributes flash) {
		if (observed.length() > 2000) {
			flash.addFlashAttribute("error", "Describe what you observed in up to 2000 characters.");
			return "redirect:/clients/" + id + "/chart";
		}
		try {
			assessment.raiseRedFlag(id, code, observed.isBlank() ? null : observed.strip(), "MANUAL");
			var stray = org.medexpro.shared.ScopeLanguage.strayWords(observed);
			flash.addFlashAttribute("error", "Red flag raised: training is on hold until a physician clearance is recorded."
					+ (stray.isEmpty() ? "" : " Your note uses words outside the scope of exercise (" + String.join(", ", stray)
							+ "): state what you observed, not an interpretation."));
		}
		catch (FieldErrorsException ex) {
			flash.addFlashAttribute("error", "Choose a red flag of the list.");
		}
		return "redirect:/clients/" + id + "/chart";
	}

	@PostMapping("/clients/{id}/goals")
	String addGoal(@PathVariable UUID id, @RequestParam String term, @RequestParam(defaultValue = "") String description,
			@RequestParam(defaultValue = "") String measureCode, @RequestParam(required = false) @Nullable BigDecimal targetValue,
			RedirectAttributes flash) {
		if (description.isBlank() || description.length() > 500) {
			flash.addFlashAttribute("error", "Describe the goal in up to 500 characters.");
			return "redirect:/clients/" + id + "/chart";
		}
		try {
			goals.add(id, term, description, measureCode.isBlank() ? null : measureCode, targetValue, null);
			flash.addFlashAttribute("message", "Goal set.");
		}
		catch (FieldErrorsException ex) {
			flash.addFlashAttribute("error", "The goal's " + ex.errors().get(0).field() + " " + ex.errors().get(0).message() + ".");
		}
		return "redirect:/clients/" + id + "/chart";
	}

	@PostMapping("/goals/{goalId}/close")
	String closeGoal(@PathVariable UUID goalId, @RequestParam(defaultValue = "true") boolean met, RedirectAttributes flash) {
		UUID clientId = goals.clientOf(goalId);
		try {
			goals.close(goalId, met);
			flash.addFlashAttribute("message", met ? "Goal met. Set the next one." : "Goal discontinued.");
		}
		catch (ConflictException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/clients/" + clientId + "/chart";
	}

	@GetMapping("/clients/{id}/screen")
	String screenForm(@PathVariable UUID id, Model model) {
		clients.requireAccess(id, ClientAccessLevel.CLINICAL);
		model.addAttribute("form", ScreenPageForm.of(screens.form()));
		return screenPage(id, model);
	}

	@PostMapping("/clients/{id}/screen")
	String screen(@PathVariable UUID id, @ModelAttribute("form") ScreenPageForm form, BindingResult result, Model model,
			RedirectAttributes flash) {
		clients.requireAccess(id, ClientAccessLevel.CLINICAL);
		if (result.hasErrors()) {
			return screenPage(id, model);
		}
		if (form.getTakenOn() == null) {
			result.rejectValue("takenOn", "required", "give the date of the screen");
			return screenPage(id, model);
		}
		if (form.getFindings().size() > screens.form().points().size() || !form.valid(screens.form())) {
			result.reject("invalid", "The screen does not match its form; reload the page.");
			return screenPage(id, model);
		}
		List<ScreenFinding> findings = form.findings();
		List<String> rows = form.recordedRows();
		for (int i = 0; i < findings.size(); i++) {
			for (ConstraintViolation<ScreenFinding> v : validator.validate(findings.get(i))) {
				result.rejectValue("findings[" + rows.get(i) + "]." + v.getPropertyPath(), "invalid", v.getMessage());
			}
		}
		if (result.hasErrors()) {
			return screenPage(id, model);
		}
		try {
			screens.record(id, form.getTakenOn(), findings);
		}
		catch (FieldErrorsException ex) {
			ex.errors().forEach(e -> result.reject("invalid", e.field() + " " + e.message()));
			return screenPage(id, model);
		}
		flash.addFlashAttribute("message", "Screen recorded.");
		return "redirect:/clients/" + id + "/chart";
	}

	private String screenPage(UUID id, Model model) {
		ScreenForm screenForm = screens.form();
		model.addAttribute("client", clients.get(id));
		model.addAttribute("screenForm", screenForm);
		model.addAttribute("results", ScreenFinding.Result.values());
		return SCREEN;
	}

	/** The screen page's form: one row per point of the screen form. */
	public static class ScreenPageForm {

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate takenOn = LocalDate.now();

		private List<Row> findings = new ArrayList<>();

		static ScreenPageForm of(ScreenForm form) {
			ScreenPageForm page = new ScreenPageForm();
			form.points().forEach(p -> {
				Row row = new Row();
				row.point = p.code();
				page.findings.add(row);
			});
			return page;
		}

		List<ScreenFinding> findings() {
			return findings.stream().filter(Row::recorded)
				.map(r -> new ScreenFinding(r.point, ScreenFinding.Result.valueOf(r.result), blank(r.side), r.rangeDegrees,
						r.strength, blank(r.notes)))
				.toList();
		}

		/** Every row names a point of the form, a known result and notes that fit. */
		boolean valid(ScreenForm form) {
			return findings.stream().allMatch(r -> form.point(r.point).isPresent()
					&& (!r.recorded() || java.util.Arrays.stream(ScreenFinding.Result.values()).anyMatch(v -> v.name().equals(r.result)))
					&& (r.notes == null || r.notes.length() <= 1000) && (r.side == null || r.side.length() <= 10));
		}

		List<String> recordedRows() {
			List<String> rows = new ArrayList<>();
			for (int i = 0; i < findings.size(); i++) {
				if (findings.get(i).recorded()) {
					rows.add(String.valueOf(i));
				}
			}
			return rows;
		}

		private static @Nullable String blank(@Nullable String value) {
			return value == null || value.isBlank() ? null : value.strip();
		}

		public @Nullable LocalDate getTakenOn() { return takenOn; }
		public void setTakenOn(@Nullable LocalDate takenOn) { this.takenOn = takenOn; }
		public List<Row> getFindings() { return findings; }
		public void setFindings(List<Row> findings) { this.findings = findings; }

		/** A point's row. */
		public static class Row {

			private String point = "";

			private @Nullable String result;

			private @Nullable String side;

			private @Nullable Integer rangeDegrees;

			private @Nullable Integer strength;

			private @Nullable String notes;

			boolean recorded() {
				return result != null && !result.isBlank();
			}

			public String getPoint() { return point; }
			public void setPoint(String point) { this.point = point; }
			public @Nullable String getResult() { return result; }
			public void setResult(@Nullable String result) { this.result = result; }
			public @Nullable String getSide() { return side; }
			public void setSide(@Nullable String side) { this.side = side; }
			public @Nullable Integer getRangeDegrees() { return rangeDegrees; }
			public void setRangeDegrees(@Nullable Integer rangeDegrees) { this.rangeDegrees = rangeDegrees; }
			public @Nullable Integer getStrength() { return strength; }
			public void setStrength(@Nullable Integer strength) { this.strength = strength; }
			public @Nullable String getNotes() { return notes; }
			public void setNotes(@Nullable String notes) { this.notes = notes; }

		}

	}

}
