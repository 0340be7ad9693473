package org.medexpro.audit.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditEntry;
import org.medexpro.audit.AuditQuery;
import org.medexpro.audit.AuditTrail;
import org.medexpro.audit.AuditVerification;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasRole('OWNER')")
class AuditApiController {

	private final AuditTrail audit;

	AuditApiController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping
	List<AuditEntry> find(@RequestParam(required = false) @Nullable UUID clientId,
			@RequestParam(required = false) @Nullable String username,
			@RequestParam(required = false) @Nullable AuditAction action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@RequestParam(defaultValue = "500") int limit) {
		return audit.review(new AuditQuery(clientId, username, action, from, to, limit));
	}

	@GetMapping("/verification")
	AuditVerification verify() {
		return audit.verify();
	}

}
