package org.medexpro.sessions;

/** The practice's scale of perceived exertion: Borg 6–20 in whole numbers, or the category-ratio CR-10 (0–10, fractions such as 0.5 allowed). */
public enum RpeScale {

	BORG_6_20(6, 20), CR10(0, 10);

	private final double min;

	private final double max;

	RpeScale(double min, double max) {
		this.min = min;
		this.max = max;
	}

	public double min() {
		return min;
	}

	public double max() {
		return max;
	}

	public boolean accepts(double rpe) {
		return rpe >= min && rpe <= max && (this != BORG_6_20 || rpe == Math.rint(rpe));
	}

}
