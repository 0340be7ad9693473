package org.medexpro.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.medexpro.MedexApplication;
import org.medexpro.knowledge.internal.KnowledgeFiles;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.io.ClassPathResource;

/**
 * The knowledge base as shipped loads; a broken file stops start-up with a message that
 * names the file, the entry and the field.
 */
class KnowledgeFilesTests {

	static final String[] FILES = { "conditions.yml", "red-flags.yml", "vital-limits.yml", "measures.yml",
			"medications.yml", "history-questions.yml", "purposes.yml", "joint-ranges.yml", "exercises.yml",
			"exercises-functional.yml", "contraindications.yml", "protocols.yml", "session-limits.yml" };

	@TempDir
	Path folder;

	@Test
	void loadsTheShippedKnowledgeBase() {
		KnowledgeFiles files = KnowledgeFiles.from("classpath:knowledge/");
		assertThat(files.conditions()).hasSizeGreaterThanOrEqualTo(16);
		assertThat(files.measures()).hasSizeGreaterThanOrEqualTo(16);
		assertThat(files.redFlags()).extracting(RedFlagDefinition::code)
			.contains("RADIATING_PAIN", "NUMBNESS_TINGLING", "LOSS_OF_RANGE_OF_MOTION", "LOSS_OF_FUNCTION",
					"UNEXPLAINED_SWELLING", "NIGHT_PAIN", "CHEST_PAIN", "SHORTNESS_OF_BREATH_AT_REST", "OPEN_WOUND",
					"CALF_PAIN_SWELLING", "SADDLE_NUMBNESS", "BOWEL_BLADDER_CHANGE", "NEW_NEUROLOGICAL_DEFICIT",
					"FAINTING_OR_DIZZINESS", "FEVER_OR_WOUND_CHANGE", "UNEXPLAINED_WEIGHT_LOSS");
		assertThat(files.conditions()).allSatisfy(c -> assertThat(c.source()).isNotBlank());
		assertThat(files.vitalLimits()).anySatisfy(l -> assertThat(l.raisesRedFlag()).isTrue());
	}

	@Test
	void shipsTheExerciseLibraryRulesAndProtocolsTheEngineNeeds() {
		KnowledgeFiles files = KnowledgeFiles.from("classpath:knowledge/");
		assertThat(files.exercises()).hasSizeGreaterThanOrEqualTo(150);
		assertThat(files.exercises()).extracting(Exercise::category).contains(ExerciseCategory.MOBILITY,
				ExerciseCategory.STRENGTH, ExerciseCategory.BALANCE, ExerciseCategory.GAIT, ExerciseCategory.AEROBIC,
				ExerciseCategory.FUNCTIONAL);
		assertThat(files.exercises()).extracting(e -> e.demands().position()).contains(Position.SUPINE, Position.STANDING);
		assertThat(files.exercises()).allSatisfy(e -> {
			assertThat(e.purposes()).as(e.code()).isNotEmpty();
			assertThat(e.cues()).as(e.code()).isNotEmpty();
			assertThat(e.source()).as(e.code()).isNotBlank();
		});

		assertThat(files.rules()).hasSizeGreaterThanOrEqualTo(80);
		assertThat(files.rules()).allSatisfy(r -> {
			assertThat(r.source()).as(r.code()).isNotBlank();
			assertThat(r.reason()).as(r.code()).isNotBlank();
		});

		assertThat(files.protocols()).hasSizeGreaterThanOrEqualTo(10);
		assertThat(files.protocols()).anySatisfy(p -> assertThat(p.conditionCode().equals("THR") && p.approaches().contains("POSTERIOR"))
			.as("a total hip protocol for the posterior approach").isTrue());
		assertThat(files.protocols()).anySatisfy(p -> assertThat(p.conditionCode().equals("THR") && p.approaches().contains("ANTERIOR"))
			.as("a total hip protocol for the anterior approach").isTrue());
		assertThat(files.protocols()).extracting(Protocol::conditionCode).contains("TKR", "LUMBAR_SPINAL_STENOSIS",
				"LUMBAR_DISC_HERNIATION", "OSTEOPOROSIS", "KNEE_OSTEOARTHRITIS", "TYPE_2_DIABETES", "HYPERTENSION",
				"PARKINSONS", "STROKE", "COPD");
		assertThat(files.protocols()).allSatisfy(p -> assertThat(p.source()).as(p.code()).isNotBlank());
	}

