package org.medexpro.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The CMS 8-minute rule and the AMA rule of eights, on the reference's examples (clinical-facts 5.3) and at random. */
class TimedUnitsTests {

	static final List<String> CODES = List.of("97110", "97112", "97116", "97530", "97750");

	@ParameterizedTest(name = "{0} minutes give {1} units")
	@CsvSource({ "0,0", "7,0", "8,1", "22,1", "23,2", "37,2", "38,3", "52,3", "53,4", "67,4", "68,5", "82,5", "83,6",
			"97,6", "98,7", "112,7", "113,8", "127,8", "128,9" })
	void theTotalFollowsTheTable(int minutes, int units) {
		assertThat(TimedUnits.unitsFor(minutes)).isEqualTo(units);
	}

	@Test
	void theReferencesWorkedExamples() {
		assertThat(cms(Map.of("97110", 33, "97530", 7))).isEqualTo(new TimedUnits.Result(40, 3, Map.of("97110", 2, "97530", 1)));
		assertThat(cms(Map.of("97110", 24, "97112", 23))).isEqualTo(new TimedUnits.Result(47, 3, Map.of("97110", 2, "97112", 1)));
		assertThat(cms(Map.of("97110", 18, "97530", 13, "97116", 10, "97112", 8)))
			.isEqualTo(new TimedUnits.Result(49, 3, Map.of("97110", 1, "97530", 1, "97116", 1)));
		assertThat(cms(Map.of("97110", 5, "97112", 4))).isEqualTo(new TimedUnits.Result(9, 1, Map.of("97110", 1)));
		assertThat(cms(Map.of("97110", 7))).isEqualTo(new TimedUnits.Result(7, 0, Map.of()));
	}

	@Test
	void theRuleOfEightsCountsEachCodeOnItsOwn() {
		assertThat(TimedUnits.of(Map.of("97110", 7, "97112", 7), UnitMethod.AMA)).isEqualTo(new TimedUnits.Result(14, 0, Map.of()));
		assertThat(cms(Map.of("97110", 7, "97112", 7))).isEqualTo(new TimedUnits.Result(14, 1, Map.of("97110", 1)));
		assertThat(TimedUnits.of(Map.of("97110", 33, "97530", 7), UnitMethod.AMA))
			.isEqualTo(new TimedUnits.Result(40, 2, Map.of("97110", 2)));
		assertThat(TimedUnits.of(Map.of("97110", 23, "97530", 8), UnitMethod.AMA))
			.isEqualTo(new TimedUnits.Result(31, 3, Map.of("97110", 2, "97530", 1)));
	}

	@Test
	void equalLeftOversGoToTheSameCodeEveryTime() {
		assertThat(cms(Map.of("97530", 4, "97110", 4))).isEqualTo(new TimedUnits.Result(8, 1, Map.of("97110", 1)));
		assertThat(cms(Map.of("97112", 19, "97530", 4))).as("left-overs tie at 4: the code with more minutes")
			.isEqualTo(new TimedUnits.Result(23, 2, Map.of("97112", 2)));
	}

	/**
	 * Property, 20,000 seeded days of one to five codes: the total always follows the
	 * total-minutes table; every code gets a unit for each full 15 minutes it had; a code
	 * gets at most one unit more than that, and only from the units the table still allows,
	 * each going to a code with at least as many left-over minutes as every code passed over.
	 */
	@Test
	void theUnitsAlwaysFollowTheRule() {
		Random random = new Random(20261204L);
		for (int run = 0; run < 20_000; run++) {
			Map<String, Integer> minutes = new TreeMap<>();
			int codes = 1 + random.nextInt(CODES.size());
			for (int c = 0; c < codes; c++) {
				minutes.put(CODES.get(random.nextInt(CODES.size())), 1 + random.nextInt(run % 3 == 0 ? 14 : 75));
			}
			int total = minutes.values().stream().mapToInt(Integer::intValue).sum();
			TimedUnits.Result cms = cms(minutes);
			assertThat(cms.totalMinutes()).isEqualTo(total);
			assertThat(cms.totalUnits()).as("%s", minutes).isEqualTo(TimedUnits.unitsFor(total))
				.isEqualTo(cms.units().values().stream().mapToInt(Integer::intValue).sum());
			Map<String, Integer> extra = new HashMap<>();
			minutes.forEach((code, m) -> {
				int units = cms.units().getOrDefault(code, 0);
				assertThat(units).as("%s of %s", code, minutes).isBetween(m / 15, m / 15 + 1);
				if (units > m / 15) {
					extra.put(code, m % 15);
				}
			});
			int fewestLeftOverBilled = extra.values().stream().mapToInt(Integer::intValue).min().orElse(15);
			minutes.forEach((code, m) -> {
				if (!extra.containsKey(code)) {
					assertThat(m % 15).as("%s passed over for a code with fewer left-over minutes in %s", code, minutes)
						.isLessThanOrEqualTo(fewestLeftOverBilled);
				}
			});
			TimedUnits.Result ama = TimedUnits.of(minutes, UnitMethod.AMA);
			minutes.forEach((code, m) -> {
				int units = ama.units().getOrDefault(code, 0);
				assertThat(units).as("AMA %s of %s", code, minutes).isEqualTo(TimedUnits.unitsFor(m));
				if (m < 8) {
					assertThat(units).isZero();
				}
			});
		}
	}

	private static TimedUnits.Result cms(Map<String, Integer> minutes) {
		return TimedUnits.of(minutes, UnitMethod.CMS);
	}

}
