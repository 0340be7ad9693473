package org.medexpro.programs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.medexpro.knowledge.Exercise;
import org.medexpro.knowledge.KnowledgeBase;
import org.medexpro.knowledge.KnowledgeBaseException;
import org.medexpro.programs.internal.ProgramRepository;
import org.medexpro.programs.internal.ProgramRepository.EntryRow;
import org.medexpro.programs.internal.ProgramRepository.ProgramRow;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * At start-up, after the knowledge files are read: every active program's protocol, phase and
 * exercises must still be in them. A release that drops one that clients train with stops
 * here, naming the codes, instead of failing later on each client's program page.
 */
@Component
class StoredProgramsCheck implements ApplicationRunner {

	private final ProgramRepository programs;

	private final KnowledgeBase knowledge;

	StoredProgramsCheck(ProgramRepository programs, KnowledgeBase knowledge) {
		this.programs = programs;
		this.knowledge = knowledge;
	}

	@Override
	public void run(ApplicationArguments args) {
		List<String> problems = problems();
		if (!problems.isEmpty()) {
			throw new KnowledgeBaseException("The knowledge files no longer have what active programs use: "
					+ String.join("; ", problems) + ". Restore them, or move those programs on, before starting.");
		}
	}

	/** What active programs use that the knowledge files lack, as codes (no client data). */
	List<String> problems() {
		Set<String> missing = new TreeSet<>();
		for (ProgramRow program : programs.active()) {
			knowledge.protocol(program.protocolCode()).ifPresentOrElse(protocol -> {
				if (protocol.phase(program.phase()).isEmpty()) {
					missing.add("protocol " + program.protocolCode() + " phase " + program.phase());
				}
			}, () -> missing.add("protocol " + program.protocolCode()));
		}
		Set<String> exercises = knowledge.exercises().stream().map(Exercise::code).collect(Collectors.toSet());
		for (EntryRow entry : programs.activeEntries()) {
			if (!exercises.contains(entry.exerciseCode())) {
				missing.add("exercise " + entry.exerciseCode());
			}
		}
		return new ArrayList<>(missing);
	}

}
