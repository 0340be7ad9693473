package org.medexpro.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request refused by a clinical or business rule: 422, naming the rule and why.
 */
@ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
public class RuleViolationException extends RuntimeException {

	private final String rule;

	public RuleViolationException(String rule, String message) {
		super(message);
		this.rule = rule;
	}

	public String rule() {
		return rule;
	}

}
