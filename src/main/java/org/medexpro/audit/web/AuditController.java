package org.medexpro.audit.web;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditQuery;
import org.medexpro.audit.AuditTrail;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The OWNER's view of the trail, with filters and the chain verifier. */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasRole('OWNER')")
class AuditController {

	private final AuditTrail audit;

	AuditController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable UUID clientId,
			@RequestParam(required = false) @Nullable String username,
			@RequestParam(required = false) @Nullable AuditAction action,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			Model model) {
		String user = username == null || username.isBlank() ? null : username.strip().toLowerCase();
		model.addAttribute("entries", audit.review(new AuditQuery(clientId, user, action, from, to, 500)));
		model.addAttribute("actions", AuditAction.values());
		model.addAttribute("clientId", clientId);
		model.addAttribute("username", user);
		model.addAttribute("action", action);
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "audit/audit-list";
	}

	@PostMapping("/verify")
	String verify(Model model) {
		model.addAttribute("verification", audit.verify());
		model.addAttribute("entries", audit.review(new AuditQuery(null, null, null, null, null, 100)));
		model.addAttribute("actions", AuditAction.values());
		return "audit/audit-list";
	}

}
