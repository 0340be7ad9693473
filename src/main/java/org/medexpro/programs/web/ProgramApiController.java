package org.medexpro.programs.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.medexpro.programs.CriterionStatus;
import org.medexpro.programs.EntryRequest;
import org.medexpro.programs.ExerciseFlags;
import org.medexpro.programs.ExerciseOptions;
import org.medexpro.programs.HomeProgram;
import org.medexpro.programs.Program;
import org.medexpro.programs.ProgramEntry;
import org.medexpro.programs.ProgramService;
import org.medexpro.security.Access;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The exercise engine and programs: clinical detail, for the owner and the client's care team. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize(Access.CLINICAL)
class ProgramApiController {

	record ProgramRequest(@NotBlank @Size(max = 64) String protocolCode) {
	}

	record CopyRequest(@NotNull UUID clientId, @Nullable Boolean acknowledgeCautions, @Nullable @Size(max = 1000) String note) {
	}

	record FlagRequest(@Nullable @Size(max = 64) String exerciseCode, @Nullable @Size(max = 500) String reason) {
	}

	private final ProgramService programs;

	private final HomeProgram homeProgram;

	private final ExerciseFlags flags;

	ProgramApiController(ProgramService programs, HomeProgram homeProgram, ExerciseFlags flags) {
		this.programs = programs;
		this.homeProgram = homeProgram;
		this.flags = flags;
	}

	/** The exercises taken out for this client by a professional, with why. */
	@GetMapping("/clients/{id}/exercise-flags")
	List<ExerciseFlags.Flag> flags(@PathVariable UUID id) {
		return flags.of(id);
	}

	@PostMapping("/clients/{id}/exercise-flags")
	ResponseEntity<ExerciseFlags.Flag> flag(@PathVariable UUID id, @Valid @RequestBody FlagRequest request) {
		ExerciseFlags.Flag flag = flags.flag(id, request.exerciseCode(), request.reason());
		return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/exercise-flags/" + flag.exerciseCode())).body(flag);
	}

	@DeleteMapping("/clients/{id}/exercise-flags/{code}")
	ResponseEntity<Void> unflag(@PathVariable UUID id, @PathVariable String code) {
		flags.unflag(id, code);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/clients/{id}/exercise-options")
	ExerciseOptions options(@PathVariable UUID id) {
		return programs.options(id);
	}

	@PostMapping("/clients/{id}/programs")
	ResponseEntity<Program> create(@PathVariable UUID id, @Valid @RequestBody ProgramRequest request) {
		Program program = programs.create(id, request.protocolCode());
		return ResponseEntity.created(URI.create("/api/v1/programs/" + program.id())).body(program);
	}

	@GetMapping("/clients/{id}/programs")
	List<Program> programsOf(@PathVariable UUID id) {
		return programs.programs(id);
	}

	@GetMapping("/programs/{id}")
	Program program(@PathVariable UUID id) {
		return programs.program(id);
	}

	@PostMapping("/programs/{id}/exercises")
	ResponseEntity<ProgramEntry> addExercise(@PathVariable UUID id, @Valid @RequestBody EntryRequest request) {
		ProgramEntry entry = programs.addExercise(id, request);
		return ResponseEntity.created(URI.create("/api/v1/programs/" + id + "/exercises/" + entry.id())).body(entry);
	}

	@PutMapping("/programs/{id}/exercises/{entryId}")
	ProgramEntry redose(@PathVariable UUID id, @PathVariable UUID entryId, @Valid @RequestBody EntryRequest request) {
		return programs.redose(id, entryId, request);
	}

	@DeleteMapping("/programs/{id}/exercises/{entryId}")
	ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable UUID entryId) {
		programs.removeExercise(id, entryId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/programs/{id}/criteria")
	List<CriterionStatus> criteria(@PathVariable UUID id) {
		return programs.criteria(id);
	}

	@PostMapping("/programs/{id}/advance")
	Program advance(@PathVariable UUID id) {
		return programs.advance(id);
	}

	@PostMapping("/programs/{id}/copy")
	ResponseEntity<Program> copy(@PathVariable UUID id, @Valid @RequestBody CopyRequest request) {
		Program copy = programs.copy(id, request.clientId(), Boolean.TRUE.equals(request.acknowledgeCautions()), request.note());
		return ResponseEntity.created(URI.create("/api/v1/programs/" + copy.id())).body(copy);
	}

	@GetMapping(value = "/programs/{id}/home-program/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> homeProgramPdf(@PathVariable UUID id) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=home-program.pdf")
			.contentType(MediaType.APPLICATION_PDF)
			.body(homeProgram.pdf(id));
	}

}
