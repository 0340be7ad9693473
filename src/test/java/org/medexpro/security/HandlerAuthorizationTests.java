package org.medexpro.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Deny by default: every handler of ours states who may call it. A handler without
 * {@code @PreAuthorize} (on the method or its class) fails this test.
 */
@MedexIntegrationTest
class HandlerAuthorizationTests {

	@Autowired
	@org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mapping;

	@Test
	void everyHandlerOfOursDeclaresWhoMayCallIt() {
		List<String> unguarded = new ArrayList<>();
		for (HandlerMethod handler : mapping.getHandlerMethods().values()) {
			if (!handler.getBeanType().getPackageName().startsWith("org.medexpro")) {
				continue;
			}
			boolean guarded = AnnotatedElementUtils.hasAnnotation(handler.getMethod(), PreAuthorize.class)
					|| AnnotatedElementUtils.hasAnnotation(handler.getBeanType(), PreAuthorize.class);
			if (!guarded) {
				unguarded.add(handler.getShortLogMessage());
			}
		}
		assertThat(unguarded).as("handlers without @PreAuthorize").isEmpty();
	}

}
