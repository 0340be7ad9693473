package org.medexpro.programs;

import org.medexpro.assessment.ConditionAdded;
import org.medexpro.knowledge.KnowledgeChanged;
import org.medexpro.outcomes.MeasurementRecorded;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Programs follow the rules and the client's record: a new rule is checked against every
 * active program, a new condition or measure against the client's own, in the transaction of
 * the change, so that no client goes on with an exercise that is now excluded. (A signed session
 * log re-checks from the sessions module, which this module does not depend on.)
 */
@Component
class ProgramRecheck {

	private final ProgramService programs;

	ProgramRecheck(ProgramService programs) {
		this.programs = programs;
	}

	@EventListener
	void on(KnowledgeChanged change) {
		if (change.kind().equals("rule")) {
			programs.recheckAllActivePrograms();
		}
	}

	@EventListener
	void on(ConditionAdded added) {
		programs.recheckActiveProgramsOf(added.clientId());
	}

	@EventListener
	void on(MeasurementRecorded recorded) {
		programs.recheckActiveProgramsOf(recorded.clientId());
	}

}
