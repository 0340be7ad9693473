package org.medexpro.reports.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.medexpro.physicians.Communication;
import org.medexpro.physicians.ContactChannel;
import org.medexpro.reports.Document;
import org.medexpro.reports.DocumentKind;
import org.medexpro.reports.DocumentService;
import org.medexpro.reports.DueDocument;
import org.medexpro.reports.StatusEvent;
import org.medexpro.reports.StatusEventService;
import org.medexpro.security.Access;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The documents to physicians, with API.md's paths for progress reports and discharges. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize(Access.CLINICAL)
class DocumentApiController {

	record DraftRequest(@NotNull DocumentKind kind, @Nullable UUID physicianId, @Nullable @Size(max = 1000) String event) {
	}

	record ReportRequest(@Nullable UUID physicianId) {
	}

	record UpdateRequest(@NotNull Integer version, @NotNull Map<String, String> sections) {
	}

	record SignRequest(@Nullable Boolean acknowledgeLanguage) {
	}

	record SendRequest(@NotNull ContactChannel channel, @Nullable @Size(max = 2000) String note) {
	}

	record DischargeRequest(@NotBlank @Size(max = 1000) String reason, @NotNull DocumentService.NextStep recommendation,
			@Nullable @Size(max = 1000) String note) {
	}

	record VisitRequest(@Nullable UUID physicianId, @NotNull LocalDate visitOn) {
	}

	record HospitalStayRequest(@NotNull LocalDate admittedOn, @Nullable LocalDate leftOn, @Nullable @Size(max = 500) String reason) {
	}

	private final DocumentService documents;

	private final StatusEventService statusEvents;

	DocumentApiController(DocumentService documents, StatusEventService statusEvents) {
		this.documents = documents;
		this.statusEvents = statusEvents;
	}

	@PostMapping("/clients/{id}/progress-reports")
	ResponseEntity<Document> progressReport(@PathVariable UUID id, @RequestBody(required = false) @Nullable ReportRequest request) {
		return created(documents.draft(id, DocumentKind.PROGRESS_REPORT, request == null ? null : request.physicianId(), null));
	}

	@GetMapping(value = "/progress-reports/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> progressReportPdf(@PathVariable UUID id) {
		return pdf(id, DocumentKind.PROGRESS_REPORT);
	}

	@GetMapping("/progress-reports/due")
	List<DueDocument> progressReportsDue() {
		return documents.progressReportsDue();
	}

	@PostMapping("/clients/{id}/discharge")
	ResponseEntity<Document> discharge(@PathVariable UUID id, @Valid @RequestBody DischargeRequest request) {
		return created(documents.discharge(id, request.reason(), request.recommendation(), request.note()));
	}

	@GetMapping(value = "/discharges/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> dischargePdf(@PathVariable UUID id) {
		return pdf(id, DocumentKind.DISCHARGE_SUMMARY);
	}

	@PostMapping("/clients/{id}/documents")
	ResponseEntity<Document> draft(@PathVariable UUID id, @Valid @RequestBody DraftRequest request) {
		return created(documents.draft(id, request.kind(), request.physicianId(), request.event()));
	}

	@GetMapping("/clients/{id}/documents")
	List<Document> ofClient(@PathVariable UUID id) {
		return documents.ofClient(id);
	}

	@PostMapping("/clients/{id}/physician-visits")
	ResponseEntity<Void> physicianVisit(@PathVariable UUID id, @Valid @RequestBody VisitRequest request) {
		documents.recordPhysicianVisit(id, request.physicianId(), request.visitOn());
		return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/documents")).build();
	}

	/** A hospital stay of the client: a change-in-status letter is then due within 24 hours. */
	@PostMapping("/clients/{id}/hospital-stays")
	ResponseEntity<StatusEvent> hospitalStay(@PathVariable UUID id, @Valid @RequestBody HospitalStayRequest request) {
		StatusEvent stay = statusEvents.recordHospitalStay(id, request.admittedOn(), request.leftOn(), request.reason());
		return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/documents")).body(stay);
	}

	@GetMapping("/documents/due")
	List<DueDocument> due() {
		return documents.due();
	}

	@GetMapping("/documents/{id}")
	Document get(@PathVariable UUID id) {
		return documents.get(id);
	}

	@PutMapping("/documents/{id}")
	Document update(@PathVariable UUID id, @Valid @RequestBody UpdateRequest request) {
		return documents.update(id, request.version(), request.sections());
	}

	@PostMapping("/documents/{id}/sign")
	Document sign(@PathVariable UUID id, @RequestBody(required = false) @Nullable SignRequest request) {
		return documents.sign(id, request != null && Boolean.TRUE.equals(request.acknowledgeLanguage()));
	}

	@PostMapping("/documents/{id}/send")
	ResponseEntity<Communication> send(@PathVariable UUID id, @Valid @RequestBody SendRequest request) {
		Communication sent = documents.send(id, request.channel(), request.note());
		return ResponseEntity.created(URI.create("/api/v1/documents/" + id)).body(sent);
	}

	@GetMapping(value = "/documents/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	ResponseEntity<byte[]> documentPdf(@PathVariable UUID id) {
		return pdf(id, null);
	}

	/** @param kind the kind the path names, or null for any document */
	private ResponseEntity<byte[]> pdf(UUID id, @Nullable DocumentKind kind) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=document.pdf")
			.contentType(MediaType.APPLICATION_PDF)
			.body(documents.pdf(id, kind));
	}

	private static ResponseEntity<Document> created(Document document) {
		return ResponseEntity.created(URI.create("/api/v1/documents/" + document.id())).body(document);
	}

}
