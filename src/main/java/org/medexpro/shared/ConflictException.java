package org.medexpro.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A request that conflicts with the current state (a stale edit, a status change the
 * lifecycle does not allow, a duplicate): 409.
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConflictException extends RuntimeException {

	private final java.util.Map<String, Object> details;

	public ConflictException(String message) {
		this(message, java.util.Map.of());
	}

	/** @param details more for the problem document, e.g. the criteria not yet met */
	public ConflictException(String message, java.util.Map<String, Object> details) {
		super(message);
		this.details = java.util.Map.copyOf(details);
	}

	public java.util.Map<String, Object> details() {
		return details;
	}

}
