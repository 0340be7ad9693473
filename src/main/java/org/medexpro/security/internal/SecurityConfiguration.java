package org.medexpro.security.internal;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.medexpro.security.ApiTokenService;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Three filter chains: the JSON API (stateless: HTTP Basic or a Bearer token, problem
 * documents for 401 and 403), the API documentation, and the pages (form login with
 * CSRF, idle logout through the session timeout). Who may call which handler is decided
 * by {@code @PreAuthorize} on the handler; here everything but the login page, static
 * files and health needs a signed-in staff member.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

	// Swagger UI styles itself inline; it is only for signed-in staff.
	static final String DOCS_CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; base-uri 'none'; "
			+ "frame-ancestors 'none'";

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

	@Bean
	@Order(1)
	SecurityFilterChain apiChain(HttpSecurity http, ApiTokenService tokens) throws Exception {
		AuthenticationEntryPoint unauthorized = problem(HttpStatus.UNAUTHORIZED, "Unauthorized",
				"Sign in with HTTP Basic or send a personal API token as a Bearer token.");
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.csrf(csrf -> csrf.disable())
			.httpBasic(basic -> basic.authenticationEntryPoint(unauthorized))
			.addFilterBefore(new BearerTokenFilter(tokens, unauthorized), BasicAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler(forbidden()))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain docsChain(HttpSecurity http, ApiTokenService tokens) throws Exception {
		AuthenticationEntryPoint login = new LoginUrlAuthenticationEntryPoint("/login");
		http.securityMatcher("/v3/api-docs/**", "/v3/api-docs", "/swagger-ui/**", "/swagger-ui.html")
			.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
			.httpBasic(Customizer.withDefaults())
			.addFilterBefore(new BearerTokenFilter(tokens, login), BasicAuthenticationFilter.class)
			.exceptionHandling(errors -> errors.authenticationEntryPoint(login))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(DOCS_CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	@Bean
	@Order(3)
	SecurityFilterChain pageChain(HttpSecurity http, StaffAccountRepository accounts) throws Exception {
		http.addFilterBefore(new DisabledAccountFilter(accounts), AuthorizationFilter.class)
			.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/css/**", "/js/**", "/images/**", "/webjars/**", "/favicon.ico",
						"/actuator/health", "/error")
				.permitAll()
				.anyRequest()
				.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID"))
			.sessionManagement(session -> session.invalidSessionUrl("/login?expired"))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	private static AuthenticationEntryPoint problem(HttpStatus status, String title, String detail) {
		return (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"MedExPRO OS\", Bearer");
			writeProblem(response, status, title, detail);
		};
	}

	private static AccessDeniedHandler forbidden() {
		return (request, response, ex) -> writeProblem(response, HttpStatus.FORBIDDEN, "Forbidden",
				"Your role does not allow this.");
	}

	private static void writeProblem(HttpServletResponse response, HttpStatus status, String title, String detail)
			throws java.io.IOException {
		response.setStatus(status.value());
		response.setContentType("application/problem+json");
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status.value()
					+ ",\"detail\":\"" + detail + "\"}");
	}

}
