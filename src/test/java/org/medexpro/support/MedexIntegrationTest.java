package org.medexpro.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;

/**
 * The one application context the integration tests share: the real application on a
 * real port, on its own H2 file database. Keep every integration test on this annotation
 * so that the context starts once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import({ TestClock.Registration.class, TestMail.class })
public @interface MedexIntegrationTest {

	String OWNER = "owner";

	String OWNER_PASSWORD = "Practice-Test-Secret-2026";

}
