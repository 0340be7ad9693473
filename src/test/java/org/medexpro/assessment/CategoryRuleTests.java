package org.medexpro.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.medexpro.assessment.internal.CategoryRule;

class CategoryRuleTests {

	static final LocalDate TODAY = LocalDate.of(2026, 12, 3);

	@ParameterizedTest(name = "{0} days after surgery: {1}")
	@CsvSource({ "0, POST_REHAB", "364, POST_REHAB", "365, POST_REHAB", "366, MEDICAL_EXERCISE", "4000, MEDICAL_EXERCISE" })
	void drawsThePostRehabLineAt365Days(int days, Category expected) {
		assertThat(CategoryRule.categorize(List.of(TODAY.minusDays(days)), false, TODAY)).isEqualTo(expected);
	}

	@Test
	void countsFromTheLatestEvent() {
		assertThat(CategoryRule.categorize(List.of(TODAY.minusYears(5), TODAY.minusDays(30)), false, TODAY))
			.isEqualTo(Category.POST_REHAB);
	}

	@Test
	void placesClientsWithoutConditionsOrWithFinishedRehabilitation() {
		assertThat(CategoryRule.categorize(List.of(), false, TODAY)).isEqualTo(Category.CORRECTIVE_EXERCISE);
		assertThat(CategoryRule.categorize(List.of(TODAY.minusDays(800)), true, TODAY)).isEqualTo(Category.FUNCTIONAL_MAINTENANCE);
		assertThat(CategoryRule.categorize(List.of(TODAY.minusDays(100)), true, TODAY)).isEqualTo(Category.POST_REHAB);
	}

}
