package org.medexpro.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medexpro.knowledge.internal.KnowledgeFiles;
import org.springframework.core.io.ClassPathResource;

import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Outcome arithmetic against worked examples taken from the reference (test resource
 * knowledge/measure-examples.yml): questionnaire scoring, change, MCID, direction and
 * the interpretation against cut-offs, for every measure.
 */
class MeasureExamplesTests {

	static final KnowledgeFiles knowledge = KnowledgeFiles.from("classpath:knowledge/");

	record Scoring(String measure, List<@Nullable Integer> answers, @Nullable Double score, String source) {
	}

	record Change(String measure, double baseline, double latest, double change, boolean meaningful, boolean improved,
			String source) {
	}

	record Interpretation(String measure, double value, String contains) {
	}

	record Examples(List<Scoring> scoring, List<Change> change, List<Interpretation> interpretation) {
	}

	record ExamplesFile(Examples examples) {
	}

	static Examples examples() throws IOException {
		try (InputStream in = new ClassPathResource("knowledge/measure-examples.yml").getInputStream()) {
			return new YAMLMapper().readValue(in, ExamplesFile.class).examples();
		}
	}

	static Measure measure(String code) {
		return knowledge.measures().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
	}

	static Stream<Arguments> scoring() throws IOException {
		return examples().scoring().stream().map(e -> Arguments.of(Named.of(e.measure() + " " + e.answers(), e)));
	}

	static Stream<Arguments> changes() throws IOException {
		return examples().change().stream()
			.map(e -> Arguments.of(Named.of(e.measure() + " " + e.baseline() + " → " + e.latest(), e)));
	}

	static Stream<Arguments> interpretations() throws IOException {
		return examples().interpretation().stream().map(e -> Arguments.of(Named.of(e.measure() + " " + e.value(), e)));
	}

	@ParameterizedTest
	@MethodSource("scoring")
	void scoresQuestionnairesFromTheirItems(Scoring example) {
		OptionalDouble score = measure(example.measure()).questionnaire().score(example.answers());
		if (example.score() == null) {
			assertThat(score).as(example.source()).isEmpty();
		}
		else {
			assertThat(score).as(example.source()).isPresent();
			assertThat(score.getAsDouble()).as(example.source()).isCloseTo(example.score(), within(0.051));
		}
	}

	@ParameterizedTest
	@MethodSource("changes")
	void tellsWhetherAChangeIsMeaningfulAndBetter(Change example) {
		Measure measure = measure(example.measure());
		assertThat(example.latest() - example.baseline()).isCloseTo(example.change(), within(0.0051));
		assertThat(measure.isMeaningful(example.baseline(), example.latest())).as("meaningful: " + example.source())
			.isEqualTo(example.meaningful());
		assertThat(measure.isImprovement(example.baseline(), example.latest())).as("improved: " + example.source())
			.isEqualTo(example.improved());
	}

	@ParameterizedTest
	@MethodSource("interpretations")
	void interpretsAValueAgainstTheCutOffs(Interpretation example) {
		assertThat(measure(example.measure()).interpret(example.value())).contains(example.contains());
	}

	@org.junit.jupiter.api.Test
	void coversEveryMeasureWithAWorkedExample() throws IOException {
		List<String> withChange = examples().change().stream().map(Change::measure).toList();
		assertThat(withChange).containsAll(knowledge.measures().stream().map(Measure::code).toList());
		List<String> scored = examples().scoring().stream().map(Scoring::measure).toList();
		knowledge.measures().stream().filter(m -> m.questionnaire() != null)
			.forEach(m -> assertThat(scored).as("a scoring example for " + m.code()).contains(m.code()));
	}

}
