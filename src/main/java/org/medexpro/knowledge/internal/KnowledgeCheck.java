package org.medexpro.knowledge.internal;

import org.medexpro.knowledge.KnowledgeBaseException;

/**
 * Checks a folder of knowledge files without starting the application, for whoever edits
 * them: {@code java -cp ... org.medexpro.knowledge.internal.KnowledgeCheck file:src/main/resources/knowledge/}.
 * Prints what was loaded, or the first problem with its file, entry and field.
 */
public final class KnowledgeCheck {

	private KnowledgeCheck() {
	}

	public static void main(String[] args) {
		String location = args.length == 0 ? "file:src/main/resources/knowledge/" : args[0];
		try {
			KnowledgeFiles files = KnowledgeFiles.from(location);
			System.out.printf("OK %s: %d conditions, %d exercises, %d contraindication rules (%d in protocols), %d protocols, %d purposes%n",
					location, files.conditions().size(), files.exercises().size(), files.rules().size(),
					files.protocols().stream().flatMap(p -> p.phases().stream()).mapToInt(p -> p.contraindications().size()).sum(),
					files.protocols().size(), files.purposes().size());
		}
		catch (KnowledgeBaseException ex) {
			System.out.println("PROBLEM " + ex.getMessage());
			System.exit(1);
		}
	}

}
