package org.medexpro.programs;

import org.medexpro.knowledge.ContraindicationRule;
import org.medexpro.knowledge.RuleLevel;

/** A rule that applies to a client and matches an exercise, as API.md names it. */
public record RuleHit(String rule, String conditionCode, RuleLevel level, String reason, String source) {

	static RuleHit of(ContraindicationRule rule) {
		return new RuleHit(rule.code(), rule.conditionCode(), rule.level(), rule.reason(), rule.source());
	}

}
