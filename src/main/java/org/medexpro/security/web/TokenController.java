package org.medexpro.security.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;

import org.medexpro.security.Access;
import org.medexpro.security.ApiTokenService;
import org.medexpro.security.ApiTokenView;
import org.medexpro.security.CurrentStaff;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** “My API tokens”: create one (shown once), see them, revoke them. */
@Controller
@RequestMapping("/tokens")
@PreAuthorize(Access.STAFF)
class TokenController {

	private final ApiTokenService tokens;

	TokenController(ApiTokenService tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("tokens", tokens.list(CurrentStaff.username()));
		return "security/token-list";
	}

	@PostMapping
	String create(@RequestParam @NotBlank String name, RedirectAttributes flash) {
		String trimmed = name.strip();
		if (trimmed.isEmpty() || trimmed.length() > 100) {
			flash.addFlashAttribute("nameError", "Give the token a name of up to 100 characters.");
			return "redirect:/tokens";
		}
		ApiTokenView created = tokens.create(CurrentStaff.username(), trimmed, 90);
		flash.addFlashAttribute("created", created);
		return "redirect:/tokens";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable UUID id, RedirectAttributes flash) {
		tokens.revoke(id);
		flash.addFlashAttribute("message", "Token revoked.");
		return "redirect:/tokens";
	}

}
