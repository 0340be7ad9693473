package org.medexpro.programs.web;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.medexpro.assessment.AssessmentService;
import org.medexpro.assessment.ClientCondition;
import org.medexpro.clients.ClientAccessLevel;
import org.medexpro.clients.ClientService;
import org.medexpro.knowledge.KnowledgeBase;
import org.medexpro.knowledge.Protocol;
import org.medexpro.programs.EntryRequest;
import org.medexpro.programs.ExerciseFlags;
import org.medexpro.programs.ExerciseOptions;
import org.medexpro.programs.HomeProgram;
import org.medexpro.programs.Program;
import org.medexpro.programs.ProgramService;
import org.medexpro.programs.RuleHit;
import org.medexpro.security.Access;
import org.medexpro.shared.ConflictException;
import org.medexpro.shared.FieldErrorsException;
import org.medexpro.shared.RuleViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of the engine: a client's exercise options with the reason for every
 * exclusion, starting a program from a protocol, and the program with its phase, criteria
 * and exercises. Clinical detail: the owner and the client's care team.
 */
@Controller
@PreAuthorize(Access.CLINICAL)
class ProgramController {

	static final String OPTIONS = "programs/exercise-options";

	static final String NEW = "programs/program-new";

	static final String DETAIL = "programs/program-detail";

	/** What the add-exercise form sent back, to show it again beside its error. */
	public record AddForm(String exerciseCode, @Nullable Integer sets, @Nullable Integer reps, @Nullable Integer minutes,
			boolean acknowledgeCautions, String note) {

		static AddForm empty() {
			return new AddForm("", null, null, null, false, "");
		}

	}

	private final ProgramService programs;

	private final HomeProgram homeProgram;

	private final ClientService clients;

	private final AssessmentService assessment;

	private final KnowledgeBase knowledge;

	private final ExerciseFlags flags;

	ProgramController(ProgramService programs, HomeProgram homeProgram, ClientService clients,
			AssessmentService assessment, KnowledgeBase knowledge, ExerciseFlags flags) {
		this.flags = flags;
		this.programs = programs;
		this.homeProgram = homeProgram;
		this.clients = clients;
		this.assessment = assessment;
		this.knowledge = knowledge;
	}

	@GetMapping("/clients/{id}/exercise-options")
	String options(@PathVariable UUID id, Model model) {
		clients.requireAccess(id, ClientAccessLevel.CLINICAL);
		model.addAttribute("client", clients.get(id));
		model.addAttribute("options", programs.options(id));
		model.addAttribute("programs", programs.programs(id));
		model.addAttribute("flags", flags.of(id));
		return OPTIONS;
	}

