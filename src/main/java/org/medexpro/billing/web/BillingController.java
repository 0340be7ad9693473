package org.medexpro.billing.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.billing.ClaimService;
import org.medexpro.billing.Coverage;
import org.medexpro.billing.CptCodes;
import org.medexpro.billing.FeeSchedule;
import org.medexpro.billing.Invoice;
import org.medexpro.billing.InvoiceRequest;
import org.medexpro.billing.InvoiceService;
import org.medexpro.billing.Membership;
import org.medexpro.billing.MembershipService;
import org.medexpro.billing.Money;
import org.medexpro.billing.Payer;
import org.medexpro.billing.PayerKind;
import org.medexpro.billing.PayerService;
import org.medexpro.billing.Payment;
import org.medexpro.billing.UnitMethod;
import org.medexpro.clients.ClientService;
import org.medexpro.security.Access;
import org.medexpro.shared.ConflictException;
import org.medexpro.shared.FieldErrorsException;
import org.medexpro.shared.NotFoundException;
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
 * The billing pages: the receivables and the monthly membership run; a client's coverages,
 * sessions to invoice, invoices and membership; an invoice with its payments, superbill
 * and claim; payers with their fees; membership plans and members.
 */
@Controller
@PreAuthorize(Access.BILLING)
class BillingController {

	private final InvoiceService invoices;

	private final PayerService payers;

	private final ClaimService claims;

	private final MembershipService memberships;

	private final MembershipRuns runs;

	private final FeeSchedule fees;

	private final CptCodes codes;

	private final ClientService clients;

	BillingController(InvoiceService invoices, PayerService payers, ClaimService claims, MembershipService memberships,
			MembershipRuns runs, FeeSchedule fees, CptCodes codes, ClientService clients) {
		this.invoices = invoices;
		this.payers = payers;
		this.claims = claims;
		this.memberships = memberships;
		this.runs = runs;
		this.fees = fees;
		this.codes = codes;
		this.clients = clients;
	}

	@GetMapping("/billing")
	String dashboard(@RequestParam(required = false) @Nullable UUID run, Model model) {
		InvoiceService.Receivables receivables = invoices.receivables();
		model.addAttribute("receivables", receivables);
		long largest = receivables.buckets().stream().mapToLong(b -> b.total().cents()).max().orElse(0);
		model.addAttribute("largestBucket", Math.max(1, largest));
		model.addAttribute("nextMonth", YearMonth.from(invoices.today()).toString());
		model.addAttribute("run", run == null ? null : runs.progress(run).orElse(null));
		return "billing/billing-dashboard";
	}

	@PostMapping("/billing/membership-runs")
	String startRun(@RequestParam(defaultValue = "") String period, RedirectAttributes flash) {
		try {
			return "redirect:/billing?run=" + runs.start(YearMonth.parse(period.strip()));
		}
		catch (DateTimeParseException ex) {
			flash.addFlashAttribute("error", "Give the month to charge, e.g. " + YearMonth.now() + ".");
			return "redirect:/billing";
		}
	}

	/** The run's progress bar, polled by the page (htmx). */
	@GetMapping("/billing/membership-runs/{id}")
	String runProgress(@PathVariable UUID id, Model model) {
		model.addAttribute("run", runs.progress(id).orElseThrow(() -> new NotFoundException("Run")));
		return "billing/billing-dashboard :: run";
	}

	@GetMapping("/billing/clients/{id}")
	String client(@PathVariable UUID id, Model model) {
		model.addAttribute("client", clients.get(id));
		List<Coverage> coverages = payers.coveragesOf(id);
		Map<UUID, List<String>> warnings = new LinkedHashMap<>();
		coverages.forEach(c -> warnings.put(c.id(), payers.warnings(c)));
		model.addAttribute("coverages", coverages);
		model.addAttribute("warnings", warnings);
		model.addAttribute("sessions", invoices.sessionsToBill(id));
		model.addAttribute("invoices", invoices.ofClient(id));
		model.addAttribute("memberships", memberships.ofClient(id));
		model.addAttribute("plans", memberships.plans().stream().filter(Membership.Plan::active).toList());
		model.addAttribute("payers", payers.payers().stream().filter(p -> !p.selfPay()).toList());
		model.addAttribute("relationships", Coverage.Relationship.values());
		return "billing/client-billing";
	}

