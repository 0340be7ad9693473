package org.medexpro.reports.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.clients.ClientAccessLevel;
import org.medexpro.clients.ClientService;
import org.medexpro.physicians.ContactChannel;
import org.medexpro.physicians.Communication;
import org.medexpro.physicians.CommunicationKind;
import org.medexpro.physicians.MedicalRelationsService;
import org.medexpro.physicians.Physician;
import org.medexpro.physicians.PhysicianService;
import org.medexpro.reports.Document;
import org.medexpro.reports.DocumentKind;
import org.medexpro.reports.DocumentService;
import org.medexpro.reports.ReadinessService;
import org.medexpro.reports.StatusEventService;
import org.medexpro.security.Access;
import org.medexpro.shared.ConflictException;
import org.medexpro.shared.FieldErrorsException;
import org.medexpro.shared.RuleViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The documents pages: what is due across the practice, a client's documents with the
 * readiness checklist, a document to edit, preview, sign and send, and the discharge.
 */
@Controller
@PreAuthorize(Access.CLINICAL)
class DocumentController {

	private final DocumentService documents;

	private final ReadinessService readiness;

	private final ClientService clients;

	private final PhysicianService physicians;

	private final MedicalRelationsService relations;

	private final ReportBatch batch;

	private final StatusEventService statusEvents;

	DocumentController(DocumentService documents, ReadinessService readiness, ClientService clients,
			PhysicianService physicians, MedicalRelationsService relations, ReportBatch batch, StatusEventService statusEvents) {
		this.documents = documents;
		this.readiness = readiness;
		this.clients = clients;
		this.physicians = physicians;
		this.relations = relations;
		this.batch = batch;
		this.statusEvents = statusEvents;
	}

	@GetMapping("/documents/due")
	String due(@RequestParam(required = false) @Nullable UUID batchId, Model model) {
		model.addAttribute("due", documents.due());
		model.addAttribute("batch", batchId == null ? null : batch.progress(batchId).orElse(null));
		return "reports/documents-due";
	}

	/** Drafts every progress report due, in the background, with a progress bar on the due page. */
	@PostMapping("/documents/batch")
	String startBatch() {
		return "redirect:/documents/due?batchId=" + batch.start();
	}

	/** The progress bar, polled by the due page. */
	@GetMapping("/documents/batch/{batchId}")
	String batchProgress(@PathVariable UUID batchId, Model model) {
		model.addAttribute("batch", batch.progress(batchId).orElse(null));
		return "reports/documents-due :: progress";
	}

	@GetMapping("/clients/{id}/documents")
	String ofClient(@PathVariable UUID id, Model model) {
		clients.requireAccess(id, ClientAccessLevel.CLINICAL);
		model.addAttribute("client", clients.get(id));
		model.addAttribute("documents", documents.ofClient(id));
		model.addAttribute("kinds", DocumentKind.values());
		model.addAttribute("readiness", readiness.of(id));
		model.addAttribute("communications", relations.communicationsOfClient(id));
		List<Physician> all = physicians.all();
		model.addAttribute("physicians", all);
		model.addAttribute("physicianNames", all.stream().collect(java.util.stream.Collectors.toMap(Physician::id, Physician::name)));
		model.addAttribute("visits", documents.upcomingPhysicianVisits(id));
		model.addAttribute("channels", ContactChannel.values());
		model.addAttribute("kinds", List.of(CommunicationKind.CALL, CommunicationKind.VISIT, CommunicationKind.LETTER));
		model.addAttribute("nextSteps", DocumentService.NextStep.values());
		model.addAttribute("statusEvents", statusEvents.ofClient(id));
		return "reports/client-documents";
	}

	@PostMapping("/clients/{id}/documents")
	String draft(@PathVariable UUID id, @RequestParam DocumentKind kind, @RequestParam(required = false) @Nullable UUID physicianId,
			@RequestParam(defaultValue = "") String event, RedirectAttributes flash) {
		try {
			Document document = documents.draft(id, kind, physicianId, event.isBlank() ? null : event.strip());
			flash.addFlashAttribute("message", kind.label() + " drafted from the record: read it, adjust the wording, and sign it.");
			return "redirect:/documents/" + document.id();
		}
		catch (FieldErrorsException | RuleViolationException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
			return "redirect:/clients/" + id + "/documents";
		}
	}

	@PostMapping("/clients/{id}/physician-visits")
	String physicianVisit(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID physicianId,
			@RequestParam(required = false) @Nullable LocalDate visitOn, RedirectAttributes flash) {
		try {
			if (visitOn == null) {
				throw new FieldErrorsException("visitOn", "give the date of the visit");
			}
			documents.recordPhysicianVisit(id, physicianId, visitOn);
			flash.addFlashAttribute("message", "Physician visit on " + visitOn + " recorded: the progress report is due the day before.");
		}
		catch (FieldErrorsException ex) {
			var error = ex.errors().get(0);
			flash.addFlashAttribute("error", (error.field().equals("visitOn") ? "The visit's date " : "The physician ")
					+ error.message() + ".");
		}
		return "redirect:/clients/" + id + "/documents";
	}

	/** A call, visit or letter about this client, logged with the physician's office it went to. */
	@PostMapping("/clients/{id}/communications")
	String logCommunication(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID physicianId,
			@RequestParam(required = false) @Nullable CommunicationKind kind, @RequestParam(required = false) @Nullable ContactChannel channel,
			@RequestParam(defaultValue = "") String subject, RedirectAttributes flash) {
		try {
			relations.log(new Communication.Data(physicianId, id, kind, channel, null, subject, null));
			flash.addFlashAttribute("message", "Logged.");
		}
		catch (FieldErrorsException ex) {
			flash.addFlashAttribute("error", "The " + ex.errors().get(0).field() + " " + ex.errors().get(0).message() + ".");
		}
		return "redirect:/clients/" + id + "/documents#communications";
	}

