package org.medexpro.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditQuery;
import org.medexpro.audit.AuditTrail;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import tools.jackson.databind.json.JsonMapper;

@MedexIntegrationTest
class AuthenticationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void createsTheFirstOwnerFromConfiguration() throws Exception {
		mvc.perform(get("/api/v1/staff").with(httpBasic(MedexIntegrationTest.OWNER, MedexIntegrationTest.OWNER_PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.username == 'owner')].roles[0]").value("OWNER"));
	}

	@Test
	void storesPasswordsOnlyAsAdaptiveHashes() {
		String username = fixtures.staffMember(Role.TRAINER);
		String hash = jdbc.sql("select password_hash from staff_accounts where username = ?").param(username).query(String.class).single();
		assertThat(hash).startsWith("{bcrypt}").doesNotContain(Fixtures.PASSWORD);
	}

	@Test
	void locksAnAccountAfterRepeatedFailedLoginsAndAuditsThem() throws Exception {
		String username = fixtures.staffMember(Role.TRAINER);
		for (int i = 0; i < 5; i++) {
			mvc.perform(get("/api/v1/tokens").with(httpBasic(username, "wrong-password-" + i))).andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/tokens").with(httpBasic(username, Fixtures.PASSWORD))).andExpect(status().isUnauthorized());
		assertThat(audit.find(new AuditQuery(null, username, AuditAction.LOGIN_FAILED, null, null, 10))).hasSize(5);

		jdbc.sql("update staff_accounts set locked_until = null where username = ?").param(username).update();
		mvc.perform(get("/api/v1/tokens").with(httpBasic(username, Fixtures.PASSWORD))).andExpect(status().isOk());
	}

	@Test
	void refusesAWeakPasswordNamingTheField() throws Exception {
		mvc.perform(post("/api/v1/staff").with(user("owner").roles("OWNER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"weakling","password":"password1234","displayName":"Weak","roles":["TRAINER"]}"""))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("password"));
		assertThat(jdbc.sql("select count(*) from staff_accounts where username = 'weakling'").query(Long.class).single()).isZero();
	}

	@Test
	void refusesADuplicateUsernameHoweverItIsTyped() throws Exception {
		String username = fixtures.staffMember(Role.TRAINER);
		mvc.perform(post("/api/v1/staff").with(user("owner").roles("OWNER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"username":"%s","password":"Another-Good-Secret-9","displayName":"Twin","roles":["TRAINER"]}"""
				.formatted(username)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("username"));
	}

	@Test
	void authenticatesWithAPersonalTokenUntilItIsRevoked() throws Exception {
		String username = fixtures.staffMember(Role.FRONT_DESK);
		MvcResult created = mvc.perform(post("/api/v1/tokens").with(httpBasic(username, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"scheduler\"}"))
			.andExpect(status().isCreated())
			.andReturn();
		var body = json.readTree(created.getResponse().getContentAsString());
		String token = body.get("token").asString();
		String id = body.get("id").asString();
		assertThat(jdbc.sql("select count(*) from api_tokens where token_hash = ?").param(token).query(Long.class).single()).isZero();

		mvc.perform(get("/api/v1/clients").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		mvc.perform(get("/api/v1/tokens").header("Authorization", "Bearer " + token))
			.andExpect(jsonPath("$[0].token").doesNotExist());
		mvc.perform(delete("/api/v1/tokens/{id}", id).header("Authorization", "Bearer " + token)).andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/clients").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
	}

	@Test
	void refusesAnUnknownTokenWithoutFallingBackToAnonymous() throws Exception {
		mvc.perform(get("/api/v1/clients").header("Authorization", "Bearer mxp_not-a-real-token"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));
	}

	@Test
	void stopsADisabledStaffMembersTokens() throws Exception {
		String username = fixtures.staffMember(Role.TRAINER);
		String token = Fixtures.as("owner", java.util.Set.of(Role.OWNER),
				() -> fixturesTokens().create(username, "sync", 30)).token();
		mvc.perform(get("/api/v1/clients").header("Authorization", "Bearer " + token)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/staff/{u}/enabled", username).with(user("owner").roles("OWNER"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false}")).andExpect(status().isOk());
		mvc.perform(get("/api/v1/clients").header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
	}

	@Autowired
	ApiTokenService apiTokens;

	private ApiTokenService fixturesTokens() {
		return apiTokens;
	}

	@Test
	void logsInThroughTheFormWithCsrfAndChangesTheSessionId() throws Exception {
		String username = fixtures.staffMember(Role.TRAINER);
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		MvcResult login = mvc.perform(post("/login").session(session).with(csrf())
			.param("username", username).param("password", Fixtures.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn();
		assertThat(login.getRequest().getSession().getId()).isNotEqualTo(before);
		// Without the CSRF token the login is refused and sent back to the login page.
		MvcResult forged = mvc.perform(post("/login").param("username", username).param("password", Fixtures.PASSWORD))
			.andReturn();
		assertThat(forged.getResponse().getRedirectedUrl()).startsWith("/login");
		assertThat(audit.find(new AuditQuery(null, username, AuditAction.LOGIN, null, null, 10))).isNotEmpty();
	}

	@Test
	void sendsSecurityHeadersOnPagesAndApi() throws Exception {
		for (String path : new String[] { "/login", "/api/v1/clients" }) {
			mvc.perform(get(path).with(user("owner").roles("OWNER")))
				.andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString("frame-ancestors 'none'")))
				.andExpect(header().string("X-Frame-Options", "DENY"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"))
				.andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("no-store")));
		}
	}

	@Test
	void changesTheOwnPasswordOnlyWithTheCurrentOne() throws Exception {
		String username = fixtures.staffMember(Role.TRAINER);
		mvc.perform(post("/api/v1/account/password").with(httpBasic(username, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\":\"guess-guess-guess\",\"newPassword\":\"A-Brand-New-Passphrase\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("currentPassword"));
		mvc.perform(post("/api/v1/account/password").with(httpBasic(username, Fixtures.PASSWORD))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"currentPassword\":\"%s\",\"newPassword\":\"A-Brand-New-Passphrase\"}".formatted(Fixtures.PASSWORD)))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/v1/tokens").with(httpBasic(username, Fixtures.PASSWORD))).andExpect(status().isUnauthorized());
		mvc.perform(get("/api/v1/tokens").with(httpBasic(username, "A-Brand-New-Passphrase"))).andExpect(status().isOk());
	}

	@Test
	void sendsAnExpiredSessionToTheLoginPageSayingWhy() throws Exception {
		mvc.perform(get("/clients").accept(MediaType.TEXT_HTML).with(request -> {
			request.setRequestedSessionId("session-that-timed-out");
			request.setRequestedSessionIdValid(false);
			return request;
		})).andExpect(redirectedUrl("/login?expired"));
		mvc.perform(get("/login").param("expired", "")).andExpect(
				org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
					.string(org.hamcrest.Matchers.containsString("signed out after a period of inactivity")));
	}

	@Test
	void endsTheSessionOfADisabledStaffMemberAtTheirNextPage() throws Exception {
		String username = fixtures.staffMember(Role.TRAINER);
		MockHttpSession session = (MockHttpSession) mvc.perform(post("/login").with(csrf())
			.param("username", username).param("password", Fixtures.PASSWORD))
			.andReturn().getRequest().getSession();
		mvc.perform(get("/clients").session(session)).andExpect(status().isOk());
		mvc.perform(post("/api/v1/staff/{u}/enabled", username).with(user("owner").roles("OWNER"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"enabled\":false}")).andExpect(status().isOk());
		mvc.perform(get("/clients").session(session)).andExpect(redirectedUrl("/login?disabled"));
	}

	@Test
	void refusesToMintATokenWithAToken() throws Exception {
		String username = fixtures.staffMember(Role.TRAINER);
		String token = Fixtures.as(username, java.util.Set.of(Role.TRAINER), () -> apiTokens.create(username, "sync", 30)).token();
		mvc.perform(post("/api/v1/tokens").header("Authorization", "Bearer " + token)
			.contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"another\"}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void sendsAnonymousPagesToTheLoginPage() throws Exception {
		mvc.perform(get("/clients").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
	}

}
