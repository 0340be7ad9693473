package org.medexpro.knowledge;

import java.util.List;
import java.util.Optional;

import org.medexpro.knowledge.internal.KnowledgeFiles;
import org.springframework.stereotype.Service;

/**
 * The knowledge base as loaded and validated at start-up. Not client information.
 */
@Service
public class KnowledgeBase {

	private final KnowledgeFiles files;

	KnowledgeBase(KnowledgeFiles files) {
		this.files = files;
	}

	public List<Condition> conditions() {
		return files.conditions();
	}

	public Optional<Condition> condition(String code) {
		return files.conditions().stream().filter(c -> c.code().equals(code)).findFirst();
	}

	/** The red-flag symptoms the intake asks about. */
	public List<RedFlagDefinition> redFlags() {
		return files.redFlags();
	}

	/** A red flag of the catalogue or of a condition, by code. */
	public Optional<RedFlagDefinition> redFlag(String code) {
		return files.redFlags().stream()
			.filter(f -> f.code().equals(code))
			.findFirst()
			.or(() -> files.conditions().stream().flatMap(c -> c.redFlags().stream()).filter(f -> f.code().equals(code)).findFirst());
	}

	public List<VitalLimit> vitalLimits() {
		return files.vitalLimits();
	}

	public List<Measure> measures() {
		return files.measures();
	}

	public Optional<Measure> measure(String code) {
		return files.measures().stream().filter(m -> m.code().equals(code)).findFirst();
	}

	public List<MedicationClass> medicationClasses() {
		return files.medicationClasses();
	}

	/** The classes a medication as written on the intake belongs to. */
	public List<MedicationClass> classesOf(String medication) {
		return files.medicationClasses().stream().filter(c -> c.matches(medication)).toList();
	}

	public List<HistoryQuestion> historyQuestions() {
		return files.historyQuestions();
	}

	/** The version stamp of each file, for documents that cite the knowledge they used. */
	public String version() {
		return files.version();
	}

}
