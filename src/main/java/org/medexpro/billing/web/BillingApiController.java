package org.medexpro.billing.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.medexpro.billing.ClaimService;
import org.medexpro.billing.Coverage;
import org.medexpro.billing.FeeSchedule;
import org.medexpro.billing.Invoice;
import org.medexpro.billing.InvoiceRequest;
import org.medexpro.billing.InvoiceService;
import org.medexpro.billing.Membership;
import org.medexpro.billing.MembershipService;
import org.medexpro.billing.Money;
import org.medexpro.billing.Payer;
import org.medexpro.billing.PayerService;
import org.medexpro.billing.Payment;
import org.medexpro.security.Access;
import org.medexpro.shared.FieldErrorsException;
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

/**
 * Billing over the API: payers and fees, coverages, invoices from signed session logs,
 * payments, receivables, superbills and claims, memberships and their monthly run. For the
 * owner and billing staff (payers and plans are listed to every staff member).
 */
@RestController
@RequestMapping("/api/v1")
class BillingApiController {

	record PayerUpdate(@NotNull Integer version, @Valid @NotNull Payer.Data payer) {
	}

	record FeeRequest(@NotNull LocalDate effectiveFrom, @NotNull Money perUnit) {
	}

	record VoidRequest(@Nullable @Size(max = 500) String reason) {
	}

	record CoverageStatus(Coverage coverage, List<String> warnings) {
	}

	record MembershipRequest(@NotNull UUID planId, @Nullable LocalDate startsOn) {
	}

	record RunRequest(@NotNull String period) {
	}

	private final PayerService payers;

	private final InvoiceService invoices;

	private final ClaimService claims;

	private final MembershipService memberships;

	private final FeeSchedule fees;

	BillingApiController(PayerService payers, InvoiceService invoices, ClaimService claims, MembershipService memberships,
			FeeSchedule fees) {
		this.payers = payers;
		this.invoices = invoices;
		this.claims = claims;
		this.memberships = memberships;
		this.fees = fees;
	}

	@GetMapping("/payers")
	@PreAuthorize(Access.STAFF)
	List<Payer> payers() {
		return payers.payers();
	}

	@GetMapping("/payers/{id}")
	@PreAuthorize(Access.STAFF)
	Payer payer(@PathVariable UUID id) {
		return payers.payer(id);
	}

	@PostMapping("/payers")
	@PreAuthorize(Access.BILLING)
	ResponseEntity<Payer> addPayer(@RequestBody Payer.Data data) {
		Payer payer = payers.addPayer(data);
		return ResponseEntity.created(URI.create("/api/v1/payers/" + payer.id())).body(payer);
	}

	@PutMapping("/payers/{id}")
	@PreAuthorize(Access.BILLING)
	Payer updatePayer(@PathVariable UUID id, @Valid @RequestBody PayerUpdate update) {
		return payers.updatePayer(id, update.version(), update.payer());
	}

	/** The practice's standard fees per unit (billing/fee-schedule.yml), by CPT code. */
	@GetMapping("/billing/fee-schedule")
	@PreAuthorize(Access.STAFF)
	Map<String, Money> feeSchedule() {
		return new java.util.TreeMap<>(fees.standardFees());
	}

	@GetMapping("/payers/{id}/fees")
	@PreAuthorize(Access.BILLING)
	List<PayerService.PayerFee> payerFees(@PathVariable UUID id) {
		return payers.fees(id);
	}

	@PutMapping("/payers/{id}/fees/{code}")
	@PreAuthorize(Access.BILLING)
	List<PayerService.PayerFee> setFee(@PathVariable UUID id, @PathVariable String code, @Valid @RequestBody FeeRequest request) {
		payers.setFee(id, code, request.effectiveFrom(), request.perUnit());
		return payers.fees(id);
	}

	@PostMapping("/clients/{id}/coverages")
	@PreAuthorize(Access.BILLING)
	ResponseEntity<Coverage> addCoverage(@PathVariable UUID id, @RequestBody Coverage.Data data) {
		Coverage coverage = payers.addCoverage(id, data);
		return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/coverages")).body(coverage);
	}

	/** The client's coverages with the visits used and left and what to act on. */
	@GetMapping("/clients/{id}/coverages")
	@PreAuthorize(Access.BILLING)
	List<CoverageStatus> coverages(@PathVariable UUID id) {
		return payers.coveragesOf(id).stream().map(c -> new CoverageStatus(c, payers.warnings(c))).toList();
	}

	@PostMapping("/coverages/{id}/end")
	@PreAuthorize(Access.BILLING)
	Coverage endCoverage(@PathVariable UUID id) {
		return payers.endCoverage(id);
	}

	/** The client's session logs as billing sees them: signed or not, invoiced or not, covered by a membership. */
	@GetMapping("/clients/{id}/billable-sessions")
	@PreAuthorize(Access.BILLING)
	List<InvoiceService.SessionToBill> billableSessions(@PathVariable UUID id) {
		return invoices.sessionsToBill(id);
	}

