package org.medexpro.knowledge;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.jspecify.annotations.Nullable;

/**
 * A questionnaire's items and how they are scored.
 *
 * @param minAnswered the fewest answered items that still give a valid score
 * @param table for TABLE scoring, the interval score of every raw sum
 */
public record Questionnaire(@Positive int items, int itemMin, int itemMax, @NotEmpty List<String> itemLabels,
		@NotNull Scoring scoring, @Positive int minAnswered, @Nullable Map<Integer, Double> table) {

	/**
	 * The score of a set of answers, one per item ({@code null} for a skipped item), or
	 * empty when too few items are answered to score it.
	 * @throws IllegalArgumentException when the number of answers or an answer is out of range
	 */
	public OptionalDouble score(List<@Nullable Integer> answers) {
		if (answers.size() != items) {
			throw new IllegalArgumentException("expected " + items + " answers, got " + answers.size());
		}
		List<Integer> answered = answers.stream().filter(Objects::nonNull).toList();
		for (int answer : answered) {
			if (answer < itemMin || answer > itemMax) {
				throw new IllegalArgumentException("each answer must be between " + itemMin + " and " + itemMax);
			}
		}
		if (answered.size() < minAnswered || answered.isEmpty()) {
			return OptionalDouble.empty();
		}
		double sum = answered.stream().mapToInt(Integer::intValue).sum();
		double score = switch (scoring) {
			case SUM -> sum / answered.size() * items;
			case MEAN -> sum / answered.size();
			case PERCENT_OF_ANSWERED_MAX -> sum / ((double) itemMax * answered.size()) * 100;
			case QUICKDASH -> (sum / answered.size() - 1) * 25;
			case TABLE -> {
				Double interval = table == null ? null : table.get((int) sum);
				if (interval == null) {
					throw new IllegalStateException("no interval score for raw sum " + (int) sum);
				}
				yield interval;
			}
		};
		return OptionalDouble.of(score);
	}

}
