package org.medexpro.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An amount of money in whole cents: exact, never floating point. In JSON it is a decimal
 * string (45.00, quoted), so that no client rounds it through a double either.
 */
public record Money(long cents) implements Comparable<Money> {

	public static final Money ZERO = new Money(0);

	/**
	 * Reads 45, 45.5, 45.50, $1,234.56 or -12.00.
	 * @throws IllegalArgumentException for anything else, or more than two decimals
	 */
	@JsonCreator
	public static Money parse(String text) {
		String plain = text == null ? "" : text.strip().replace("$", "").replace(",", "");
		if (!plain.matches("-?\\d{1,12}(\\.\\d{1,2})?")) {
			throw new IllegalArgumentException("must be an amount in dollars and cents, such as 45.00");
		}
		return new Money(new BigDecimal(plain).movePointRight(2).setScale(0, RoundingMode.UNNECESSARY).longValueExact());
	}

	public static Money ofCents(long cents) {
		return new Money(cents);
	}

	public Money plus(Money other) {
		return new Money(Math.addExact(cents, other.cents));
	}

	public Money minus(Money other) {
		return new Money(Math.subtractExact(cents, other.cents));
	}

	public Money times(int factor) {
		return new Money(Math.multiplyExact(cents, factor));
	}

	public boolean isPositive() {
		return cents > 0;
	}

	public boolean isNegative() {
		return cents < 0;
	}

	public boolean isZero() {
		return cents == 0;
	}

	/** 1234.56, as in JSON, forms and the X12 claim. */
	@JsonValue
	public String plain() {
		return BigDecimal.valueOf(cents, 2).toPlainString();
	}

	/** $1,234.56, as on pages and documents. */
	@Override
	public String toString() {
		DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
		return (cents < 0 ? "-$" : "$") + format.format(BigDecimal.valueOf(Math.abs(cents), 2));
	}

	@Override
	public int compareTo(Money other) {
		return Long.compare(cents, other.cents);
	}

}
