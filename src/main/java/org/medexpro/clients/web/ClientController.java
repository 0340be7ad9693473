package org.medexpro.clients.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.medexpro.clients.ClientAccessLevel;
import org.medexpro.clients.ClientDetails;
import org.medexpro.clients.ClientService;
import org.medexpro.clients.ClientStatus;
import org.medexpro.clients.Sex;
import org.medexpro.security.Access;
import org.medexpro.security.Role;
import org.medexpro.security.StaffService;
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
@RequestMapping("/clients")
class ClientController {

	static final String LIST = "clients/client-list";

	static final String DETAIL = "clients/client-detail";

	static final String FORM = "clients/client-form";

	static final String BREAK_GLASS = "clients/client-break-glass";

	private final ClientService clients;

	private final StaffService staff;

	ClientController(ClientService clients, StaffService staff) {
		this.clients = clients;
		this.staff = staff;
	}

	@ModelAttribute("sexes")
	Sex[] sexes() {
		return Sex.values();
	}

	@GetMapping
	@PreAuthorize(Access.CLIENT_CONTACT)
	String list(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("searchLimit", ClientService.SEARCH_LIMIT);
		model.addAttribute("clients", clients.search(q));
		model.addAttribute("outside", q.isBlank() ? java.util.List.of() : clients.searchOutsideCareTeam(q));
		return LIST;
	}

	@GetMapping("/new")
	@PreAuthorize(Access.CLIENT_REGISTRATION)
	String createForm(Model model) {
		model.addAttribute("form", new ClientForm());
		return FORM;
	}

	@PostMapping("/new")
	@PreAuthorize(Access.CLIENT_REGISTRATION)
	String create(@Valid @ModelAttribute("form") ClientForm form, BindingResult result, RedirectAttributes flash) {
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			ClientDetails client = clients.register(form.toData());
			flash.addFlashAttribute("message", client.fullName() + " is registered.");
			return "redirect:/clients/" + client.id();
		}
		catch (FieldErrorsException ex) {
			ex.errors().forEach(e -> result.rejectValue(e.field(), "invalid", e.message()));
			return FORM;
		}
	}

	@GetMapping("/{id}")
	@PreAuthorize(Access.CLIENT_CONTACT)
	String show(@PathVariable UUID id, Model model) {
		ClientDetails client = clients.get(id);
		ClientAccessLevel level = clients.accessTo(id);
		model.addAttribute("client", client);
		model.addAttribute("clinical", level == ClientAccessLevel.CLINICAL);
		if (level == ClientAccessLevel.CLINICAL) {
			model.addAttribute("history", clients.statusHistory(id));
			model.addAttribute("careTeam", clients.careTeam(id));
			model.addAttribute("trainers", staff.withRole(Role.TRAINER));
		}
		return DETAIL;
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize(Access.CLIENT_REGISTRATION)
	String editForm(@PathVariable UUID id, Model model) {
		ClientDetails client = clients.get(id);
		model.addAttribute("client", client);
		model.addAttribute("form", ClientForm.of(client));
		return FORM;
	}

	@PostMapping("/{id}/edit")
	@PreAuthorize(Access.CLIENT_REGISTRATION)
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") ClientForm form, BindingResult result,
			Model model, RedirectAttributes flash) {
		if (result.hasErrors() || form.getVersion() == null) {
			model.addAttribute("client", clients.get(id));
			return FORM;
		}
		try {
			ClientDetails client = clients.update(id, form.getVersion(), form.toData());
			flash.addFlashAttribute("message", "Changes to " + client.fullName() + " saved.");
			return "redirect:/clients/" + id;
		}
		catch (ConflictException ex) {
			result.reject("conflict", ex.getMessage());
			model.addAttribute("client", clients.get(id));
			return FORM;
		}
		catch (FieldErrorsException ex) {
			ex.errors().forEach(e -> result.rejectValue(e.field(), "invalid", e.message()));
			model.addAttribute("client", clients.get(id));
			return FORM;
		}
	}

	@PostMapping("/{id}/status")
	@PreAuthorize(Access.CLINICAL)
	String changeStatus(@PathVariable UUID id, @RequestParam ClientStatus status,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
		try {
			clients.changeStatus(id, status, reason.isBlank() ? null : reason.strip());
			flash.addFlashAttribute("message", "Status changed to " + status.label() + ".");
		}
		catch (ConflictException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/clients/" + id;
	}

	@PostMapping("/{id}/care-team")
	@PreAuthorize(Access.OWNER)
	String addToCareTeam(@PathVariable UUID id, @RequestParam String username, RedirectAttributes flash) {
		try {
			clients.addToCareTeam(id, username);
			flash.addFlashAttribute("message", username + " joined the care team.");
		}
		catch (FieldErrorsException ex) {
			flash.addFlashAttribute("error", "Choose an active trainer.");
		}
		return "redirect:/clients/" + id;
	}

	@PostMapping("/{id}/care-team/{username}/remove")
	@PreAuthorize(Access.OWNER)
	String removeFromCareTeam(@PathVariable UUID id, @PathVariable String username, RedirectAttributes flash) {
		clients.removeFromCareTeam(id, username);
		flash.addFlashAttribute("message", username + " left the care team.");
		return "redirect:/clients/" + id;
	}

	@GetMapping("/{id}/break-glass")
	@PreAuthorize(Access.CLINICAL)
	String breakGlassForm(@PathVariable UUID id, Model model) {
		model.addAttribute("clientId", id);
		return BREAK_GLASS;
	}

	@PostMapping("/{id}/break-glass")
	@PreAuthorize(Access.CLINICAL)
	String breakGlass(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, Model model,
			RedirectAttributes flash) {
		try {
			clients.breakGlass(id, reason);
		}
		catch (FieldErrorsException ex) {
			model.addAttribute("clientId", id);
			model.addAttribute("reasonError", ex.errors().get(0).message());
			return BREAK_GLASS;
		}
		flash.addFlashAttribute("message", "Emergency access granted for a limited time. The owner is informed.");
		return "redirect:/clients/" + id;
	}

}
