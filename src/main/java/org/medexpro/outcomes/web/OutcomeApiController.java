package org.medexpro.outcomes.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.medexpro.outcomes.Measurement;
import org.medexpro.outcomes.Outcome;
import org.medexpro.outcomes.OutcomeService;
import org.medexpro.security.Access;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/clients/{id}")
@PreAuthorize(Access.CLINICAL)
class OutcomeApiController {

	private final OutcomeService outcomes;

	OutcomeApiController(OutcomeService outcomes) {
		this.outcomes = outcomes;
	}

	/** A measured value, or a questionnaire's answers (null for a skipped item). */
	record MeasurementRequest(@NotBlank @Size(max = 30) String measureCode, @Nullable BigDecimal value,
			@Nullable @Size(max = 40) List<@Nullable Integer> answers, @NotNull LocalDate measuredOn,
			@Nullable @Size(max = 500) String note) {
	}

	@PostMapping("/measurements")
	ResponseEntity<Measurement> record(@PathVariable UUID id, @Valid @RequestBody MeasurementRequest request) {
		Measurement measurement = outcomes.record(id, request.measureCode(), request.value(), request.answers(),
				request.measuredOn(), request.note());
		return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/measurements")).body(measurement);
	}

	@GetMapping("/measurements")
	List<Measurement> measurements(@PathVariable UUID id) {
		return outcomes.measurements(id);
	}

	@GetMapping("/outcomes")
	List<Outcome> outcomes(@PathVariable UUID id) {
		return outcomes.outcomes(id);
	}

}