	/** 201 with the invoice; 422 {@code UNSIGNED_LOG} for a log not signed. */
	@PostMapping("/clients/{id}/invoices")
	@PreAuthorize(Access.BILLING)
	ResponseEntity<Invoice> invoice(@PathVariable UUID id, @RequestBody(required = false) @Nullable InvoiceRequest request) {
		Invoice invoice = invoices.invoice(id, request == null ? new InvoiceRequest(null, null) : request);
		return ResponseEntity.created(URI.create("/api/v1/invoices/" + invoice.id())).body(invoice);
	}

	@GetMapping("/clients/{id}/invoices")
	@PreAuthorize(Access.BILLING)
	List<Invoice> invoicesOf(@PathVariable UUID id) {
		return invoices.ofClient(id);
	}

	@GetMapping("/invoices/{id}")
	@PreAuthorize(Access.BILLING)
	Invoice invoice(@PathVariable UUID id) {
		return invoices.get(id);
	}

	@PostMapping("/invoices/{id}/payments")
	@PreAuthorize(Access.BILLING)
	ResponseEntity<Invoice> pay(@PathVariable UUID id, @RequestBody Payment.Data data) {
		Invoice invoice = invoices.recordPayment(id, data);
		return ResponseEntity.created(URI.create("/api/v1/invoices/" + id)).body(invoice);
	}

	@PostMapping("/invoices/{id}/void")
	@PreAuthorize(Access.BILLING)
	Invoice voidInvoice(@PathVariable UUID id, @Valid @RequestBody VoidRequest request) {
		return invoices.voidInvoice(id, request.reason() == null ? "" : request.reason());
	}

	@GetMapping(value = "/invoices/{id}/superbill/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@PreAuthorize(Access.BILLING)
	ResponseEntity<byte[]> superbill(@PathVariable UUID id) {
		return pdf(claims.superbill(id), "superbill-" + id + ".pdf");
	}

	/** Makes the invoice's claim (once; the same control number afterwards). */
	@PostMapping("/invoices/{id}/claims")
	@PreAuthorize(Access.BILLING)
	ResponseEntity<ClaimService.Claim> claim(@PathVariable UUID id) {
		ClaimService.Claim claim = claims.claim(id);
		return ResponseEntity.created(URI.create("/api/v1/invoices/" + id + "/claim/pdf")).body(claim);
	}

	@GetMapping(value = "/invoices/{id}/claim/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
	@PreAuthorize(Access.BILLING)
	ResponseEntity<byte[]> cms1500(@PathVariable UUID id) {
		return pdf(claims.cms1500(id), "cms1500-" + id + ".pdf");
	}

	@GetMapping(value = "/invoices/{id}/claim/837p", produces = { "application/edi-x12", MediaType.TEXT_PLAIN_VALUE })
	@PreAuthorize(Access.BILLING)
	ResponseEntity<String> x12(@PathVariable UUID id) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"claim-" + id + ".837\"")
			.contentType(MediaType.parseMediaType("application/edi-x12"))
			.body(claims.x12(id));
	}

	@GetMapping("/billing/receivables")
	@PreAuthorize(Access.BILLING)
	InvoiceService.Receivables receivables() {
		return invoices.receivables();
	}

	@GetMapping("/membership-plans")
	@PreAuthorize(Access.STAFF)
	List<Membership.Plan> plans() {
		return memberships.plans();
	}

	@PostMapping("/membership-plans")
	@PreAuthorize(Access.BILLING)
	ResponseEntity<Membership.Plan> addPlan(@RequestBody Membership.PlanData data) {
		Membership.Plan plan = memberships.addPlan(data);
		return ResponseEntity.created(URI.create("/api/v1/membership-plans")).body(plan);
	}

	@PostMapping("/clients/{id}/memberships")
	@PreAuthorize(Access.BILLING)
	ResponseEntity<Membership> startMembership(@PathVariable UUID id, @Valid @RequestBody MembershipRequest request) {
		Membership membership = memberships.start(id, request.planId(), request.startsOn());
		return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/memberships")).body(membership);
	}

	@GetMapping("/clients/{id}/memberships")
	@PreAuthorize(Access.BILLING)
	List<Membership> membershipsOf(@PathVariable UUID id) {
		return memberships.ofClient(id);
	}

	@PostMapping("/memberships/{id}/pause")
	@PreAuthorize(Access.BILLING)
	Membership pause(@PathVariable UUID id) {
		return memberships.pause(id);
	}

	@PostMapping("/memberships/{id}/resume")
	@PreAuthorize(Access.BILLING)
	Membership resume(@PathVariable UUID id) {
		return memberships.resume(id);
	}

	@PostMapping("/memberships/{id}/cancel")
	@PreAuthorize(Access.BILLING)
	Membership cancel(@PathVariable UUID id) {
		return memberships.cancel(id);
	}

	/** Charges every active membership for the month (e.g. "2026-12"), each once however often it runs. */
	@PostMapping("/billing/membership-runs")
	@PreAuthorize(Access.BILLING)
	MembershipService.RunResult run(@Valid @RequestBody RunRequest request) {
		YearMonth month;
		try {
			month = YearMonth.parse(request.period());
		}
		catch (DateTimeParseException ex) {
			throw new FieldErrorsException("period", "give the month as 2026-12");
		}
		return memberships.monthlyRun(month, done -> {
		});
	}

	private static ResponseEntity<byte[]> pdf(byte[] pdf, String name) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + "\"")
			.contentType(MediaType.APPLICATION_PDF)
			.body(pdf);
	}

}
