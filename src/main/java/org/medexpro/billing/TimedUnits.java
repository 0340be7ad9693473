package org.medexpro.billing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Units of timed CPT codes from their minutes on one day, by the CMS 8-minute rule or the
 * AMA rule of eights (clinical-facts 5.3, Medicare Claims Processing Manual ch. 5 §20.2).
 * Pure: no database and no clock, so that every worked example of the reference is a test.
 */
public final class TimedUnits {

	/** Minutes of one unit. */
	static final int UNIT_MINUTES = 15;

	/** The fewest minutes that earn a unit: 8 of 15, more than half. */
	static final int MINIMUM_MINUTES = 8;

	private TimedUnits() {
	}

	/**
	 * The units of each code.
	 * @param minutes the direct one-to-one minutes of each timed code (no zero or negative values)
	 */
	public static Result of(Map<String, Integer> minutes, UnitMethod method) {
		int total = minutes.values().stream().mapToInt(Integer::intValue).sum();
		Map<String, Integer> units = method == UnitMethod.CMS ? cms(minutes, total) : ama(minutes);
		return new Result(total, units.values().stream().mapToInt(Integer::intValue).sum(), units);
	}

	/** The units the day's total timed minutes allow (the reference's table: 8-22 give 1, 23-37 give 2, ...). */
	public static int unitsFor(int totalMinutes) {
		return totalMinutes < MINIMUM_MINUTES ? 0 : (totalMinutes + UNIT_MINUTES - MINIMUM_MINUTES) / UNIT_MINUTES;
	}

	/**
	 * The total from the table, shared out: first a unit for each full 15 minutes of a code,
	 * then the rest, one each, to the codes with the most minutes left over. Each code gets at
	 * most one of the rest (the left-over minutes of n codes stay under 15n). Ties go to the
	 * code with more minutes in all, then to the lower code, so that the answer is
	 * repeatable; the professional may change it on the invoice.
	 */
	private static Map<String, Integer> cms(Map<String, Integer> minutes, int total) {
		Map<String, Integer> units = new TreeMap<>();
		minutes.forEach((code, m) -> units.put(code, m / UNIT_MINUTES));
		int rest = unitsFor(total) - units.values().stream().mapToInt(Integer::intValue).sum();
		List<String> byLeftOver = new ArrayList<>(minutes.keySet());
		byLeftOver.sort(Comparator.comparingInt((String code) -> minutes.get(code) % UNIT_MINUTES).reversed()
			.thenComparing(Comparator.comparingInt((String code) -> minutes.get(code)).reversed())
			.thenComparing(Comparator.naturalOrder()));
		for (int i = 0; i < rest; i++) {
			units.merge(byLeftOver.get(i), 1, Integer::sum);
		}
		units.values().removeIf(u -> u == 0);
		return units;
	}

	private static Map<String, Integer> ama(Map<String, Integer> minutes) {
		Map<String, Integer> units = new TreeMap<>();
		minutes.forEach((code, m) -> {
			if (unitsFor(m) > 0) {
				units.put(code, unitsFor(m));
			}
		});
		return units;
	}

	/**
	 * The coding of one day (API.md {@code POST /billing/timed-units}).
	 * @param totalMinutes the timed minutes of the day
	 * @param totalUnits the timed units of the day
	 * @param units the units of each code that gets any, by code
	 */
	public record Result(int totalMinutes, int totalUnits, Map<String, Integer> units) {
	}

}
