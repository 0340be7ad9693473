package org.medexpro.reports.web;

import java.util.List;
import java.util.UUID;

import org.medexpro.reports.ReadinessService;
import org.medexpro.reports.ReimbursementReadiness;
import org.medexpro.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Reimbursement readiness: per client, and the practice's list, least ready first. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize(Access.CLINICAL)
class ReadinessApiController {

	private final ReadinessService readiness;

	ReadinessApiController(ReadinessService readiness) {
		this.readiness = readiness;
	}

	@GetMapping("/clients/{id}/reimbursement-readiness")
	ReimbursementReadiness of(@PathVariable UUID id) {
		return readiness.of(id);
	}

	@GetMapping("/reimbursement-readiness")
	List<ReimbursementReadiness> practice() {
		return readiness.practice();
	}

}
