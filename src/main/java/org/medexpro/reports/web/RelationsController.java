package org.medexpro.reports.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.assessment.AssessmentService;
import org.medexpro.clients.ClientAccessLevel;
import org.medexpro.clients.ClientDetails;
import org.medexpro.clients.ClientService;
import org.medexpro.clients.ClientStatus;
import org.medexpro.outcomes.Outcome;
import org.medexpro.outcomes.OutcomeService;
import org.medexpro.physicians.Communication;
import org.medexpro.physicians.CommunicationKind;
import org.medexpro.physicians.ContactChannel;
import org.medexpro.physicians.MedicalRelationsService;
import org.medexpro.physicians.PhysicianService;
import org.medexpro.physicians.Referral;
import org.medexpro.security.Access;
import org.medexpro.sessions.SessionLogService;
import org.medexpro.shared.ConflictException;
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
 * Medical relations in the pages: one physician's practice (gatekeepers, the clients they
 * referred by a referral or on the intake and what became of them, what was sent back, the
 * outcomes their clients achieved, follow-ups), and the practice's open follow-ups. Gatekeepers
 * are added on the physicians' own pages.
 */
@Controller
@PreAuthorize(Access.CLINICAL)
class RelationsController {

	/**
	 * A client the physician referred, by a referral received or as the referring physician of
	 * the intake, as the physician's page lists them.
	 *
	 * @param referral the referral received, or null when only the intake names the physician
	 * @param reportsSent the documents about this client sent to the physician
	 * @param improved the measures whose change is a meaningful improvement (beyond the MCID)
	 * @param converted the client trains or trained with the practice: at least one session attended
	 */
	public record ReferredClient(@Nullable Referral referral, @Nullable UUID clientId, @Nullable String clientName,
			@Nullable ClientStatus status, int reportsSent, int measures, int improved, boolean converted) {
	}

	/** The physician's page in figures: clients referred, what was sent back, what their clients achieved. */
	public record Totals(int clients, int converted, long documentsSent, long progressReportsSent, int measures, int improved) {
	}

	private final MedicalRelationsService relations;

	private final PhysicianService physicians;

	private final ClientService clients;

	private final SessionLogService sessions;

	private final OutcomeService outcomes;

	private final AssessmentService assessment;

	private final Clock clock;

	RelationsController(MedicalRelationsService relations, PhysicianService physicians, ClientService clients,
			OutcomeService outcomes, AssessmentService assessment, SessionLogService sessions, Clock clock) {
		this.relations = relations;
		this.sessions = sessions;
		this.physicians = physicians;
		this.clients = clients;
		this.outcomes = outcomes;
		this.assessment = assessment;
		this.clock = clock;
	}

	@GetMapping("/physicians/{id}/relations")
	String physician(@PathVariable UUID id, Model model) {
		model.addAttribute("physician", physicians.find(id).orElseThrow(() -> new NotFoundException("Physician")));
		model.addAttribute("gatekeepers", relations.gatekeepers(id));
		List<Communication> communications = relations.communicationsOf(id);
		List<ReferredClient> referred = new ArrayList<>();
		Map<UUID, ReferredClient> byClient = new LinkedHashMap<>();
		int notRegistered = 0;
		for (Referral r : relations.referrals(id)) {
			if (r.clientId() == null) {
				referred.add(new ReferredClient(r, null, null, null, 0, 0, 0, false));
				notRegistered++;
			}
			else if (clients.accessTo(r.clientId()).allows(ClientAccessLevel.CLINICAL)) {
				ReferredClient row = client(r, r.clientId(), communications);
				referred.add(row);
				byClient.putIfAbsent(r.clientId(), row);
			}
		}
		for (UUID client : assessment.clientsReferredBy(id)) {
			if (!byClient.containsKey(client) && clients.accessTo(client).allows(ClientAccessLevel.CLINICAL)) {
				ReferredClient row = client(null, client, communications);
				referred.add(row);
				byClient.put(client, row);
			}
		}
		Collection<ReferredClient> each = byClient.values();
		model.addAttribute("referred", referred);
		model.addAttribute("totals", new Totals(each.size() + notRegistered, (int) each.stream().filter(ReferredClient::converted).count(),
				communications.stream().filter(c -> c.documentId() != null).count(),
				communications.stream().filter(c -> c.documentId() != null && c.kind() == CommunicationKind.PROGRESS_REPORT).count(),
				each.stream().mapToInt(ReferredClient::measures).sum(), each.stream().mapToInt(ReferredClient::improved).sum()));
		model.addAttribute("communications", communications);
		model.addAttribute("tasks", relations.tasksOf(id));
		model.addAttribute("channels", ContactChannel.values());
		model.addAttribute("kinds", List.of(CommunicationKind.CALL, CommunicationKind.VISIT, CommunicationKind.LETTER,
				CommunicationKind.THANK_YOU_LETTER));
		model.addAttribute("today", LocalDate.now(clock));
		return "reports/physician-relations";
	}

	/** A client's row: their status, the documents about them sent to this physician, their measures. */
	private ReferredClient client(@Nullable Referral referral, UUID clientId, List<Communication> communications) {
		ClientDetails details = clients.get(clientId);
		List<Outcome> measured = outcomes.outcomes(clientId);
		int sent = (int) communications.stream().filter(c -> clientId.equals(c.clientId()) && c.documentId() != null).count();
		return new ReferredClient(referral, clientId, details.fullName(), details.status(), sent, measured.size(),
				(int) measured.stream().filter(o -> o.meaningful() && o.improved()).count(), sessions.tolerance(clientId).attended() > 0);
	}

	@PostMapping("/physicians/{id}/referrals")
	String recordReferral(@PathVariable UUID id, @RequestParam(defaultValue = "") String icd10,
			@RequestParam(defaultValue = "") String reason, @RequestParam(required = false) @Nullable LocalDate receivedOn,
			RedirectAttributes flash) {
		try {
			relations.recordReferral(new Referral.Data(id, null, icd10.strip().toUpperCase(), reason,
					receivedOn == null ? LocalDate.now(clock) : receivedOn));
			flash.addFlashAttribute("message", "Referral recorded; a thank-you letter is due within two days.");
		}
		catch (FieldErrorsException ex) {
			flash.addFlashAttribute("error", "The referral's " + ex.errors().get(0).field() + " " + ex.errors().get(0).message() + ".");
		}
		return "redirect:/physicians/" + id + "/relations";
	}

	/** The referred person is registered: the referral becomes the client's (from the physician's page). */
	@PostMapping("/referrals/{id}/client")
	String linkReferral(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID clientId,
			@RequestParam(defaultValue = "0") int version, @RequestParam(required = false) @Nullable UUID physicianId,
			RedirectAttributes flash) {
		try {
			if (clientId == null) {
				throw new FieldErrorsException("clientId", "choose the client the referral is for");
			}
			Referral linked = relations.linkReferral(id, version, clientId);
			flash.addFlashAttribute("message", "The referral of " + linked.receivedOn() + " is now the client's.");
			return "redirect:/physicians/" + linked.physicianId() + "/relations";
		}
		catch (FieldErrorsException ex) {
			flash.addFlashAttribute("error", "The client: " + ex.errors().get(0).message() + ".");
		}
		catch (ConflictException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return physicianId == null ? "redirect:/physicians" : "redirect:/physicians/" + physicianId + "/relations";
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
		model.addAttribute("today", LocalDate.now(clock));
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