	@PostMapping("/billing/clients/{id}/coverages")
	String addCoverage(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes flash) {
		try {
			payers.addCoverage(id, new Coverage.Data(uuid(form.getFirst("payerId")), text(form, "memberId"), text(form, "groupNumber"),
					text(form, "insuredName"), text(form, "insuredAddress"), enumValue(Coverage.Relationship.class, form.getFirst("relationship")), text(form, "claimNumber"),
					text(form, "adjusterName"), text(form, "adjusterPhone"), text(form, "adjusterEmail"), text(form, "employer"),
					date(form, "injuryDate"), text(form, "accidentState"), date(form, "eligibilityVerifiedOn"),
					text(form, "eligibilityNote"), text(form, "authorizationNumber"), number(form, "authorizedVisits"),
					date(form, "authorizedFrom"), date(form, "authorizedTo")));
			flash.addFlashAttribute("message", "Coverage recorded.");
		}
		catch (FieldErrorsException ex) {
			flash.addFlashAttribute("error", "The coverage's " + ex.errors().get(0).field() + " " + ex.errors().get(0).message() + ".");
		}
		return "redirect:/billing/clients/" + id;
	}

	@PostMapping("/billing/coverages/{id}/end")
	String endCoverage(@PathVariable UUID id, RedirectAttributes flash) {
		Coverage ended = payers.endCoverage(id);
		flash.addFlashAttribute("message", "The coverage by " + ended.payerName() + " is ended.");
		return "redirect:/billing/clients/" + ended.clientId();
	}

