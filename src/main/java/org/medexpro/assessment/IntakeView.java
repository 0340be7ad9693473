package org.medexpro.assessment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.assessment.internal.AssessmentRepository.StoredIntake;

/** The latest intake as the chart shows it. Health information. */
public record IntakeView(UUID id, @Nullable UUID referringPhysicianId, @Nullable String referringPhysician,
		String category, @Nullable String medicalNecessity, @Nullable String diagnosedBy, List<String> surgeries,
		List<String> medications, List<String> history, List<String> symptoms, @Nullable String worseningActivities,
		List<String> functionalGoals, @Nullable Integer systolic, @Nullable Integer diastolic,
		@Nullable Integer heartRate, @Nullable Integer spo2, @Nullable Integer glucose, boolean maintenance,
		OffsetDateTime takenAt, String takenBy) {

	static IntakeView of(StoredIntake i, @Nullable String physician) {
		return new IntakeView(i.id(), i.referringPhysicianId(), physician, i.category(), i.medicalNecessity(),
				i.diagnosedBy(), split(i.surgeries()), split(i.medications()), split(i.history()), split(i.symptoms()),
				i.worseningActivities(), split(i.functionalGoals()), i.systolic(), i.diastolic(), i.heartRate(), i.spo2(),
				i.glucose(), i.maintenance(), i.takenAt(), i.takenBy());
	}

	private static List<String> split(@Nullable String lines) {
		return lines == null || lines.isBlank() ? List.of() : List.of(lines.split("\n"));
	}

}
