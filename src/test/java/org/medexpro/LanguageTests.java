package org.medexpro;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.medexpro.shared.ScopeLanguage;

/**
 * The practice's language where people read: clients, training, session logs, exercise
 * professionals; never the words of diagnosis and treatment (DESIGN.md, scope of practice).
 */
class LanguageTests {

	@Test
	void pagesSpeakThePracticesLanguage() throws IOException {
		List<String> hits = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				List<String> lines = Files.readAllLines(file);
				for (int i = 0; i < lines.size(); i++) {
					if (!ScopeLanguage.strayWords(lines.get(i)).isEmpty()) {
						hits.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
					}
				}
			}
		}
		assertThat(hits).isEmpty();
	}

	@Test
	void findsTheWordsThatStrayOutOfScope() {
		assertThat(ScopeLanguage.strayWords("The patient needs therapy to treat the diagnosed tear"))
			.containsExactly("patient", "therapy", "treat", "diagnosed");
		assertThat(ScopeLanguage.strayWords("The client trained for 30 minutes; exercise was paused.")).isEmpty();
	}

}
