package org.medexpro.security.web;

import org.medexpro.security.Access;
import org.medexpro.security.StaffService;
import org.medexpro.shared.FieldErrorsException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Changing one's own password, and the owner's reset of a staff member's password. */
@Controller
class AccountController {

	static final String PASSWORD_FORM = "security/password-form";

	private final StaffService staff;

	AccountController(StaffService staff) {
		this.staff = staff;
	}

	@GetMapping("/account/password")
	@PreAuthorize(Access.STAFF)
	String passwordForm() {
		return PASSWORD_FORM;
	}

	@PostMapping("/account/password")
	@PreAuthorize(Access.STAFF)
	String changePassword(@RequestParam(defaultValue = "") String currentPassword,
			@RequestParam(defaultValue = "") String newPassword, Model model, RedirectAttributes flash) {
		try {
			staff.changeOwnPassword(currentPassword, newPassword);
		}
		catch (FieldErrorsException ex) {
			ex.errors().forEach(e -> model.addAttribute(e.field() + "Error", e.message()));
			return PASSWORD_FORM;
		}
		flash.addFlashAttribute("message", "Your password is changed.");
		return "redirect:/";
	}

	@PostMapping("/staff/{username}/password")
	@PreAuthorize(Access.OWNER)
	String resetPassword(@PathVariable String username, @RequestParam(defaultValue = "") String newPassword,
			RedirectAttributes flash) {
		try {
			staff.resetPassword(username, newPassword);
			flash.addFlashAttribute("message", "New password set for " + username + ". Give it to them in person.");
		}
		catch (FieldErrorsException ex) {
			flash.addFlashAttribute("error", "The new password for " + username + " " + ex.errors().get(0).message() + ".");
		}
		return "redirect:/staff";
	}

}
