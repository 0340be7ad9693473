package org.medexpro.knowledge;

/** A resting vital sign and its unit. */
public enum Vital {

	SYSTOLIC("mmHg", "systolic blood pressure"), DIASTOLIC("mmHg", "diastolic blood pressure"),
	HEART_RATE("beats/min", "heart rate"), SPO2("%", "oxygen saturation"), GLUCOSE("mg/dL", "blood glucose");

	private final String unit;

	private final String label;

	Vital(String unit, String label) {
		this.unit = unit;
		this.label = label;
	}

	public String unit() {
		return unit;
	}

	public String label() {
		return label;
	}

}
