package org.medexpro.billing;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.medexpro.billing.internal.BillingRepository;
import org.medexpro.knowledge.DataFiles;
import org.medexpro.knowledge.KnowledgeBaseException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The fee of a CPT code for a payer on a date: the payer's own fee where it has one (a
 * state's workers' compensation schedule), else the practice's standard fee of
 * {@code billing/fee-schedule.yml}, loaded at start-up (every code must have one).
 */
@Component
public class FeeSchedule {

	static final String FILE = "billing/fee-schedule.yml";

	record FeesFile(@NotBlank String version, @NotBlank String currency, @NotBlank String source,
			@NotEmpty List<@Valid Fee> fees) {
	}

	record Fee(@NotBlank String code, @NotBlank String perUnit) {
	}

	private final Map<String, Money> standard = new LinkedHashMap<>();

	private final String source;

	private final BillingRepository billing;

	FeeSchedule(CptCodes codes, BillingRepository billing) {
		this.billing = billing;
		FeesFile file = DataFiles.read(new ClassPathResource(FILE), FeesFile.class, FILE);
		Set<String> problems = DataFiles.problems(file);
		if (!problems.isEmpty()) {
			throw new KnowledgeBaseException(FILE + ": " + String.join("; ", problems));
		}
		for (Fee fee : file.fees()) {
			if (codes.find(fee.code()).isEmpty()) {
				throw new KnowledgeBaseException(FILE + ": fees (" + fee.code() + "): not a code of " + CptCodes.FILE);
			}
			try {
				standard.put(fee.code(), Money.parse(fee.perUnit()));
			}
			catch (IllegalArgumentException ex) {
				throw new KnowledgeBaseException(FILE + ": fees (" + fee.code() + "): perUnit " + ex.getMessage());
			}
		}
		codes.all().forEach(code -> {
			if (!standard.containsKey(code.code())) {
				throw new KnowledgeBaseException(FILE + ": no fee for " + code.code());
			}
		});
		this.source = file.source();
	}

	/** The practice's standard fee per unit. */
	public Money standard(String code) {
		Money fee = standard.get(code);
		if (fee == null) {
			throw new IllegalArgumentException("no fee for " + code);
		}
		return fee;
	}

	public Map<String, Money> standardFees() {
		return Map.copyOf(standard);
	}

	public String source() {
		return source;
	}

	/** The fee per unit the payer pays for the code on the date of service. */
	public Money fee(UUID payerId, String code, LocalDate on) {
		return billing.fee(payerId, code, on).map(Money::ofCents).orElseGet(() -> standard(code));
	}

}
