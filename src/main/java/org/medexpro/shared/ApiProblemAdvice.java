package org.medexpro.shared;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.beans.TypeMismatchException;

import tools.jackson.core.JacksonException;

/**
 * Turns every error of the JSON API into an RFC 9457 problem document: 400 with an
 * {@code errors} array naming each field, 404, 409, 422 naming the rule. Nothing
 * internal (stack traces, SQL, class names) reaches the caller.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblemAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblemAdvice.class);

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getBindingResult().getFieldErrors().forEach(error -> errors.add(fieldError(error.getField(),
				error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage())));
		ex.getBindingResult().getGlobalErrors().forEach(error -> errors.add(fieldError(error.getObjectName(),
				error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage())));
		return badRequest(errors);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = new ArrayList<>();
		ex.getParameterValidationResults().forEach(result -> result.getResolvableErrors()
			.forEach(error -> errors.add(fieldError(result.getMethodParameter().getParameterName(),
					error.getDefaultMessage() == null ? "is invalid" : error.getDefaultMessage()))));
		return badRequest(errors);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		if (ex.getCause() instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
			String field = jackson.getPath().stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.collect(Collectors.joining("."))
				.replace(".[", "[");
			return badRequest(List.of(fieldError(field, "has a value of the wrong type or format")));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The request body is not valid JSON.");
		problem.setTitle("Malformed request");
		problem.setProperty("errors", List.of(fieldError("body", "is not valid JSON")));
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String field = ex.getPropertyName() == null ? "parameter" : ex.getPropertyName();
		return badRequest(List.of(fieldError(field, "has a value of the wrong type or format")));
	}

	@ExceptionHandler
	ProblemDetail notFound(NotFoundException ex) {
		return problem(HttpStatus.NOT_FOUND, "Not found", ex.getMessage());
	}

	@ExceptionHandler
	ProblemDetail conflict(ConflictException ex) {
		ProblemDetail problem = problem(HttpStatus.CONFLICT, "Conflict", ex.getMessage());
		ex.details().forEach(problem::setProperty);
		return problem;
	}

	@ExceptionHandler
	ProblemDetail staleEdit(OptimisticLockingFailureException ex) {
		return problem(HttpStatus.CONFLICT, "Conflict",
				"Someone else changed this record since you loaded it. Reload it and apply your change again.");
	}

	@ExceptionHandler
	ProblemDetail constraint(DataIntegrityViolationException ex) {
		return problem(HttpStatus.CONFLICT, "Conflict", "The change conflicts with data already stored.");
	}

	@ExceptionHandler
	ProblemDetail storageUnavailable(DataAccessException ex) {
		// Fail closed: when a record or its audit entry cannot be written, nothing is shown or kept.
		log.error("MEDEX-503 storage failed: {}", ex.getClass().getName());
		return problem(HttpStatus.SERVICE_UNAVAILABLE, "Temporarily unavailable",
				"The record could not be read or saved safely, so nothing was shown or changed. Try again shortly.");
	}

	@ExceptionHandler
	ProblemDetail ruleViolation(RuleViolationException ex) {
		ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, "Refused by a rule", ex.getMessage());
		problem.setProperty("rule", ex.rule());
		ex.details().forEach(problem::setProperty);
		return problem;
	}

	@ExceptionHandler
	ResponseEntity<Object> fieldErrors(FieldErrorsException ex) {
		return badRequest(ex.errors().stream().map(e -> fieldError(e.field(), e.message())).toList());
	}

	@ExceptionHandler
	ProblemDetail accessDenied(AccessDeniedException ex) {
		return problem(HttpStatus.FORBIDDEN, "Forbidden", "Your role does not allow this.");
	}

	@ExceptionHandler
	ProblemDetail unexpected(Exception ex) {
		// Logged by class only: the message may carry client data.
		log.error("MEDEX-500 unexpected {} in the JSON API", ex.getClass().getName());
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
				"The request could not be completed. Nothing was changed.");
	}

	private static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setType(URI.create("about:blank"));
		return problem;
	}

	private static ResponseEntity<Object> badRequest(List<Map<String, String>> errors) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input",
				errors.isEmpty() ? "The request is invalid." : "Correct the fields listed in errors.");
		problem.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(problem);
	}

	private static Map<String, String> fieldError(String field, String message) {
		return Map.of("field", field, "message", message);
	}

}