	/** Takes an exercise out for this client, saying why (it spread the symptoms, it was not tolerated). */
	@PostMapping("/clients/{id}/exercise-flags")
	String flag(@PathVariable UUID id, @RequestParam(defaultValue = "") String exerciseCode,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
		try {
			ExerciseFlags.Flag flag = flags.flag(id, exerciseCode, reason);
			flash.addFlashAttribute("message", flag.name() + " is taken out for this client.");
		}
		catch (FieldErrorsException ex) {
			flash.addFlashAttribute("error", (ex.errors().get(0).field().equals("reason") ? "The reason: " : "The exercise: ")
					+ ex.errors().get(0).message() + ".");
		}
		catch (ConflictException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/clients/" + id + "/exercise-options#flags";
	}

	@PostMapping("/clients/{id}/exercise-flags/{code}/remove")
	String unflag(@PathVariable UUID id, @PathVariable String code, RedirectAttributes flash) {
		flags.unflag(id, code);
		flash.addFlashAttribute("message", "The exercise is given back to the client's options.");
		return "redirect:/clients/" + id + "/exercise-options#flags";
	}

	@GetMapping("/clients/{id}/programs/new")
	String createForm(@PathVariable UUID id, Model model) {
		clients.requireAccess(id, ClientAccessLevel.CLINICAL);
		Set<String> conditions = assessment.conditions(id).stream()
			.filter(ClientCondition::active)
			.map(ClientCondition::code)
			.collect(Collectors.toSet());
		List<Protocol> protocols = knowledge.protocols().stream().filter(p -> conditions.contains(p.conditionCode())).toList();
		model.addAttribute("client", clients.get(id));
		model.addAttribute("protocols", protocols);
		model.addAttribute("hold", assessment.holdReason(id).orElse(null));
		return NEW;
	}

	@PostMapping("/clients/{id}/programs")
	String create(@PathVariable UUID id, @RequestParam(defaultValue = "") String protocolCode, Model model,
			RedirectAttributes flash) {
		try {
			Program program = programs.create(id, protocolCode);
			flash.addFlashAttribute("message", "Program started at phase 1 with " + program.exercises().size()
					+ " exercises the engine proposed. Adjust them to the client.");
			return "redirect:/programs/" + program.id();
		}
		catch (FieldErrorsException | RuleViolationException | ConflictException ex) {
			model.addAttribute("error", ex.getMessage());
			return createForm(id, model);
		}
	}

	@GetMapping("/programs/{programId}")
	String show(@PathVariable UUID programId, Model model) {
		return page(programs.program(programId), AddForm.empty(), null, List.of(), model);
	}

	@PostMapping("/programs/{programId}/exercises")
	String addExercise(@PathVariable UUID programId, @RequestParam(defaultValue = "") String exerciseCode,
			@RequestParam(required = false) @Nullable Integer sets, @RequestParam(required = false) @Nullable Integer reps,
			@RequestParam(required = false) @Nullable Integer minutes,
			@RequestParam(defaultValue = "false") boolean acknowledgeCautions, @RequestParam(defaultValue = "") String note,
			Model model, RedirectAttributes flash) {
		AddForm form = new AddForm(exerciseCode, sets, reps, minutes, acknowledgeCautions, note);
		try {
			var entry = programs.addExercise(programId, new EntryRequest(exerciseCode, sets, reps, minutes, null, null,
					null, acknowledgeCautions, note.isBlank() ? null : note.strip()));
			flash.addFlashAttribute("message", "Added " + entry.name() + ": " + entry.dose() + ".");
			return "redirect:/programs/" + programId;
		}
		catch (FieldErrorsException ex) {
			return page(programs.program(programId), form, ex.errors().get(0), List.of(), model);
		}
		catch (RuleViolationException ex) {
			return page(programs.program(programId), form, new FieldErrorsException.FieldMessage("exerciseCode", ex.getMessage()),
					rules(ex), model);
		}
		catch (ConflictException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
			return "redirect:/programs/" + programId;
		}
	}

	@PostMapping("/programs/{programId}/exercises/{entryId}/dose")
	String redose(@PathVariable UUID programId, @PathVariable UUID entryId, @RequestParam String exerciseCode,
			@RequestParam(required = false) @Nullable Integer sets, @RequestParam(required = false) @Nullable Integer reps,
			@RequestParam(required = false) @Nullable Integer minutes, @RequestParam(defaultValue = "false") boolean acknowledgeCautions,
			@RequestParam(defaultValue = "") String note, RedirectAttributes flash) {
		try {
			var entry = programs.redose(programId, entryId, new EntryRequest(exerciseCode, sets, reps, minutes, null, null, null,
					acknowledgeCautions, note.isBlank() ? null : note.strip()));
			flash.addFlashAttribute("message", entry.name() + " is now " + entry.dose() + ".");
		}
		catch (FieldErrorsException ex) {
			flash.addFlashAttribute("error", "The dose's " + ex.errors().get(0).field() + " " + ex.errors().get(0).message() + ".");
		}
		catch (RuleViolationException | ConflictException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/programs/" + programId;
	}

	@PostMapping("/programs/{programId}/exercises/{entryId}/remove")
	String remove(@PathVariable UUID programId, @PathVariable UUID entryId, RedirectAttributes flash) {
		try {
			programs.removeExercise(programId, entryId);
			flash.addFlashAttribute("message", "Exercise removed from the program.");
		}
		catch (ConflictException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/programs/" + programId;
	}

	@PostMapping("/programs/{programId}/advance")
	String advance(@PathVariable UUID programId, RedirectAttributes flash) {
		try {
			Program program = programs.advance(programId);
			flash.addFlashAttribute("message", "Criteria met: the program is now in phase " + program.phase() + ", "
					+ program.phaseName() + ".");
		}
		catch (ConflictException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/programs/" + programId;
	}

	@GetMapping(value = "/programs/{programId}/home-program.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> homeProgramPdf(@PathVariable UUID programId) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=home-program.pdf")
			.contentType(MediaType.APPLICATION_PDF)
			.body(homeProgram.pdf(programId));
	}

	private String page(Program program, AddForm form, FieldErrorsException.@Nullable FieldMessage fieldError,
			List<RuleHit> refusedBy, Model model) {
		ExerciseOptions options = programs.options(program.clientId());
		Set<String> inProgram = program.exercises().stream().map(e -> e.exerciseCode()).collect(Collectors.toSet());
		model.addAttribute("client", clients.get(program.clientId()));
		model.addAttribute("program", program);
		model.addAttribute("choices", options.indicated().stream().filter(o -> !inProgram.contains(o.exerciseCode())).toList());
		model.addAttribute("excludedCount", options.excluded().size());
		model.addAttribute("form", form);
		model.addAttribute("fieldError", fieldError);
		model.addAttribute("refusedBy", refusedBy);
		return DETAIL;
	}

	@SuppressWarnings("unchecked")
	private static List<RuleHit> rules(RuleViolationException ex) {
		Object rules = ex.details().get("rules");
		return rules instanceof List<?> list ? (List<RuleHit>) list : List.of();
	}

}
