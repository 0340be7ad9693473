package org.medexpro.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The words that stray out of the scope of exercise, and what to say instead. */
class ScopeLanguageTests {

	@Test
	void soapIsOutOfScopeAsAWordAndInSoapNotes() {
		assertThat(ScopeLanguage.strayWords("Wrote the SOAP after the session.")).containsExactly("SOAP");
		assertThat(ScopeLanguage.strayWords("SOAP: client tolerated the walk.")).containsExactly("SOAP");
		assertThat(ScopeLanguage.strayWords("Filed as a SOAP note, then two soap notes.")).containsExactly("SOAP note", "soap notes");
		assertThat(ScopeLanguage.suggestion("SOAP")).isEqualTo("session log");
		assertThat(ScopeLanguage.suggestion("SOAP note")).isEqualTo("session log");
	}

	@Test
	void everydayWordsAroundItAreNot() {
		assertThat(ScopeLanguage.strayWords("Washed hands with soap; the client soaped the mat; SOAPY floor.")).isEmpty();
	}

}
