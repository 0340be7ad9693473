package org.medexpro.knowledge;

/**
 * A knowledge-base file that cannot be used. Its message names the file, the entry and
 * the field, so whoever edited it can mend it; the application does not start with it.
 */
public class KnowledgeBaseException extends RuntimeException {

	public KnowledgeBaseException(String message) {
		super(message);
	}

	public KnowledgeBaseException(String message, Throwable cause) {
		super(message, cause);
	}

}
