package org.medexpro.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scope of practice in words (DESIGN.md): exercise, not treatment. Finds the words
 * that stray out of it (patient, therapy, treatment, diagnose, SOAP, ...) in text meant for a
 * client's physician or record. SOAP counts in capitals only (the clinical note format, not
 * the soap at the sink). Interchange formats (FHIR) keep their own words.
 */
public final class ScopeLanguage {

	static final Pattern OUT_OF_SCOPE = Pattern.compile(
			"\\b(patients?|therapy|therapies|therapists?|therapeutic treatment|treat|treats|treated|treating|treatments?"
					+ "|soap notes?|(?-i:SOAP)|diagnos(e|es|ed|is|ing)|manipulat(e|ed|ion)|prescrib(e|ed|ing) medication)\\b",
			Pattern.CASE_INSENSITIVE);

	private ScopeLanguage() {
	}

	/** The practice's words for the out-of-scope ones (DESIGN.md: exercise, not treatment). */
	private static final java.util.Map<String, String> SUGGESTIONS = java.util.Map.ofEntries(
			java.util.Map.entry("patient", "client"), java.util.Map.entry("patients", "clients"),
			java.util.Map.entry("therapy", "training"), java.util.Map.entry("therapies", "training programs"),
			java.util.Map.entry("therapist", "exercise professional"),
			java.util.Map.entry("therapists", "exercise professionals"),
			java.util.Map.entry("therapeutic treatment", "exercise program"), java.util.Map.entry("treat", "train"),
			java.util.Map.entry("treats", "trains"), java.util.Map.entry("treated", "trained"),
			java.util.Map.entry("treating", "training"), java.util.Map.entry("treatment", "training"),
			java.util.Map.entry("treatments", "training sessions"), java.util.Map.entry("soap", "session log"), java.util.Map.entry("soap note", "session log"),
			java.util.Map.entry("soap notes", "session logs"));

	/**
	 * The wording to use instead of an out-of-scope word: the practice's word, or for
	 * diagnosing, manipulating and prescribing, what to write instead.
	 */
	public static String suggestion(String word) {
		String lower = word.toLowerCase(java.util.Locale.ROOT);
		String direct = SUGGESTIONS.get(lower);
		if (direct != null) {
			return direct;
		}
		if (lower.startsWith("diagnos")) {
			return "describe what you observed or measured; the diagnosis is the physician's";
		}
		if (lower.startsWith("manipulat")) {
			return "assisted movement, or stretching";
		}
		return "refer to the physician for medication";
	}

	/** The out-of-scope words in the text, in order; empty when it speaks the practice's language. */
	public static List<String> strayWords(String text) {
		List<String> words = new ArrayList<>();
		Matcher matcher = OUT_OF_SCOPE.matcher(text);
		while (matcher.find()) {
			words.add(matcher.group());
		}
		return words;
	}

}
