package org.medexpro.billing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.medexpro.knowledge.DataFiles;
import org.medexpro.knowledge.KnowledgeBaseException;
import org.medexpro.sessions.ServiceKind;
import org.medexpro.shared.FieldErrorsException;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The CPT codes of {@code billing/cpt-codes.yml}, loaded once at start-up (a bad file stops
 * the application, naming the entry and field), and the coding of a day's minutes with them.
 */
@Component
public class CptCodes {

	static final String FILE = "billing/cpt-codes.yml";

	/** The most minutes of one code on one day that are taken as typed rather than a slip. */
	static final int MAX_MINUTES_A_DAY = 480;

	record CodesFile(@NotBlank String version, @NotEmpty List<@Valid CptCode> codes) {
	}

	private final Map<String, CptCode> byCode = new LinkedHashMap<>();

	private final Map<ServiceKind, CptCode> byKind = new LinkedHashMap<>();

	CptCodes() {
		CodesFile file = DataFiles.read(new ClassPathResource(FILE), CodesFile.class, FILE);
		Set<String> problems = DataFiles.problems(file);
		if (!problems.isEmpty()) {
			throw new KnowledgeBaseException(FILE + ": " + String.join("; ", problems));
		}
		for (CptCode code : file.codes()) {
			if (byCode.put(code.code(), code) != null) {
				throw new KnowledgeBaseException(FILE + ": codes (" + code.code() + "): code is listed twice");
			}
			if (byKind.put(code.serviceKind(), code) != null) {
				throw new KnowledgeBaseException(FILE + ": codes (" + code.code() + "): serviceKind " + code.serviceKind()
						+ " already has a code");
			}
		}
		for (ServiceKind kind : ServiceKind.values()) {
			if (!byKind.containsKey(kind)) {
				throw new KnowledgeBaseException(FILE + ": no code for the kind of service " + kind);
			}
		}
	}

	public List<CptCode> all() {
		return List.copyOf(byCode.values());
	}

	public Optional<CptCode> find(String code) {
		return Optional.ofNullable(byCode.get(code));
	}

	/** The code a session log's minutes of this kind are billed as. */
	public CptCode forKind(ServiceKind kind) {
		return byKind.get(kind);
	}

	/**
	 * Codes one day: the timed codes' minutes into units by the method, and each untimed code
	 * with minutes one unit (the reference's example: 97150 for 45 minutes with 97110 for 20 is
	 * 97110 × 1 and 97150 × 1, 20 timed minutes).
	 * @throws FieldErrorsException naming {@code minutes.<code>} for an unknown code or minutes out of range
	 */
	public TimedUnits.Result code(Map<String, Integer> minutes, UnitMethod method) {
		Map<String, String> errors = new TreeMap<>();
		if (minutes.isEmpty()) {
			errors.put("minutes", "give the minutes of at least one code, e.g. {\"97110\": 33}");
		}
		Map<String, Integer> timed = new TreeMap<>();
		List<String> untimed = new ArrayList<>();
		minutes.forEach((code, m) -> {
			CptCode known = byCode.get(code);
			if (known == null) {
				errors.put("minutes." + code, "is not a code the practice bills (GET /api/v1/billing/codes)");
			}
			else if (m == null || m < 0 || m > MAX_MINUTES_A_DAY) {
				errors.put("minutes." + code, "give whole minutes from 0 to " + MAX_MINUTES_A_DAY);
			}
			else if (m > 0 && known.timed()) {
				timed.put(code, m);
			}
			else if (m > 0) {
				untimed.add(code);
			}
		});
		if (!errors.isEmpty()) {
			throw FieldErrorsException.of(errors);
		}
		TimedUnits.Result result = TimedUnits.of(timed, method);
		if (untimed.isEmpty()) {
			return result;
		}
		Map<String, Integer> units = new TreeMap<>(result.units());
		untimed.forEach(code -> units.put(code, 1));
		return new TimedUnits.Result(result.totalMinutes(), result.totalUnits(), units);
	}

}
