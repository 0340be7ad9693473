package org.medexpro.reports.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.clients.ClientAccessLevel;
import org.medexpro.clients.ClientService;
import org.medexpro.clients.ClientStatus;
import org.medexpro.outcomes.Outcome;
import org.medexpro.outcomes.OutcomeService;
import org.medexpro.physicians.Communication;
import org.medexpro.physicians.CommunicationKind;
import org.medexpro.physicians.ContactChannel;
import org.medexpro.physicians.Gatekeeper;
import org.medexpro.physicians.GatekeeperRole;
import org.medexpro.physicians.MedicalRelationsService;
import org.medexpro.physicians.PhysicianService;
import org.medexpro.physicians.Referral;
import org.medexpro.security.Access;
import org.medexpro.shared.FieldErrorsException;
import org.medexpro.shared.NotFoundException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Medical relations in the pages: one physician's practice (gatekeepers, referrals and the
 * clients they became, what was sent, the outcomes their clients achieved, follow-ups), and
 * the practice's open follow-ups.
 */
@Controller
@PreAuthorize(Access.CLINICAL)
class RelationsController {

	/** A referred client as the physician's page lists them. */
	public record ReferredClient(Referral referral, @Nullable String clientName, @Nullable ClientStatus status,
			int measures, int improved) {

		public boolean converted() {
			return status != null && status != ClientStatus.REFERRED && status != ClientStatus.INTAKE;
		}

	}

	private final MedicalRelationsService relations;

	private final PhysicianService physicians;

	private final ClientService clients;

	private final OutcomeService outcomes;

	RelationsController(MedicalRelationsService relations, PhysicianService physicians, ClientService clients,
			OutcomeService outcomes) {
		this.relations = relations;
		this.physicians = physicians;
		this.clients = clients;
		this.outcomes = outcomes;
	}

	@GetMapping("/physicians/{id}/relations")
	String physician(@PathVariable UUID id, Model model) {
		model.addAttribute("physician", physicians.find(id).orElseThrow(() -> new NotFoundException("Physician")));
		model.addAttribute("gatekeepers", relations.gatekeepers(id));
		List<ReferredClient> referred = new ArrayList<>();
		for (Referral r : relations.referrals(id)) {
			if (r.clientId() == null) {
				referred.add(new ReferredClient(r, null, null, 0, 0));
			}
			else if (clients.accessTo(r.clientId()).allows(ClientAccessLevel.CLINICAL)) {
				List<Outcome> measured = outcomes.outcomes(r.clientId());
				referred.add(new ReferredClient(r, clients.get(r.clientId()).fullName(), clients.get(r.clientId()).status(),
						measured.size(), (int) measured.stream().filter(o -> o.meaningful() && o.improved()).count()));
			}
		}
		List<Communication> communications = relations.communicationsOf(id);
		model.addAttribute("referred", referred);
		model.addAttribute("communications", communications);
		model.addAttribute("reportsSent", communications.stream().filter(c -> c.documentId() != null).count());
		model.addAttribute("tasks", relations.tasksOf(id));
		model.addAttribute("roles", GatekeeperRole.values());
		model.addAttribute("channels", ContactChannel.values());
		model.addAttribute("kinds", List.of(CommunicationKind.CALL, CommunicationKind.VISIT, CommunicationKind.LETTER,
				CommunicationKind.THANK_YOU_LETTER));
		model.addAttribute("today", LocalDate.now());
		return "reports/physician-relations";
	}

	@PostMapping("/physicians/{id}/gatekeepers")
	String addGatekeeper(@PathVariable UUID id, @RequestParam(defaultValue = "") String name,
			@RequestParam(required = false) @Nullable GatekeeperRole role, @RequestParam(defaultValue = "") String phone,
			@RequestParam(defaultValue = "") String email, @RequestParam(required = false) @Nullable ContactChannel preferredContact,
			RedirectAttributes flash) {
		try {
			relations.addGatekeeper(id, new Gatekeeper.Data(name, role, blank(phone), blank(email), preferredContact, null));
			flash.addFlashAttribute("message", "Gatekeeper added.");
		}
		catch (FieldErrorsException ex) {
			flash.addFlashAttribute("error", "The gatekeeper's " + ex.errors().get(0).field() + " " + ex.errors().get(0).message() + ".");
		}
		return "redirect:/physicians/" + id + "/relations";
	}

	@PostMapping("/physicians/{id}/referrals")
	String recordReferral(@PathVariable UUID id, @RequestParam(defaultValue = "") String icd10,
			@RequestParam(defaultValue = "") String reason, @RequestParam(required = false) @Nullable LocalDate receivedOn,
			RedirectAttributes flash) {
		try {
			relations.recordReferral(new Referral.Data(id, null, icd10.strip().toUpperCase(), reason,
					receivedOn == null ? LocalDate.now() : receivedOn));
			flash.addFlashAttribute("message", "Referral recorded; a thank-you letter is due within two days.");
		}
		catch (FieldErrorsException ex) {
			flash.addFlashAttribute("error", "The referral's " + ex.errors().get(0).field() + " " + ex.errors().get(0).message() + ".");
		}
		return "redirect:/physicians/" + id + "/relations";
	}

	@PostMapping("/physicians/{id}/communications")
	String log(@PathVariable UUID id, @RequestParam(required = false) @Nullable CommunicationKind kind,
			@RequestParam(required = false) @Nullable ContactChannel channel, @RequestParam(defaultValue = "") String subject,
			@RequestParam(defaultValue = "") String note, RedirectAttributes flash) {
		try {
			relations.log(new Communication.Data(id, null, kind, channel, null, subject, blank(note)));
			flash.addFlashAttribute("message", "Logged.");
		}
		catch (FieldErrorsException ex) {
			flash.addFlashAttribute("error", "The " + ex.errors().get(0).field() + " " + ex.errors().get(0).message() + ".");
		}
		return "redirect:/physicians/" + id + "/relations";
	}

	@GetMapping("/follow-ups")
	String followUps(Model model) {
		model.addAttribute("tasks", relations.openTasks());
		model.addAttribute("today", LocalDate.now());
		return "reports/follow-ups";
	}

	@PostMapping("/follow-ups/{id}/done")
	String done(@PathVariable UUID id, RedirectAttributes flash) {
		relations.completeTask(id);
		flash.addFlashAttribute("message", "Done.");
		return "redirect:/follow-ups";
	}

	private static @Nullable String blank(String value) {
		return value.isBlank() ? null : value.strip();
	}

}
