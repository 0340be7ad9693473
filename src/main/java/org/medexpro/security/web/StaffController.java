package org.medexpro.security.web;

import jakarta.validation.Valid;

import org.medexpro.security.Access;
import org.medexpro.security.Role;
import org.medexpro.security.StaffService;
import org.medexpro.shared.FieldErrorsException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/staff")
@PreAuthorize(Access.OWNER)
class StaffController {

	static final String LIST = "security/staff-list";

	static final String FORM = "security/staff-form";

	private final StaffService staff;

	StaffController(StaffService staff) {
		this.staff = staff;
	}

	@ModelAttribute("allRoles")
	Role[] allRoles() {
		return Role.values();
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("members", staff.list());
		return LIST;
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form", new StaffForm());
		return FORM;
	}

	@PostMapping("/new")
	String create(@Valid @ModelAttribute("form") StaffForm form, BindingResult result, RedirectAttributes flash) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			staff.create(form.toAccount());
		}
		catch (FieldErrorsException ex) {
			ex.errors().forEach(e -> result.rejectValue(e.field(), "invalid", e.message()));
			return FORM;
		}
		flash.addFlashAttribute("message", "Staff account " + form.getUsername() + " opened.");
		return "redirect:/staff";
	}

	@PostMapping("/{username}/enabled")
	String setEnabled(@PathVariable String username, @RequestParam boolean enabled, RedirectAttributes flash) {
		staff.setEnabled(username, enabled);
		flash.addFlashAttribute("message", username + (enabled ? " can sign in again." : " can no longer sign in."));
		return "redirect:/staff";
	}

}
