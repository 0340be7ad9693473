package org.medexpro.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A browser journey: runs in Debian's Chromium when it and its driver are installed (as
 * {@code .ci/run} does), and is reported as skipped, saying why, everywhere else.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(RequiresChromium.Condition.class)
public @interface RequiresChromium {

	String BROWSER = "/usr/bin/chromium";

	String DRIVER = "/usr/bin/chromedriver";

	class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (Files.isExecutable(Path.of(BROWSER)) && Files.isExecutable(Path.of(DRIVER))) {
				return ConditionEvaluationResult.enabled("Chromium and chromedriver are installed");
			}
			String reason = "SKIPPED: browser journey needs " + BROWSER + " and " + DRIVER
					+ " (apt-get install chromium chromium-driver, as .ci/run does)";
			System.err.println(context.getDisplayName() + ": " + reason);
			return ConditionEvaluationResult.disabled(reason);
		}

	}

}