	@PostMapping("/billing/clients/{id}/invoices")
	String invoice(@PathVariable UUID id, @RequestParam(required = false) @Nullable List<UUID> sessionIds,
			@RequestParam(required = false) @Nullable UUID coverageId, RedirectAttributes flash) {
		try {
			Invoice invoice = invoices.invoice(id, new InvoiceRequest(sessionIds == null ? List.of() : sessionIds, coverageId));
			flash.addFlashAttribute("message", "Invoice " + invoice.number() + " of " + invoice.total() + " issued.");
			return "redirect:/billing/invoices/" + invoice.id();
		}
		catch (FieldErrorsException ex) {
			flash.addFlashAttribute("error", ex.errors().get(0).message());
		}
		catch (RuleViolationException | ConflictException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/billing/clients/" + id;
	}

	@GetMapping("/billing/invoices/{id}")
	String invoicePage(@PathVariable UUID id, Model model) {
		Invoice invoice = invoices.get(id);
		model.addAttribute("invoice", invoice);
		model.addAttribute("client", clients.get(invoice.clientId()));
		model.addAttribute("payer", payers.payer(invoice.payerId()));
		model.addAttribute("methods", Payment.Method.values());
		model.addAttribute("claim", claims.existing(id).orElse(null));
		model.addAttribute("today", invoices.today());
		return "billing/invoice-detail";
	}

	@PostMapping("/billing/invoices/{id}/payments")
	String pay(@PathVariable UUID id, @RequestParam(defaultValue = "") String amount,
			@RequestParam(defaultValue = "CARD") Payment.Method method,
			@RequestParam(required = false) @Nullable LocalDate receivedOn, @RequestParam(defaultValue = "") String reference,
			RedirectAttributes flash) {
		try {
			Invoice paid = invoices.recordPayment(id, new Payment.Data(Money.parse(amount), receivedOn,
					method, reference.isBlank() ? null : reference));
			flash.addFlashAttribute("message", "Payment recorded; the balance is " + paid.balance() + ".");
		}
		catch (IllegalArgumentException ex) {
			flash.addFlashAttribute("error", "The amount " + ex.getMessage() + ".");
		}
		catch (FieldErrorsException ex) {
			flash.addFlashAttribute("error", "The " + ex.errors().get(0).field() + " " + ex.errors().get(0).message() + ".");
		}
		catch (ConflictException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/billing/invoices/" + id;
	}

	@PostMapping("/billing/invoices/{id}/void")
	String voidInvoice(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
		try {
			invoices.voidInvoice(id, reason);
			flash.addFlashAttribute("message", "The invoice is void; its sessions can be invoiced again.");
		}
		catch (FieldErrorsException ex) {
			flash.addFlashAttribute("error", "Say why the invoice is withdrawn.");
		}
		catch (ConflictException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/billing/invoices/" + id;
	}

	@PostMapping("/billing/invoices/{id}/claims")
	String claim(@PathVariable UUID id, RedirectAttributes flash) {
		try {
			flash.addFlashAttribute("message", "Claim " + claims.claim(id).controlNumber() + " made: print the form or download the file.");
		}
		catch (RuleViolationException | ConflictException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/billing/invoices/" + id;
	}

	@GetMapping("/billing/invoices/{id}/superbill.pdf")
	ResponseEntity<byte[]> superbill(@PathVariable UUID id) {
		return file(claims.superbill(id), MediaType.APPLICATION_PDF, "superbill-" + id + ".pdf", "inline");
	}

	@GetMapping("/billing/invoices/{id}/cms1500.pdf")
	ResponseEntity<byte[]> cms1500(@PathVariable UUID id) {
		return file(claims.cms1500(id), MediaType.APPLICATION_PDF, "cms1500-" + id + ".pdf", "inline");
	}

	@GetMapping("/billing/invoices/{id}/claim.837")
	ResponseEntity<byte[]> x12(@PathVariable UUID id) {
		return file(claims.x12(id).getBytes(java.nio.charset.StandardCharsets.UTF_8), MediaType.parseMediaType("application/edi-x12"),
				"claim-" + id + ".837", "attachment");
	}

	@GetMapping("/billing/payers")
	String payers(Model model) {
		model.addAttribute("payers", payers.payers());
		model.addAttribute("kinds", java.util.Arrays.stream(PayerKind.values()).filter(k -> k != PayerKind.SELF_PAY).toList());
		model.addAttribute("methods", UnitMethod.values());
		model.addAttribute("standard", new java.util.TreeMap<>(fees.standardFees()));
		model.addAttribute("feeSource", fees.source());
		model.addAttribute("codes", codes.all());
		return "billing/payers";
	}

	@PostMapping("/billing/payers")
	String addPayer(@RequestParam MultiValueMap<String, String> form, RedirectAttributes flash) {
		try {
			Payer payer = payers.addPayer(payerData(form));
			flash.addFlashAttribute("message", payer.name() + " added.");
			return "redirect:/billing/payers/" + payer.id();
		}
		catch (FieldErrorsException ex) {
			flash.addFlashAttribute("error", "The payer's " + ex.errors().get(0).field() + " " + ex.errors().get(0).message() + ".");
			return "redirect:/billing/payers";
		}
	}

	@GetMapping("/billing/payers/{id}")
	String payer(@PathVariable UUID id, Model model) {
		model.addAttribute("payer", payers.payer(id));
		model.addAttribute("fees", payers.fees(id));
		model.addAttribute("kinds", PayerKind.values());
		model.addAttribute("methods", UnitMethod.values());
		model.addAttribute("codes", codes.all());
		model.addAttribute("standard", fees.standardFees());
		return "billing/payer-detail";
	}

	@PostMapping("/billing/payers/{id}")
	String updatePayer(@PathVariable UUID id, @RequestParam MultiValueMap<String, String> form, RedirectAttributes flash) {
		try {
			payers.updatePayer(id, number(form, "version") == null ? -1 : number(form, "version"), payerData(form));
			flash.addFlashAttribute("message", "Saved.");
		}
		catch (FieldErrorsException ex) {
			flash.addFlashAttribute("error", "The payer's " + ex.errors().get(0).field() + " " + ex.errors().get(0).message() + ".");
		}
		catch (ConflictException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/billing/payers/" + id;
	}

	@PostMapping("/billing/payers/{id}/fees")
	String setFee(@PathVariable UUID id, @RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String perUnit,
			@RequestParam(required = false) @Nullable LocalDate effectiveFrom, RedirectAttributes flash) {
		try {
			payers.setFee(id, code, effectiveFrom == null ? invoices.today() : effectiveFrom, Money.parse(perUnit));
			flash.addFlashAttribute("message", "Fee saved.");
		}
		catch (IllegalArgumentException ex) {
			flash.addFlashAttribute("error", "The fee " + ex.getMessage() + ".");
		}
		catch (FieldErrorsException ex) {
			flash.addFlashAttribute("error", "The " + ex.errors().get(0).field() + " " + ex.errors().get(0).message() + ".");
		}
		return "redirect:/billing/payers/" + id;
	}

	@GetMapping("/billing/memberships")
	String memberships(Model model) {
		model.addAttribute("plans", memberships.plans());
		model.addAttribute("members", memberships.members());
		return "billing/memberships";
	}

	@PostMapping("/billing/membership-plans")
	String addPlan(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String monthlyFee,
			@RequestParam(defaultValue = "") String includedSessions, RedirectAttributes flash) {
		try {
			Integer sessions = includedSessions.isBlank() ? null : Integer.valueOf(includedSessions.strip());
			memberships.addPlan(new Membership.PlanData(name, Money.parse(monthlyFee), sessions));
			flash.addFlashAttribute("message", "Plan added.");
		}
		catch (IllegalArgumentException ex) {
			flash.addFlashAttribute("error", "The monthly fee " + ex.getMessage() + ", and the sessions a whole number.");
		}
		catch (FieldErrorsException ex) {
			flash.addFlashAttribute("error", "The plan's " + ex.errors().get(0).field() + " " + ex.errors().get(0).message() + ".");
		}
		return "redirect:/billing/memberships";
	}

	@PostMapping("/billing/clients/{id}/memberships")
	String startMembership(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID planId,
			@RequestParam(required = false) @Nullable LocalDate startsOn, RedirectAttributes flash) {
		try {
			if (planId == null) {
				throw new FieldErrorsException("planId", "choose a plan");
			}
			memberships.start(id, planId, startsOn);
			flash.addFlashAttribute("message", "Membership started.");
		}
		catch (FieldErrorsException ex) {
			flash.addFlashAttribute("error", "Choose a membership plan.");
		}
		catch (ConflictException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/billing/clients/" + id;
	}

	@PostMapping("/billing/memberships/{id}/pause")
	String pause(@PathVariable UUID id, RedirectAttributes flash) {
		return membershipAction(() -> memberships.pause(id), flash);
	}

	@PostMapping("/billing/memberships/{id}/resume")
	String resume(@PathVariable UUID id, RedirectAttributes flash) {
		return membershipAction(() -> memberships.resume(id), flash);
	}

	@PostMapping("/billing/memberships/{id}/cancel")
	String cancel(@PathVariable UUID id, RedirectAttributes flash) {
		return membershipAction(() -> memberships.cancel(id), flash);
	}

	private String membershipAction(java.util.function.Supplier<Membership> action, RedirectAttributes flash) {
		try {
			Membership m = action.get();
			flash.addFlashAttribute("message", "The membership is " + m.status().name().toLowerCase() + ".");
			return "redirect:/billing/clients/" + m.clientId();
		}
		catch (ConflictException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
			return "redirect:/billing/memberships";
		}
	}

	private static Payer.Data payerData(MultiValueMap<String, String> form) {
		PayerKind kind = enumValue(PayerKind.class, form.getFirst("kind"));
		return new Payer.Data(form.getFirst("name") == null ? "" : form.getFirst("name"), kind,
				"true".equals(form.getFirst("acceptsPractice")), enumValue(UnitMethod.class, form.getFirst("unitMethod")),
				"true".equals(form.getFirst("electronicClaims")), text(form, "payerCode"),
				"true".equals(form.getFirst("requiresAuthorization")), text(form, "addressLine"), text(form, "city"),
				text(form, "state") == null ? null : text(form, "state").toUpperCase(), text(form, "postalCode"), text(form, "phone"),
				text(form, "notes"));
	}

	private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name, String disposition) {
		return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, disposition + "; filename=\"" + name + "\"")
			.contentType(type).body(body);
	}

	private static @Nullable String text(MultiValueMap<String, String> form, String field) {
		String value = form.getFirst(field);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static @Nullable LocalDate date(MultiValueMap<String, String> form, String field) {
		String value = text(form, field);
		try {
			return value == null ? null : LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			throw new FieldErrorsException(field, "must be a date such as 2026-12-07");
		}
	}

	private static @Nullable Integer number(MultiValueMap<String, String> form, String field) {
		String value = text(form, field);
		try {
			return value == null ? null : Integer.valueOf(value);
		}
		catch (NumberFormatException ex) {
			throw new FieldErrorsException(field, "must be a whole number");
		}
	}

	private static @Nullable UUID uuid(@Nullable String value) {
		try {
			return value == null || value.isBlank() ? null : UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static <E extends Enum<E>> @Nullable E enumValue(Class<E> type, @Nullable String value) {
		try {
			return value == null || value.isBlank() ? null : Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
