package org.medexpro.assessment.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.medexpro.assessment.AssessmentService;
import org.medexpro.assessment.Category;
import org.medexpro.assessment.ClientCondition;
import org.medexpro.assessment.Clearance;
import org.medexpro.assessment.FunctionalDeficit;
import org.medexpro.assessment.Goal;
import org.medexpro.assessment.GoalService;
import org.medexpro.assessment.IntakeData;
import org.medexpro.assessment.IntakeResult;
import org.medexpro.assessment.IntakeView;
import org.medexpro.assessment.RedFlag;
import org.medexpro.assessment.Screen;
import org.medexpro.assessment.ScreenFinding;
import org.medexpro.assessment.ScreenForm;
import org.medexpro.assessment.ScreenService;
import org.medexpro.assessment.TrainingGuard;
import org.medexpro.security.Access;
import org.medexpro.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The assessment API: clinical detail, for the owner and the client's care team. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize(Access.CLINICAL)
class AssessmentApiController {

	private final AssessmentService assessment;

	private final ScreenService screens;

	private final GoalService goals;

	private final TrainingGuard guard;

	AssessmentApiController(AssessmentService assessment, ScreenService screens, GoalService goals, TrainingGuard guard) {
		this.assessment = assessment;
		this.screens = screens;
		this.goals = goals;
		this.guard = guard;
	}

	record RedFlagRequest(@NotBlank @Size(max = 60) String code, @Nullable @Size(max = 2000) String observed) {
	}

	record ClearanceRequest(@NotNull UUID physicianId, @NotNull LocalDate clearedOn, @Nullable @Size(max = 2000) String note) {
	}

	record ScreenRequest(@NotNull LocalDate takenOn, @NotEmpty @Size(max = 40) List<@Valid @NotNull ScreenFinding> findings) {
	}

	record GoalRequest(@NotBlank @Size(max = 10) String term, @NotBlank @Size(max = 500) String description,
			@Nullable @Size(max = 30) String measureCode, @Nullable BigDecimal targetValue, @Nullable LocalDate targetDate) {
	}

	record GoalClosing(boolean met) {
	}

	@PostMapping("/clients/{id}/intake")
	IntakeResult intake(@PathVariable UUID id, @Valid @RequestBody IntakeData intake) {
		return assessment.recordIntake(id, intake);
	}

	@GetMapping("/clients/{id}/intake")
	IntakeView latestIntake(@PathVariable UUID id) {
		return assessment.latestIntake(id).orElseThrow(() -> new NotFoundException("Intake"));
	}

	@GetMapping("/clients/{id}/conditions")
	List<ClientCondition> conditions(@PathVariable UUID id) {
		return assessment.conditions(id);
	}

	@PostMapping("/clients/{id}/conditions")
	ResponseEntity<ClientCondition> addCondition(@PathVariable UUID id, @Valid @RequestBody IntakeData.ConditionEntry entry) {
		ClientCondition condition = assessment.addCondition(id, entry);
		return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/conditions")).body(condition);
	}

	@GetMapping("/clients/{id}/category")
	Map<String, Category> category(@PathVariable UUID id) {
		return Map.of("category", assessment.category(id));
	}

	@GetMapping("/clients/{id}/red-flags")
	List<RedFlag> redFlags(@PathVariable UUID id) {
		return assessment.redFlags(id);
	}

	@PostMapping("/clients/{id}/red-flags")
	ResponseEntity<RedFlag> raiseRedFlag(@PathVariable UUID id, @Valid @RequestBody RedFlagRequest request) {
		RedFlag flag = assessment.raiseRedFlag(id, request.code(), request.observed(), "MANUAL");
		return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/red-flags")).body(flag);
	}

	@PostMapping("/clients/{id}/clearances")
	ResponseEntity<Clearance> clearance(@PathVariable UUID id, @Valid @RequestBody ClearanceRequest request) {
		Clearance clearance = assessment.recordClearance(id, request.physicianId(), request.clearedOn(), request.note());
		return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/clearances")).body(clearance);
	}

	@GetMapping("/clients/{id}/clearances")
	List<Clearance> clearances(@PathVariable UUID id) {
		return assessment.clearances(id);
	}

	/** 200 when the client may train; 422 naming the open red flags while a clearance is required. */
	@GetMapping("/clients/{id}/training-clearance")
	Map<String, Object> trainingClearance(@PathVariable UUID id) {
		assessment.category(id);
		guard.requireClearedForTraining(id);
		return Map.of("cleared", true);
	}

	@GetMapping("/screen-form")
	ScreenForm screenForm() {
		return screens.form();
	}

	@PostMapping("/clients/{id}/screens")
	ResponseEntity<Screen> screen(@PathVariable UUID id, @Valid @RequestBody ScreenRequest request) {
		Screen screen = screens.record(id, request.takenOn(), request.findings());
		return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/screens")).body(screen);
	}

	@GetMapping("/clients/{id}/screens")
	List<Screen> screens(@PathVariable UUID id) {
		return screens.screens(id);
	}

	@GetMapping("/clients/{id}/deficits")
	List<FunctionalDeficit> deficits(@PathVariable UUID id) {
		return screens.deficits(id);
	}

	@PostMapping("/clients/{id}/goals")
	ResponseEntity<Goal> addGoal(@PathVariable UUID id, @Valid @RequestBody GoalRequest request) {
		Goal goal = goals.add(id, request.term(), request.description(), request.measureCode(), request.targetValue(),
				request.targetDate());
		return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/goals")).body(goal);
	}

	@GetMapping("/clients/{id}/goals")
	List<Goal> goals(@PathVariable UUID id) {
		return goals.goals(id);
	}

	@PostMapping("/goals/{goalId}/close")
	Goal closeGoal(@PathVariable UUID goalId, @RequestBody GoalClosing closing) {
		return goals.close(goalId, closing.met());
	}

}