	@PostMapping("/clients/{id}/physician-visits/cancel")
	String cancelPhysicianVisit(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID visitId,
			RedirectAttributes flash) {
		try {
			documents.cancelPhysicianVisit(id, visitId);
			flash.addFlashAttribute("message", "The physician visit was taken back.");
		}
		catch (FieldErrorsException ex) {
			flash.addFlashAttribute("error", "The visit: " + ex.errors().get(0).message() + ".");
		}
		return "redirect:/clients/" + id + "/documents";
	}

	@PostMapping("/clients/{id}/hospital-stays")
	String hospitalStay(@PathVariable UUID id, @RequestParam(required = false) @Nullable LocalDate admittedOn,
			@RequestParam(required = false) @Nullable LocalDate leftOn, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes flash) {
		try {
			statusEvents.recordHospitalStay(id, admittedOn, leftOn, reason);
			flash.addFlashAttribute("message", "Hospital stay recorded: a change-in-status letter is due within 24 hours.");
		}
		catch (FieldErrorsException ex) {
			flash.addFlashAttribute("error", "The hospital stay's " + ex.errors().get(0).field() + " " + ex.errors().get(0).message() + ".");
		}
		return "redirect:/clients/" + id + "/documents";
	}

	@PostMapping("/clients/{id}/discharge")
	String discharge(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
			@RequestParam(required = false) DocumentService.@Nullable NextStep recommendation, @RequestParam(defaultValue = "") String note,
			RedirectAttributes flash) {
		try {
			if (recommendation == null) {
				throw new FieldErrorsException("recommendation", "choose the recommended next step");
			}
			Document summary = documents.discharge(id, reason, recommendation, note.isBlank() ? null : note);
			flash.addFlashAttribute("message", "Discharged. The discharge summary is drafted: read it and sign it.");
			return "redirect:/documents/" + summary.id();
		}
		catch (FieldErrorsException | RuleViolationException | ConflictException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
			return "redirect:/clients/" + id + "/documents";
		}
	}

	@GetMapping("/documents/{documentId}")
	String show(@PathVariable UUID documentId, Model model) {
		return page(documents.get(documentId), null, false, model);
	}

	@PostMapping("/documents/{documentId}")
	String save(@PathVariable UUID documentId, @RequestParam MultiValueMap<String, String> form,
			@RequestParam(defaultValue = "save") String action, @RequestParam(defaultValue = "0") int version, Model model,
			RedirectAttributes flash) {
		Document current = documents.get(documentId);
		Map<String, String> sections = new LinkedHashMap<>();
		current.kind().sectionCodes().forEach(code -> {
			String value = form.getFirst("sections." + code);
			if (value != null) {
				sections.put(code, value);
			}
		});
		try {
			Document saved = documents.update(documentId, version, sections);
			if (action.equals("sign")) {
				documents.sign(documentId, "true".equals(form.getFirst("acknowledgeLanguage")));
				flash.addFlashAttribute("message", "Signed. It will not change again; send it to the physician below.");
			}
			else {
				flash.addFlashAttribute("message", "Saved (" + saved.kind().label().toLowerCase() + ", not yet signed).");
			}
			return "redirect:/documents/" + documentId;
		}
		catch (FieldErrorsException ex) {
			return page(current, ex.errors().get(0).field() + " " + ex.errors().get(0).message(), false, model);
		}
		catch (RuleViolationException ex) {
			model.addAttribute("errorTitle", "Saved, not signed");
			return page(documents.get(documentId), ex.getMessage(), ex.rule().equals(DocumentService.OUT_OF_SCOPE_LANGUAGE), model);
		}
		catch (ConflictException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
			return "redirect:/documents/" + documentId;
		}
	}

	@PostMapping("/documents/{documentId}/send")
	String send(@PathVariable UUID documentId, @RequestParam(required = false) @Nullable ContactChannel channel,
			@RequestParam(defaultValue = "") String note, RedirectAttributes flash) {
		try {
			if (channel == null) {
				throw new FieldErrorsException("channel", "choose how it goes to the physician");
			}
			documents.send(documentId, channel, note.isBlank() ? null : note);
			flash.addFlashAttribute("message", channel == ContactChannel.EMAIL ? "Sent by e-mail with the PDF, and logged."
					: "Recorded as sent " + channel.label() + ".");
		}
		catch (FieldErrorsException | RuleViolationException | ConflictException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/documents/" + documentId;
	}

	@GetMapping(value = "/documents/{documentId}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> pdf(@PathVariable UUID documentId) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=document.pdf")
			.contentType(MediaType.APPLICATION_PDF)
			.body(documents.pdf(documentId));
	}

	@GetMapping("/reimbursement-readiness")
	String readiness(Model model) {
		model.addAttribute("all", readiness.practice());
		return "reports/readiness-list";
	}

	private String page(Document document, @Nullable String error, boolean scopeWarning, Model model) {
		model.addAttribute("document", document);
		model.addAttribute("client", clients.get(document.clientId()));
		model.addAttribute("channels", List.of(ContactChannel.EMAIL, ContactChannel.FAX, ContactChannel.MAIL, ContactChannel.HAND));
		model.addAttribute("pageError", error);
		model.addAttribute("scopeWarning", scopeWarning);
		return "reports/document-detail";
	}

}
