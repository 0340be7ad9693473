package org.medexpro.physicians.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.medexpro.physicians.Physician;
import org.medexpro.physicians.PhysicianService;
import org.medexpro.security.Access;
import org.medexpro.shared.ConflictException;
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
@RequestMapping("/physicians")
class PhysicianController {

	static final String LIST = "physicians/physician-list";

	static final String FORM = "physicians/physician-form";

	private final PhysicianService physicians;

	PhysicianController(PhysicianService physicians) {
		this.physicians = physicians;
	}

	@GetMapping
	@PreAuthorize(Access.STAFF)
	String list(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("physicians", physicians.search(q));
		return LIST;
	}

	@GetMapping("/new")
	@PreAuthorize(Access.CLIENT_REGISTRATION)
	String createForm(Model model) {
		model.addAttribute("form", new PhysicianForm());
		return FORM;
	}

	@PostMapping("/new")
	@PreAuthorize(Access.CLIENT_REGISTRATION)
	String create(@Valid @ModelAttribute("form") PhysicianForm form, BindingResult result, RedirectAttributes flash) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			Physician physician = physicians.add(form.toData());
			flash.addFlashAttribute("message", physician.name() + " added.");
			return "redirect:/physicians";
		}
		catch (FieldErrorsException ex) {
			ex.errors().forEach(e -> result.rejectValue(e.field(), "invalid", e.message()));
			return FORM;
		}
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(Access.CLIENT_REGISTRATION)
	String editForm(@PathVariable UUID id, Model model) {
		model.addAttribute("physicianId", id);
		model.addAttribute("form", PhysicianForm.of(physicians.get(id)));
		return FORM;
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize(Access.CLIENT_REGISTRATION)
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") PhysicianForm form, BindingResult result,
			Model model, RedirectAttributes flash) {
		model.addAttribute("physicianId", id);
		if (result.hasErrors() || form.getVersion() == null) {
			return FORM;
		}
		try {
			physicians.update(id, form.getVersion(), form.toData());
		}
		catch (FieldErrorsException ex) {
			ex.errors().forEach(e -> result.rejectValue(e.field(), "invalid", e.message()));
			return FORM;
		}
		catch (ConflictException ex) {
			result.reject("conflict", ex.getMessage());
			return FORM;
		}
		flash.addFlashAttribute("message", "Changes saved.");
		return "redirect:/physicians";
	}

}
