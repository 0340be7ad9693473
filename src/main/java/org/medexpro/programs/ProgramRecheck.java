package org.medexpro.programs;

import org.medexpro.knowledge.KnowledgeChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new rule applies to clients already training: every active program is checked again
 * in the transaction that added it, so that no client goes on with an exercise it now excludes.
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

}
