package org.medexpro.demo;

import java.util.List;

import org.medexpro.clients.ClientService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * With the {@code demo} profile (or {@code --demo}), fills an empty practice once, acting
 * as the owner so that every record is audited like any other.
 */
@Component
@Order(10)
class DemoPracticeRunner implements ApplicationRunner {

	private final DemoPractice demo;

	private final ClientService clients;

	private final org.springframework.core.env.Environment environment;

	private final String owner;

	DemoPracticeRunner(DemoPractice demo, ClientService clients, org.springframework.core.env.Environment environment,
			@Value("${medex.admin.username:owner}") String owner) {
		this.demo = demo;
		this.clients = clients;
		this.environment = environment;
		this.owner = owner;
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean wanted = args.containsOption("demo") || List.of(environment.getActiveProfiles()).contains("demo");
		if (!wanted || clients.count() > 0) {
			return;
		}
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(owner, null,
					AuthorityUtils.createAuthorityList("ROLE_OWNER")));
		try {
			demo.populate(40);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

}
