package org.medexpro.reports.internal;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

import org.medexpro.knowledge.DataFiles;
import org.medexpro.knowledge.KnowledgeBase;
import org.medexpro.knowledge.KnowledgeBaseException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * {@code reports/report-domains.yml}: which measures and screen points each part of a
 * progress report is drafted from. Checked at start-up against the measures of the knowledge base.
 */
@Component
public class ReportDomains {

	public record Domain(@NotBlank String code, @NotBlank String name, @NotNull List<@NotBlank String> measures,
			@NotNull List<@NotBlank String> screenPoints, @NotBlank String source) {
	}

	record DomainsFile(@NotBlank String version, @NotEmpty List<@Valid @NotNull Domain> domains, List<String> leftOut) {
	}

	private final DomainsFile file;

	ReportDomains(KnowledgeBase knowledge) {
		String name = "reports/report-domains.yml";
		this.file = DataFiles.read(new ClassPathResource(name), DomainsFile.class, name);
		var problems = DataFiles.problems(file);
		if (!problems.isEmpty()) {
			throw new KnowledgeBaseException(name + ": " + String.join("; ", problems));
		}
		for (Domain domain : file.domains()) {
			for (String code : domain.measures()) {
				if (knowledge.measure(code).isEmpty()) {
					throw new KnowledgeBaseException(name + ": domains (" + domain.code() + "): measures: " + code
							+ " is not a measure of knowledge/measures.yml");
				}
			}
		}
	}

	public List<Domain> domains() {
		return file.domains();
	}

	/** Measures a progress report leaves out (pain: the METI report excludes it). */
	public List<String> leftOut() {
		return file.leftOut() == null ? List.of() : file.leftOut();
	}

}
