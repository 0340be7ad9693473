package org.medexpro.assessment.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Set;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.medexpro.assessment.ScreenForm;
import org.medexpro.knowledge.KnowledgeBaseException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Loads the screen form once at start-up; a bad form stops the application, naming the point and field. */
@Component
public class ScreenForms {

	private final ScreenForm form;

	ScreenForms(@Value("${medex.assessment.screen-form:classpath:assessment/default-screen.yml}") String location) {
		Resource resource = new DefaultResourceLoader().getResource(location);
		YAMLMapper yaml = YAMLMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		try (InputStream in = resource.getInputStream(); ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
			this.form = yaml.readValue(in, ScreenForm.class);
			var violations = factory.getValidator().validate(form);
			if (!violations.isEmpty()) {
				var v = violations.iterator().next();
				throw new KnowledgeBaseException(location + ": " + v.getPropertyPath() + ": " + v.getMessage());
			}
		}
		catch (JacksonException ex) {
			throw new KnowledgeBaseException(location + ": " + ex.getOriginalMessage(), ex);
		}
		catch (IOException ex) {
			throw new KnowledgeBaseException(location + ": cannot be read", ex);
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
