package org.medexpro.assessment.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.assessment.IntakeData;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The intake page's form. Its field paths match {@link IntakeData}'s, so an error on
 * {@code conditions[0].eventDate} shows beside that field.
 */
public class IntakeForm {

	static final int CONDITION_ROWS = 3;

	private @Nullable UUID referringPhysicianId;

	private @Nullable String diagnosedBy;

	private List<ConditionRow> conditions = new ArrayList<>();

	private @Nullable String surgeries;

	private @Nullable String medications;

	private Map<String, String> history = new LinkedHashMap<>();

	private List<String> symptoms = new ArrayList<>();

	private @Nullable String worseningActivities;

	private VitalsRow restingVitals = new VitalsRow();

	private @Nullable String medicalNecessity;

	private @Nullable String functionalGoals;

	private boolean maintenance;

	IntakeForm() {
		for (int i = 0; i < CONDITION_ROWS; i++) {
			conditions.add(new ConditionRow());
		}
	}

	/** The data to record; condition rows left empty are not sent. */
	IntakeData toData() {
		List<IntakeData.ConditionEntry> entries = filledConditions().stream()
			.map(r -> new IntakeData.ConditionEntry(r.code == null ? "" : r.code, blank(r.side), blank(r.approach), r.eventDate, blank(r.icd10)))
			.toList();
		List<IntakeData.HistoryAnswer> answers = new ArrayList<>();
		history.forEach((question, answer) -> {
			if (answer != null && !answer.isBlank()) {
				answers.add(new IntakeData.HistoryAnswer(question, answer.equals("yes"), null));
			}
		});
		return new IntakeData(referringPhysicianId, blank(diagnosedBy), entries,
				lines(surgeries).stream().map(s -> new IntakeData.Surgery(s, null)).toList(), lines(medications), answers,
				List.copyOf(symptoms), blank(worseningActivities),
				new IntakeData.Vitals(restingVitals.systolic, restingVitals.diastolic, restingVitals.heartRate,
						restingVitals.spo2, restingVitals.glucose, restingVitals.ketones ? Boolean.TRUE : null),
				blank(medicalNecessity), lines(functionalGoals), maintenance);
	}

	/** The path of this form for a path of the data (its condition rows skip the empty ones). */
	String formPath(String dataPath) {
		if (!dataPath.startsWith("conditions[")) {
			return dataPath.startsWith("surgeries") ? "surgeries" : dataPath.startsWith("medications") ? "medications"
					: dataPath.startsWith("functionalGoals") ? "functionalGoals" : dataPath.startsWith("history") ? "history"
							: dataPath.startsWith("symptoms") ? "symptoms" : dataPath;
		}
		int close = dataPath.indexOf(']');
		int index = Integer.parseInt(dataPath.substring("conditions[".length(), close));
		List<ConditionRow> filled = filledConditions();
		int row = index < filled.size() ? conditions.indexOf(filled.get(index)) : index;
		return "conditions[" + row + "]" + dataPath.substring(close + 1);
	}

	private List<ConditionRow> filledConditions() {
		return conditions.stream().filter(r -> r.code != null && !r.code.isBlank()).toList();
	}

	private static List<String> lines(@Nullable String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	/** A diagnosis row of the page. */
	public static class ConditionRow {

		private @Nullable String code;

		private @Nullable String side;

		private @Nullable String approach;

		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private @Nullable LocalDate eventDate;

		private @Nullable String icd10;

		public @Nullable String getCode() { return code; }
		public void setCode(@Nullable String code) { this.code = code; }
		public @Nullable String getSide() { return side; }
		public void setSide(@Nullable String side) { this.side = side; }
		public @Nullable String getApproach() { return approach; }
		public void setApproach(@Nullable String approach) { this.approach = approach; }
		public @Nullable LocalDate getEventDate() { return eventDate; }
		public void setEventDate(@Nullable LocalDate eventDate) { this.eventDate = eventDate; }
		public @Nullable String getIcd10() { return icd10; }
		public void setIcd10(@Nullable String icd10) { this.icd10 = icd10; }

	}

	/** The resting vitals of the page. */
	public static class VitalsRow {

		private @Nullable Integer systolic;

		private @Nullable Integer diastolic;

		private @Nullable Integer heartRate;

		private @Nullable Integer spo2;

		private @Nullable Integer glucose;

		private boolean ketones;

		public @Nullable Integer getSystolic() { return systolic; }
		public void setSystolic(@Nullable Integer systolic) { this.systolic = systolic; }
		public @Nullable Integer getDiastolic() { return diastolic; }
		public void setDiastolic(@Nullable Integer diastolic) { this.diastolic = diastolic; }
		public @Nullable Integer getHeartRate() { return heartRate; }
		public void setHeartRate(@Nullable Integer heartRate) { this.heartRate = heartRate; }
		public @Nullable Integer getSpo2() { return spo2; }
		public void setSpo2(@Nullable Integer spo2) { this.spo2 = spo2; }
		public @Nullable Integer getGlucose() { return glucose; }
		public void setGlucose(@Nullable Integer glucose) { this.glucose = glucose; }
		public boolean isKetones() { return ketones; }
		public void setKetones(boolean ketones) { this.ketones = ketones; }

	}

	public @Nullable UUID getReferringPhysicianId() { return referringPhysicianId; }
	public void setReferringPhysicianId(@Nullable UUID id) { this.referringPhysicianId = id; }
	public @Nullable String getDiagnosedBy() { return diagnosedBy; }
	public void setDiagnosedBy(@Nullable String diagnosedBy) { this.diagnosedBy = diagnosedBy; }
	public List<ConditionRow> getConditions() { return conditions; }
	public void setConditions(List<ConditionRow> conditions) { this.conditions = conditions; }
	public @Nullable String getSurgeries() { return surgeries; }
	public void setSurgeries(@Nullable String surgeries) { this.surgeries = surgeries; }
	public @Nullable String getMedications() { return medications; }
	public void setMedications(@Nullable String medications) { this.medications = medications; }
	public Map<String, String> getHistory() { return history; }
	public void setHistory(Map<String, String> history) { this.history = history; }
	public List<String> getSymptoms() { return symptoms; }
	public void setSymptoms(List<String> symptoms) { this.symptoms = symptoms; }
	public @Nullable String getWorseningActivities() { return worseningActivities; }
	public void setWorseningActivities(@Nullable String text) { this.worseningActivities = text; }
	public VitalsRow getRestingVitals() { return restingVitals; }
	public void setRestingVitals(VitalsRow restingVitals) { this.restingVitals = restingVitals; }
	public @Nullable String getMedicalNecessity() { return medicalNecessity; }
	public void setMedicalNecessity(@Nullable String medicalNecessity) { this.medicalNecessity = medicalNecessity; }
	public @Nullable String getFunctionalGoals() { return functionalGoals; }
	public void setFunctionalGoals(@Nullable String functionalGoals) { this.functionalGoals = functionalGoals; }
	public boolean isMaintenance() { return maintenance; }
	public void setMaintenance(boolean maintenance) { this.maintenance = maintenance; }

}
