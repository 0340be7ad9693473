package org.medexpro.assessment.internal;

import java.util.HashSet;
import java.util.Set;

import org.medexpro.assessment.ScreenForm;
import org.medexpro.knowledge.DataFiles;
import org.medexpro.knowledge.KnowledgeBaseException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.stereotype.Component;

/** Loads the screen form once at start-up; a bad form stops the application, naming the point and field. */
@Component
public class ScreenForms {

	private final ScreenForm form;

	ScreenForms(@Value("${medex.assessment.screen-form:classpath:assessment/default-screen.yml}") String location) {
		this.form = DataFiles.read(new DefaultResourceLoader().getResource(location), ScreenForm.class, location);
		Set<String> problems = DataFiles.problems(form);
		if (!problems.isEmpty()) {
			throw new KnowledgeBaseException(location + ": " + String.join("; ", problems));
		}
		Set<String> codes = new HashSet<>();
		form.points().forEach(p -> {
			if (!codes.add(p.code())) {
				throw new KnowledgeBaseException(location + ": points (" + p.code() + "): code is used twice");
			}
		});
	}

	public ScreenForm form() {
		return form;
	}

}
