package org.medexpro.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.medexpro.physicians.CommunicationKind;

/**
 * The documents the practice sends a client's physician (DESIGN.md DOC-COM), each with the
 * parts the professional edits. Their deadlines are {@link DocumentDeadlines}'.
 */
public enum DocumentKind {

	INTRODUCTORY_LETTER("Introductory letter", CommunicationKind.INTRODUCTORY_LETTER, Map.of("body", "Letter")),
	ASSESSMENT_SUMMARY("Assessment summary", CommunicationKind.ASSESSMENT_SUMMARY,
			ordered("strength", "Strength", "flexibility", "Flexibility", "function", "Function", "endurance", "Endurance",
					"stability", "Stability", "pain", "Pain", "plan", "Proposed plan of exercise")),
	PROGRESS_REPORT("30-day progress report", CommunicationKind.PROGRESS_REPORT,
			ordered("function", "Function", "strength", "Strength", "flexibility", "Flexibility and range of motion",
					"stability", "Stability", "endurance", "Endurance", "balance", "Balance and coordination",
					"recommendations", "Recommendations")),
	CHANGE_IN_STATUS("Change-in-status letter", CommunicationKind.CHANGE_IN_STATUS, Map.of("body", "Letter")),
	DISCHARGE_SUMMARY("Discharge summary", CommunicationKind.DISCHARGE_SUMMARY,
			ordered("outcomes", "Outcomes against the goals", "reason", "Reason for discharge", "nextSteps", "Recommended next steps"));

	private final String label;

	private final CommunicationKind communication;

	private final Map<String, String> sections;

	DocumentKind(String label, CommunicationKind communication, Map<String, String> sections) {
		this.label = label;
		this.communication = communication;
		this.sections = sections;
	}

	public String label() {
		return label;
	}

	public CommunicationKind communication() {
		return communication;
	}

	/** The parts the professional edits, in the document's order, with their headings. */
	public Map<String, String> sections() {
		return sections;
	}

	public List<String> sectionCodes() {
		return List.copyOf(sections.keySet());
	}

	private static Map<String, String> ordered(String... codesAndLabels) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < codesAndLabels.length; i += 2) {
			map.put(codesAndLabels[i], codesAndLabels[i + 1]);
		}
		return java.util.Collections.unmodifiableMap(map);
	}

}
