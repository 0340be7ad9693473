package org.medexpro.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.springframework.core.io.Resource;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a versioned YAML data file strictly (an unknown field is an error) and checks it
 * with Bean Validation, for the knowledge base and for practice forms such as the screen.
 * Every problem becomes a {@link KnowledgeBaseException} naming the file and the field.
 */
public final class DataFiles {

	private static final YAMLMapper YAML = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.build();

	private static final Validator VALIDATOR = validator();

	private DataFiles() {
	}

	/** Reads and binds the file; {@code name} is how messages name it. */
	public static <T> T read(Resource resource, Class<T> type, String name) {
		if (!resource.exists()) {
			throw new KnowledgeBaseException(name + ": not found");
		}
		try (InputStream in = resource.getInputStream()) {
			T value = YAML.readValue(in, type);
			if (value == null) {
				throw new KnowledgeBaseException(name + ": is empty");
			}
			return value;
		}
		catch (JacksonException ex) {
			throw new KnowledgeBaseException(name + ": " + path(ex) + ": " + ex.getOriginalMessage(), ex);
		}
		catch (IOException ex) {
			throw new KnowledgeBaseException(name + ": cannot be read", ex);
		}
	}

	/** The Bean Validation problems of an entry as "field: message", sorted; empty when valid. */
	public static Set<String> problems(Object entry) {
		Set<String> problems = new TreeSet<>();
		for (ConstraintViolation<Object> v : VALIDATOR.validate(entry)) {
			problems.add(v.getPropertyPath() + ": " + v.getMessage());
		}
		return problems;
	}

	private static String path(JacksonException ex) {
		StringBuilder out = new StringBuilder();
		for (JacksonException.Reference ref : ex.getPath()) {
			if (ref.getPropertyName() != null) {
				out.append(out.isEmpty() ? "" : ".").append(ref.getPropertyName());
			}
			else {
				out.append("[").append(ref.getIndex()).append("]");
			}
		}
		return out.isEmpty() ? "line " + (ex.getLocation() == null ? "?" : ex.getLocation().getLineNr()) : out.toString();
	}

	// Kept open for the life of the application: a validator must not outlive its factory.
	private static Validator validator() {
		ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
		return factory.getValidator();
	}

}
