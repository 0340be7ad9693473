package org.medexpro.physicians.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;

import org.medexpro.physicians.Physician;
import org.medexpro.physicians.PhysicianService;
import org.medexpro.security.Access;
import org.medexpro.shared.FieldErrorsException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/physicians")
class PhysicianApiController {

	private final PhysicianService physicians;

	PhysicianApiController(PhysicianService physicians) {
		this.physicians = physicians;
	}

	@PostMapping
	@PreAuthorize(Access.CLIENT_REGISTRATION)
	ResponseEntity<Physician> add(@Valid @RequestBody PhysicianForm form) {
		Physician physician = physicians.add(form.toData());
		return ResponseEntity.created(URI.create("/api/v1/physicians/" + physician.id())).body(physician);
	}

	@GetMapping
	@PreAuthorize(Access.STAFF)
	List<Physician> search(@RequestParam(defaultValue = "") String q) {
		return physicians.search(q);
	}

	@GetMapping("/{id}")
	@PreAuthorize(Access.STAFF)
	Physician show(@PathVariable UUID id) {
		return physicians.get(id);
	}

	@PutMapping("/{id}")
	@PreAuthorize(Access.CLIENT_REGISTRATION)
	Physician update(@PathVariable UUID id, @Valid @RequestBody PhysicianForm form) {
		if (form.getVersion() == null) {
			throw new FieldErrorsException("version", "send the version of the physician you edited");
		}
		return physicians.update(id, form.getVersion(), form.toData());
	}

}
