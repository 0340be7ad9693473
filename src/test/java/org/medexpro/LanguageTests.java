package org.medexpro;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The practice's language where people read: clients, training, session logs, exercise
 * professionals; never the words of diagnosis and treatment (DESIGN.md, scope of practice).
 */
class LanguageTests {

	static final Pattern OUT_OF_SCOPE = Pattern.compile(
			"\\b(patients?|therapy|therapist|therapeutic treatment|treatments?|soap notes?|diagnos(e|is|ed))\\b",
			Pattern.CASE_INSENSITIVE);

	@Test
	void pagesSpeakThePracticesLanguage() throws IOException {
		List<String> hits = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(Files::isRegularFile).toList()) {
				List<String> lines = Files.readAllLines(file);
				for (int i = 0; i < lines.size(); i++) {
					if (OUT_OF_SCOPE.matcher(lines.get(i)).find()) {
						hits.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
					}
				}
			}
		}
		assertThat(hits).isEmpty();
	}

}
