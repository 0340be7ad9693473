package org.medexpro.knowledge;

/** How a value is compared with a threshold in a rule of the knowledge base. */
public enum Comparison {

	AT_LEAST(">="), ABOVE(">"), AT_MOST("<="), BELOW("<");

	private final String symbol;

	Comparison(String symbol) {
		this.symbol = symbol;
	}

	public boolean test(double value, double threshold) {
		return switch (this) {
			case AT_LEAST -> value >= threshold;
			case ABOVE -> value > threshold;
			case AT_MOST -> value <= threshold;
			case BELOW -> value < threshold;
		};
	}

	public String symbol() {
		return symbol;
	}

}
