package org.medexpro.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The scope of practice in words (DESIGN.md): exercise, not treatment. Finds the words
 * that stray out of it (patient, therapy, treatment, diagnose, ...) in text meant for a
 * client's physician or record. Interchange formats (FHIR) keep their own words.
 */
public final class ScopeLanguage {

	static final Pattern OUT_OF_SCOPE = Pattern.compile(
			"\\b(patients?|therapy|therapies|therapists?|therapeutic treatment|treat|treats|treated|treating|treatments?"
					+ "|soap notes?|diagnos(e|es|ed|is|ing)|manipulat(e|ed|ion)|prescrib(e|ed|ing) medication)\\b",
			Pattern.CASE_INSENSITIVE);

	private ScopeLanguage() {
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
