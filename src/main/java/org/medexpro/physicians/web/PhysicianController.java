package org.medexpro.physicians.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.jspecify.annotations.Nullable;
import org.medexpro.physicians.ContactChannel;
import org.medexpro.physicians.Gatekeeper;
import org.medexpro.physicians.GatekeeperRole;
import org.medexpro.physicians.MedicalRelationsService;
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

	private final MedicalRelationsService relations;

	PhysicianController(PhysicianService physicians, MedicalRelationsService relations) {
		this.physicians = physicians;
		this.relations = relations;
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
		model.addAttribute("gatekeepers", relations.gatekeepers(id));
		return FORM;
	}

	/**
	 * Adds a gatekeeper of the physician's office: contact data, so whoever registers clients
	 * and physicians may (as over the API). Back to the page it was added from: the physician's
	 * form, or the clinical relations page.
	 */
	@PostMapping("/{id}/gatekeepers")
	@PreAuthorize(Access.CLIENT_REGISTRATION)
	String addGatekeeper(@PathVariable UUID id, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) @Nullable GatekeeperRole role, @RequestParam(defaultValue = "") String phone,
			@RequestParam(defaultValue = "") String email, @RequestParam(required = false) @Nullable ContactChannel preferredContact,
			@RequestParam(defaultValue = "edit") String back, RedirectAttributes flash) {
		try {
			relations.addGatekeeper(id, new Gatekeeper.Data(name.strip(), role, blank(phone), blank(email), preferredContact, null));
			flash.addFlashAttribute("message", "Gatekeeper added.");
		}
		catch (FieldErrorsException ex) {
			flash.addFlashAttribute("error", "The gatekeeper's " + ex.errors().get(0).field() + " " + ex.errors().get(0).message() + ".");
		}
		return back.equals("relations") ? "redirect:/physicians/" + id + "/relations" : "redirect:/physicians/" + id + "/edit";
	}

	private static @Nullable String blank(String value) {
		return value.isBlank() ? null : value.strip();
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
