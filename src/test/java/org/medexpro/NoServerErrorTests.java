package org.medexpro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A sweep of every route of ours with bad input (malformed JSON, wrong types, huge
 * strings, unknown and malformed ids, odd query parameters), as the owner, who passes
 * every role check: nothing answers with a server error. Seeded, so a failure repeats.
 */
@MedexIntegrationTest
class NoServerErrorTests {

	static final String[] BODIES = { "{", "[]", "null", "\"text\"", "{\"firstName\":{\"x\":1}}",
			"{\"status\":\"NOPE\",\"username\":123,\"enabled\":\"yes\",\"version\":\"v\"}",
			"{\"name\":\"" + "y".repeat(20_000) + "\",\"validDays\":99999}",
			"{\"firstName\":\"A\",\"lastName\":\"B\",\"dateOfBirth\":\"0000-00-00\",\"sex\":\"FEMALE\",\"version\":-1}",
			"{\"reason\":\"\",\"roles\":[\"KING\"],\"password\":\"\"}" };

	static final String[] IDS = { "not-a-uuid", "00000000-0000-0000-0000-000000000000", "%27%3B--", "..%2F..", "x".repeat(300) };

	static final String[] QUERIES = { "q=%25", "q=_", "q=%27%20or%201%3D1", "q=" + "z".repeat(300), "since=yesterday",
			"clientId=nope", "action=DESTROY", "from=2026-13-45", "limit=-5", "limit=abc" };

	@Autowired
	MockMvc mvc;

	@Autowired
	@org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void answersBadInputOnEveryRouteWithoutAServerError() throws Exception {
		Random random = new Random(42);
		List<String> failures = new ArrayList<>();
		for (var entry : mapping.getHandlerMethods().entrySet()) {
			if (!entry.getValue().getBeanType().getPackageName().startsWith("org.medexpro")) {
				continue;
			}
			Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
			for (String pattern : entry.getKey().getPatternValues()) {
				for (RequestMethod method : methods) {
					for (int i = 0; i < 6; i++) {
						String path = pattern.replaceAll("\\{[^}]+}", IDS[random.nextInt(IDS.length)]);
						String query = QUERIES[random.nextInt(QUERIES.length)];
						MockHttpServletRequestBuilder request = MockMvcRequestBuilders
							.request(HttpMethod.valueOf(method.name()), path + "?" + query)
							.with(user("owner").roles("OWNER"))
							.with(csrf());
						if (pattern.startsWith("/api/")) {
							request.contentType(MediaType.APPLICATION_JSON).content(BODIES[random.nextInt(BODIES.length)]);
						}
						else {
							request.contentType(MediaType.APPLICATION_FORM_URLENCODED)
								.content("version=x&dateOfBirth=yesterday&sex=KING&status=NOPE&enabled=maybe&name=" + "n".repeat(5000));
						}
						int status = mvc.perform(request).andReturn().getResponse().getStatus();
						if (status >= 500) {
							failures.add(method + " " + path + "?" + query + " -> " + status);
						}
					}
				}
			}
		}
		assertThat(failures).isEmpty();
	}

}
