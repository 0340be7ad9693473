package org.medexpro.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.util.List;

/**
 * Input that passed its format checks but is still invalid for a named field (a username
 * already taken, a password the policy refuses): 400 with the field errors, like Bean
 * Validation's.
 */
@ResponseStatus(HttpStatus.BAD_REQUEST)
public class FieldErrorsException extends RuntimeException {

	private final List<FieldMessage> errors;

	public FieldErrorsException(String field, String message) {
		this(List.of(new FieldMessage(field, message)));
	}

	public FieldErrorsException(List<FieldMessage> errors) {
		super(errors.isEmpty() ? "invalid input" : errors.get(0).field() + ": " + errors.get(0).message());
		this.errors = List.copyOf(errors);
	}

	/** Every field's message, in the map's order. */
	public static FieldErrorsException of(java.util.Map<String, String> messages) {
		return new FieldErrorsException(messages.entrySet().stream().map(e -> new FieldMessage(e.getKey(), e.getValue())).toList());
	}

	/**
	 * Refuses a value that breaks its Bean Validation constraints, every field named, the
	 * same for a page as for the API's {@code @Valid}.
	 */
	public static void requireValid(jakarta.validation.Validator validator, Object value) {
		List<FieldMessage> errors = validator.validate(value).stream()
			.map(v -> new FieldMessage(v.getPropertyPath().toString(), v.getMessage()))
			.sorted(java.util.Comparator.comparing(FieldMessage::field))
			.toList();
		if (!errors.isEmpty()) {
			throw new FieldErrorsException(errors);
		}
	}

	public List<FieldMessage> errors() {
		return errors;
	}

	/** One field's message, as the problem document's {@code errors} array lists it. */
	public record FieldMessage(String field, String message) {
	}

}
