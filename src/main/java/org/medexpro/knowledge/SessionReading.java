package org.medexpro.knowledge;

/**
 * What a session limit reads: a vital sign (mmHg, beats/min, %, mg/dL), the fall of systolic
 * pressure from the pre-session reading (mmHg), pain after an exercise (0–10) or its rise
 * above the pain before it (points).
 */
public enum SessionReading {

	SYSTOLIC("mmHg"), DIASTOLIC("mmHg"), HEART_RATE("beats/min"), SPO2("%"), GLUCOSE("mg/dL"), SYSTOLIC_DROP("mmHg"),
	PAIN("/10"), PAIN_RISE("points");

	private final String unit;

	SessionReading(String unit) {
		this.unit = unit;
	}

	public String unit() {
		return unit;
	}

}
