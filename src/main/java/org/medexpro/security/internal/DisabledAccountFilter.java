package org.medexpro.security.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends the page session of a staff member whose account was disabled, at their next
 * request, so a departed member's open browser stops showing client records at once.
 */
class DisabledAccountFilter extends OncePerRequestFilter {

	private final StaffAccountRepository accounts;

	DisabledAccountFilter(StaffAccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.isAuthenticated() && request.getSession(false) != null
				&& accounts.credentials(authentication.getName()).map(c -> !c.enabled()).orElse(false)) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			SecurityContextHolder.clearContext();
			response.sendRedirect(request.getContextPath() + "/login?disabled");
			return;
		}
		chain.doFilter(request, response);
	}

}
