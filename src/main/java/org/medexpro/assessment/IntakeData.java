package org.medexpro.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The MET-Q intake (API.md {@code POST /clients/{id}/intake}). Only the conditions and
 * the red-flag symptoms decide; everything else is recorded as the client told it.
 *
 * @param maintenance rehabilitation is finished and the goal is to keep function
 * (Functional Maintenance)
 */
public record IntakeData(
		@Nullable UUID referringPhysicianId,
		@Nullable @Size(max = 200) String diagnosedBy,
		@Nullable @Size(max = 20) List<@Valid @NotNull ConditionEntry> conditions,
		@Nullable @Size(max = 20) List<@Valid @NotNull Surgery> surgeries,
		@Nullable @Size(max = 40) List<@NotBlank @Size(max = 200) String> medications,
		@Nullable @Size(max = 40) List<@Valid @NotNull HistoryAnswer> history,
		@Nullable @Size(max = 40) List<@NotBlank @Size(max = 60) String> symptoms,
		@Nullable @Size(max = 2000) String worseningActivities,
		@Nullable @Valid Vitals restingVitals,
		@Nullable @Size(max = 4000) String medicalNecessity,
		@Nullable @Size(max = 10) List<@NotBlank @Size(max = 300) String> functionalGoals,
		@Nullable Boolean maintenance) {

	/** A diagnosis from the referral. */
	public record ConditionEntry(
			@NotBlank @Size(max = 60) String code,
			@Nullable @Size(max = 10) String side,
			@Nullable @Size(max = 30) String approach,
			@NotNull @PastOrPresent(message = "must not be in the future") LocalDate eventDate,
			@Nullable @Size(max = 10) String icd10) {
	}

	public record Surgery(@NotBlank @Size(max = 200) String description,
			@Nullable @PastOrPresent(message = "must not be in the future") LocalDate date) {
	}

	public record HistoryAnswer(@NotBlank @Size(max = 60) String question, @NotNull Boolean answer,
			@Nullable @Size(max = 500) String note) {
	}

	/** Resting vitals: mmHg, beats/min, %, mg/dL; ketones true when moderate or large. */
	public record Vitals(
			@Nullable @Min(value = 60, message = "must be between 60 and 300 mmHg") @Max(value = 300, message = "must be between 60 and 300 mmHg") Integer systolic,
			@Nullable @Min(value = 30, message = "must be between 30 and 200 mmHg") @Max(value = 200, message = "must be between 30 and 200 mmHg") Integer diastolic,
			@Nullable @Min(value = 20, message = "must be between 20 and 250 beats/min") @Max(value = 250, message = "must be between 20 and 250 beats/min") Integer heartRate,
			@Nullable @Min(value = 50, message = "must be between 50 and 100 %") @Max(value = 100, message = "must be between 50 and 100 %") Integer spo2,
			@Nullable @Min(value = 10, message = "must be between 10 and 1000 mg/dL") @Max(value = 1000, message = "must be between 10 and 1000 mg/dL") Integer glucose,
			@Nullable Boolean ketones) {
	}

	public List<ConditionEntry> conditionList() {
		return conditions == null ? List.of() : conditions;
	}

	public List<String> symptomList() {
		return symptoms == null ? List.of() : symptoms;
	}

	public List<String> medicationList() {
		return medications == null ? List.of() : medications;
	}

}
