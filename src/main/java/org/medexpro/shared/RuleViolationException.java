package org.medexpro.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request refused by a clinical or business rule: 422, naming the rule and why.
 */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class RuleViolationException extends RuntimeException {

	private final String rule;

	private final java.util.Map<String, Object> details;

	public RuleViolationException(String rule, String message) {
		this(rule, message, java.util.Map.of());
	}

	/** @param details more for the problem document, e.g. the open red flags */
	public RuleViolationException(String rule, String message, java.util.Map<String, Object> details) {
		super(message);
		this.rule = rule;
		this.details = java.util.Map.copyOf(details);
	}

	public String rule() {
		return rule;
	}

	public java.util.Map<String, Object> details() {
		return details;
	}

}
