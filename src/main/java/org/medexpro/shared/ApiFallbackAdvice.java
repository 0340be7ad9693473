package org.medexpro.shared;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An unknown path or method under {@code /api} answers with a problem document too. For
 * pages the exception goes on to the friendly error page.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiFallbackAdvice {

	@ExceptionHandler
	ProblemDetail noSuchPath(NoResourceFoundException ex, HttpServletRequest request) throws NoResourceFoundException {
		if (!request.getRequestURI().startsWith("/api/")) {
			throw ex;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "There is no such API path.");
		problem.setTitle("Not found");
		return problem;
	}

	@ExceptionHandler
	ProblemDetail noSuchMethod(HttpRequestMethodNotSupportedException ex, HttpServletRequest request)
			throws HttpRequestMethodNotSupportedException {
		if (!request.getRequestURI().startsWith("/api/")) {
			throw ex;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED,
				"This API path does not accept " + ex.getMethod() + ".");
		problem.setTitle("Method not allowed");
		return problem;
	}

}