	@Test
	void namesTheFileEntryAndFieldOfAWrongValue() throws IOException {
		copyWith("measures.yml", text -> replaceAfter(text, "code: LEFS", "higherIsBetter:", "higherIsBetter: sometimes"));
		assertThatThrownBy(() -> KnowledgeFiles.from(folder.toUri().toString()))
			.isInstanceOf(KnowledgeBaseException.class)
			.hasMessageContaining("knowledge/measures.yml")
			.hasMessageContaining("higherIsBetter");
	}

	@Test
	void namesTheEntryOfAMissingSource() throws IOException {
		copyWith("conditions.yml", text -> replaceAfter(text, "code: TKR", "source:", "source: \"\""));
		assertThatThrownBy(() -> KnowledgeFiles.from(folder.toUri().toString()))
			.isInstanceOf(KnowledgeBaseException.class)
			.hasMessageContaining("knowledge/conditions.yml")
			.hasMessageContaining("(TKR)")
			.hasMessageContaining("source");
	}

	@Test
	void refusesAnExerciseResponseLinkedToARedFlagItsConditionDoesNotHave() throws IOException {
		copyWith("session-limits.yml", text -> text.replace("HEART_FAILURE: HF_EXERCISE_SYSTOLIC_FALL", "COPD: HF_EXERCISE_SYSTOLIC_FALL"));
		assertThatThrownBy(() -> KnowledgeFiles.from(folder.toUri().toString()))
			.isInstanceOf(KnowledgeBaseException.class)
			.hasMessageContaining("knowledge/session-limits.yml")
			.hasMessageContaining("(EXERCISE_SYSTOLIC_DROP_10): conditionRedFlags: COPD: HF_EXERCISE_SYSTOLIC_FALL");
	}

	@Test
	void refusesAPhaseThatWeeksSinceSurgeryPainAndToleranceWouldEndWithoutAMeasureOfFunction() throws IOException {
		KnowledgeFiles shipped = KnowledgeFiles.from("classpath:knowledge/");
		assertThat(shipped.protocols()).allSatisfy(p -> p.phases().stream()
			.filter(phase -> phase.criteria().stream().anyMatch(c -> c.kind() == CriterionKind.WEEKS_SINCE_EVENT))
			.forEach(phase -> assertThat(phase.criteria()).as(p.code() + " phase " + phase.number())
				.anyMatch(c -> c.kind() == CriterionKind.MEASURE_AT_LEAST || c.kind() == CriterionKind.MEASURE_AT_MOST)));

		// The rotator cuff protection phase as it was: six weeks, pain and tolerance, no measure.
		copyWith("protocols.yml", text -> text.replaceFirst("\\n *- \\{ code: PASSIVE_ELEVATION_90[^\\n]*", ""));
		assertThatThrownBy(() -> KnowledgeFiles.from(folder.toUri().toString()))
			.isInstanceOf(KnowledgeBaseException.class)
			.hasMessageContaining("knowledge/protocols.yml")
			.hasMessageContaining("(ROTATOR_CUFF_REPAIR): phases[0].criteria")
			.hasMessageContaining("time since the event is a minimum only");
	}

	@Test
	void stopsTheApplicationFromStartingWithABrokenFile() throws IOException {
		copyWith("vital-limits.yml", text -> text.replaceFirst("vital: SYSTOLIC", "vital: BLOOD"));
		SpringApplicationBuilder application = new SpringApplicationBuilder(MedexApplication.class)
			.web(WebApplicationType.NONE)
			.properties(Map.of("medex.knowledge.location", folder.toUri().toString(), "medex.data-dir",
					folder.resolve("data").toString(), "medex.admin.password", "Broken-Start-Secret-1",
					"spring.main.banner-mode", "off"));
		assertThatThrownBy(application::run).satisfies(ex -> {
			Throwable cause = ex;
			while (cause != null && !(cause instanceof KnowledgeBaseException)) {
				cause = cause.getCause();
			}
			assertThat(cause).as("a KnowledgeBaseException among the causes").isNotNull();
			assertThat(cause.getMessage()).contains("knowledge/vital-limits.yml", "vitalLimits[0].vital");
		});
	}

	private void copyWith(String broken, UnaryOperator<String> change) throws IOException {
		for (String name : FILES) {
			String text = new ClassPathResource("knowledge/" + name).getContentAsString(StandardCharsets.UTF_8);
			Files.writeString(folder.resolve(name), name.equals(broken) ? change.apply(text) : text);
		}
	}

	private static String replaceAfter(String text, String anchor, String key, String replacement) {
		int start = text.indexOf(key, text.indexOf(anchor));
		int end = text.indexOf('\n', start);
		return text.substring(0, start) + replacement + text.substring(end);
	}

}
