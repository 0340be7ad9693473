package org.medexpro.physicians;

/**
 * The check digit of a National Provider Identifier: the Luhn formula over the nine
 * digits prefixed with 80840 (CMS, “Requirements for the NPI check digit”, 2005).
 * Catches a mistyped NPI before a report goes to the wrong physician.
 */
public final class NpiCheck {

	private NpiCheck() {
	}

	public static boolean isValid(String npi) {
		if (npi.length() != 10 || !npi.chars().allMatch(Character::isDigit)) {
			return false;
		}
		String digits = "80840" + npi;
		int sum = 0;
		boolean twice = false;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int d = digits.charAt(i) - '0';
			if (twice) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
			twice = !twice;
		}
		return sum % 10 == 0;
	}

}
