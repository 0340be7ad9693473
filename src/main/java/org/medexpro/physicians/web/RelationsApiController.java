package org.medexpro.physicians.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.medexpro.physicians.Communication;
import org.medexpro.physicians.FollowUpTask;
import org.medexpro.physicians.Gatekeeper;
import org.medexpro.physicians.MedicalRelationsService;
import org.medexpro.physicians.Referral;
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

/**
 * Medical relations over the API: gatekeepers (any staff member reads them; who registers
 * clients adds them), and referrals, communications and follow-ups (clinical roles: they name
 * clients and diagnoses).
 */
@RestController
@RequestMapping("/api/v1")
class RelationsApiController {

	record LinkRequest(@NotNull UUID clientId, @NotNull Integer version) {
	}

	private final MedicalRelationsService relations;

	RelationsApiController(MedicalRelationsService relations) {
		this.relations = relations;
	}

	@GetMapping("/physicians/{id}/gatekeepers")
	@PreAuthorize(Access.STAFF)
	List<Gatekeeper> gatekeepers(@PathVariable UUID id) {
		return relations.gatekeepers(id);
	}

	@PostMapping("/physicians/{id}/gatekeepers")
	@PreAuthorize(Access.CLIENT_REGISTRATION)
	ResponseEntity<Gatekeeper> addGatekeeper(@PathVariable UUID id, @Valid @RequestBody Gatekeeper.Data data) {
		Gatekeeper added = relations.addGatekeeper(id, data);
		return ResponseEntity.created(URI.create("/api/v1/physicians/" + id + "/gatekeepers")).body(added);
	}

	@PostMapping("/referrals")
	@PreAuthorize(Access.CLINICAL)
	ResponseEntity<Referral> recordReferral(@Valid @RequestBody Referral.Data data) {
		Referral referral = relations.recordReferral(data);
		return ResponseEntity.created(URI.create("/api/v1/referrals/" + referral.id())).body(referral);
	}

	@GetMapping("/referrals")
	@PreAuthorize(Access.CLINICAL)
	List<Referral> referrals(@RequestParam(required = false) @Nullable UUID physicianId) {
		return relations.referrals(physicianId);
	}

	/** The referred person was registered: the referral becomes the client's. */
	@PutMapping("/referrals/{id}/client")
	@PreAuthorize(Access.CLINICAL)
	Referral link(@PathVariable UUID id, @Valid @RequestBody LinkRequest request) {
		return relations.linkReferral(id, request.version(), request.clientId());
	}

	@PostMapping("/communications")
	@PreAuthorize(Access.CLINICAL)
	ResponseEntity<Communication> log(@Valid @RequestBody Communication.Data data) {
		if (data.documentId() != null) {
			// A document counts as sent (for the due list and readiness) only when sending it checked consent.
			throw new FieldErrorsException("documentId", "is logged by sending the document: POST /api/v1/documents/{id}/send");
		}
		Communication logged = relations.log(data);
		return ResponseEntity.created(URI.create("/api/v1/communications/" + logged.id())).body(logged);
	}

	@GetMapping("/physicians/{id}/communications")
	@PreAuthorize(Access.CLINICAL)
	List<Communication> communicationsOf(@PathVariable UUID id) {
		return relations.communicationsOf(id);
	}

	@GetMapping("/clients/{id}/communications")
	@PreAuthorize(Access.CLINICAL)
	List<Communication> communicationsOfClient(@PathVariable UUID id) {
		return relations.communicationsOfClient(id);
	}

	@GetMapping("/follow-ups")
	@PreAuthorize(Access.CLINICAL)
	List<FollowUpTask> followUps() {
		return relations.openTasks();
	}

	@PostMapping("/follow-ups/{id}/done")
	@PreAuthorize(Access.CLINICAL)
	ResponseEntity<Void> done(@PathVariable UUID id) {
		relations.completeTask(id);
		return ResponseEntity.noContent().build();
	}

}
