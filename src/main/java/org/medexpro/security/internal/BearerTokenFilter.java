package org.medexpro.security.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.medexpro.security.ApiTokenService;
import org.medexpro.security.CurrentStaff;
import org.medexpro.security.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} with a personal API token. An
 * unknown, revoked or expired token gets 401 at once; it never falls back to anonymous.
 */
class BearerTokenFilter extends OncePerRequestFilter {

	private final ApiTokenService tokens;

	private final AuthenticationEntryPoint entryPoint;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	BearerTokenFilter(ApiTokenService tokens, AuthenticationEntryPoint entryPoint) {
		this.tokens = tokens;
		this.entryPoint = entryPoint;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		var member = tokens.authenticate(header.substring(7).strip());
		if (member.isEmpty()) {
			entryPoint.commence(request, response, new BadCredentialsException("invalid token"));
			return;
		}
		var authorities = AuthorityUtils.createAuthorityList(member.get().roles().stream().map(Role::authority).toList());
		SecurityContext context = contexts.createEmptyContext();
		var authentication = UsernamePasswordAuthenticationToken.authenticated(member.get().username(), null, authorities);
		authentication.setDetails(CurrentStaff.API_TOKEN);
		context.setAuthentication(authentication);
		contexts.setContext(context);
		chain.doFilter(request, response);
	}

}
