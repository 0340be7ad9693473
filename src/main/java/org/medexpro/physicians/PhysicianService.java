package org.medexpro.physicians;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.medexpro.physicians.internal.PhysicianRepository;
import org.medexpro.security.CurrentStaff;
import org.medexpro.shared.ConflictException;
import org.medexpro.shared.FieldErrorsException;
import org.medexpro.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The physician registry: add, find, edit. An NPI, when given, must pass its check
 * digit and be unique.
 */
@Service
public class PhysicianService {

	private final PhysicianRepository physicians;

	private final Clock clock;

	PhysicianService(PhysicianRepository physicians, Clock clock) {
		this.physicians = physicians;
		this.clock = clock;
	}

	@Transactional
	public Physician add(PhysicianData data) {
		checkNpi(null, data);
		UUID id = UUID.randomUUID();
		physicians.insert(id, data, OffsetDateTime.now(clock), CurrentStaff.username());
		return physicians.find(id).orElseThrow();
	}

	@Transactional
	public Physician update(UUID id, int version, PhysicianData data) {
		checkNpi(id, data);
		if (!physicians.update(id, version, data, OffsetDateTime.now(clock), CurrentStaff.username())) {
			get(id);
			throw new ConflictException("Someone else changed this physician since you opened it. Reload and try again.");
		}
		return get(id);
	}

	@Transactional(readOnly = true)
	public Physician get(UUID id) {
		return physicians.find(id).orElseThrow(() -> new NotFoundException("Physician"));
	}

	@Transactional(readOnly = true)
	public Optional<Physician> find(UUID id) {
		return physicians.find(id);
	}

	/** Physicians whose name starts with the query, or all when it is blank (at most 100). */
	@Transactional(readOnly = true)
	public List<Physician> search(String query) {
		return physicians.search(query, 100);
	}

	/** Every physician of the registry, by name (for choosing one). */
	@Transactional(readOnly = true)
	public List<Physician> all() {
		return physicians.search("", 5000);
	}

	private void checkNpi(java.util.@org.jspecify.annotations.Nullable UUID id, PhysicianData data) {
		String npi = data.npi();
		if (npi == null || npi.isBlank()) {
			return;
		}
		if (!NpiCheck.isValid(npi)) {
			throw new FieldErrorsException("npi", "is not a valid NPI (10 digits with a correct check digit)");
		}
		physicians.findByNpi(npi).filter(p -> !p.id().equals(id)).ifPresent(p -> {
			throw new FieldErrorsException("npi", "belongs to " + p.name() + " already");
		});
	}

}
