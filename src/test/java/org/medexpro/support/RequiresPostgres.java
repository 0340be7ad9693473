package org.medexpro.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A proof on PostgreSQL: runs when {@code MEDEX_TEST_POSTGRES_URL} names a database (as
 * {@code .ci/run} sets it after starting PostgreSQL on 127.0.0.1), and is reported as
 * skipped, saying why, everywhere else. Outside CI, {@code CI=true} without the database
 * is a failure, so a broken CI set-up cannot hide these tests.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("postgres")
@ExtendWith(RequiresPostgres.Condition.class)
public @interface RequiresPostgres {

	String URL = "MEDEX_TEST_POSTGRES_URL";

	class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			String url = System.getenv(URL);
			if (url != null && !url.isBlank()) {
				return ConditionEvaluationResult.enabled("PostgreSQL at " + url);
			}
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException(URL + " is not set in CI: .ci/run must start PostgreSQL");
			}
			String reason = "SKIPPED: PostgreSQL proof needs " + URL
					+ " (a PostgreSQL 15 database; .ci/run starts one on 127.0.0.1)";
			System.err.println(context.getDisplayName() + ": " + reason);
			return ConditionEvaluationResult.disabled(reason);
		}

	}

}
