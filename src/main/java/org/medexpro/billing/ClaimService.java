package org.medexpro.billing;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditTrail;
import org.medexpro.billing.internal.BillingRepository;
import org.medexpro.billing.internal.BillingRepository.ClaimRow;
import org.medexpro.clients.ClientDetails;
import org.medexpro.clients.ClientService;
import org.medexpro.physicians.Physician;
import org.medexpro.physicians.PhysicianService;
import org.medexpro.security.CurrentStaff;
import org.medexpro.shared.ConflictException;
import org.medexpro.shared.PdfRenderer;
import org.medexpro.shared.RuleViolationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.context.Context;

/**
 * The documents of an invoice: the superbill a client claims with from their own insurer,
 * and, for a payer that accepts the practice, the claim as a CMS-1500 form and as an X12
 * 837P file, under one control number.
 */
@Service
public class ClaimService {

	/** 422 rule: the payer does not pay the practice: the client pays and claims with the superbill. */
	public static final String PAYER_DOES_NOT_ACCEPT = "PAYER_DOES_NOT_ACCEPT";

	/** 422 rule: a claim needs data that is not recorded yet (the client's address, the practice's NPI, ...). */
	public static final String CLAIM_INCOMPLETE = "CLAIM_INCOMPLETE";

	/** 422 rule: the payer takes paper claims only. */
	public static final String NO_ELECTRONIC_CLAIMS = "NO_ELECTRONIC_CLAIMS";

	private final InvoiceService invoices;

	private final PayerService payers;

	private final BillingRepository billing;

	private final BillingProvider provider;

	private final ClientService clients;

	private final PhysicianService physicians;

	private final PdfRenderer renderer;

	private final AuditTrail audit;

	private final Clock clock;

	private final String usage;

	private final String submitterId;

	ClaimService(InvoiceService invoices, PayerService payers, BillingRepository billing, BillingProvider provider,
			ClientService clients, PhysicianService physicians, PdfRenderer renderer, AuditTrail audit, Clock clock,
			@Value("${medex.billing.x12-usage:T}") String usage, @Value("${medex.billing.submitter-id:}") String submitterId) {
		this.invoices = invoices;
		this.payers = payers;
		this.billing = billing;
		this.provider = provider;
		this.clients = clients;
		this.physicians = physicians;
		this.renderer = renderer;
		this.audit = audit;
		this.clock = clock;
		this.usage = usage;
		this.submitterId = submitterId;
	}

	/** The claim's record for the invoice: made once, with its control number; the same one afterwards. */
	public record Claim(UUID id, UUID invoiceId, long controlNumber, OffsetDateTime createdAt) {
	}

	/**
	 * Makes the claim of an invoice to a payer that accepts the practice.
	 * @throws RuleViolationException 422 {@code PAYER_DOES_NOT_ACCEPT} when the invoice is the client's
	 */
	@Transactional
	public Claim claim(UUID invoiceId) {
		ClaimData data = data(invoiceId, null);
		Invoice invoice = data.invoice();
		Payer payer = data.payer();
		if (invoice.billTo() != Invoice.BillTo.PAYER || !payer.acceptsPractice()) {
			throw new RuleViolationException(PAYER_DOES_NOT_ACCEPT, payer.name() + " is not billed by the practice for this "
					+ "invoice: the client pays, and claims from their insurer with the superbill.");
		}
		if (invoice.status() == InvoiceStatus.VOID) {
			throw new ConflictException("The invoice is void: there is nothing to claim.");
		}
		Optional<ClaimRow> made = billing.claim(invoiceId);
		if (made.isPresent()) {
			return claim(made.get());
		}
		Map<String, String> missing = data.missingForClaim();
		if (!missing.isEmpty()) {
			throw new RuleViolationException(CLAIM_INCOMPLETE, "The claim needs " + String.join("; ", missing.values())
					+ ". Record them and make the claim again.", Map.of("missing", List.copyOf(missing.keySet())));
		}
		ClaimRow row = new ClaimRow(UUID.randomUUID(), invoiceId, billing.next("CLAIM"), OffsetDateTime.now(clock));
		billing.insertClaim(row, CurrentStaff.username());
		audit.record(AuditAction.CREATE, "Claim", row.id(), invoice.clientId(), "#" + invoice.number());
		return claim(row);
	}

	/** The claim already made for an invoice, if any. */
	@Transactional(readOnly = true)
	public Optional<Claim> existing(UUID invoiceId) {
		return billing.claim(invoiceId).map(ClaimService::claim);
	}

	private static Claim claim(ClaimRow row) {
		return new Claim(row.id(), row.invoiceId(), row.controlNumber(), row.createdAt());
	}

	/** The superbill of an invoice, as a PDF (any invoice; made for those the client pays). */
	@Transactional
	public byte[] superbill(UUID invoiceId) {
		ClaimData data = data(invoiceId, null);
		audit.record(AuditAction.READ, "Superbill", invoiceId, data.client().id(), "PDF");
		return render("billing/superbill", data);
	}

	/** The CMS-1500 form of an invoice's claim, as a PDF. */
	@Transactional
	public byte[] cms1500(UUID invoiceId) {
		ClaimData data = data(invoiceId, requireClaim(invoiceId).controlNumber());
		audit.record(AuditAction.READ, "Claim", invoiceId, data.client().id(), "CMS-1500");
		return render("billing/cms1500", data);
	}

	/** The X12 837P file of an invoice's claim, for a payer that takes electronic claims. */
	@Transactional
	public String x12(UUID invoiceId) {
		ClaimData data = data(invoiceId, requireClaim(invoiceId).controlNumber());
		if (!data.payer().electronicClaims()) {
			throw new RuleViolationException(NO_ELECTRONIC_CLAIMS, data.payer().name()
					+ " takes paper claims: print the CMS-1500 form.");
		}
		audit.record(AuditAction.READ, "Claim", invoiceId, data.client().id(), "X12 837P");
		String submitter = !submitterId.isBlank() ? submitterId : !provider.npi().isBlank() ? provider.npi() : "MEDEXPRO";
		return X12Claim.write(data, OffsetDateTime.now(clock), usage, submitter);
	}

	private ClaimRow requireClaim(UUID invoiceId) {
		return billing.claim(invoiceId)
			.orElseThrow(() -> new ConflictException("Make the claim first (POST /api/v1/invoices/{id}/claims)."));
	}

	private ClaimData data(UUID invoiceId, Long controlNumber) {
		Invoice invoice = invoices.get(invoiceId);
		Payer payer = payers.payer(invoice.payerId());
		List<Coverage> coverages = payers.coveragesOf(invoice.clientId());
		Coverage coverage = coverages.stream().filter(c -> c.id().equals(invoice.coverageId())).findFirst().orElse(null);
		Coverage other = coverages.stream()
			.filter(c -> c.active() && !c.id().equals(invoice.coverageId()) && !c.payerId().equals(Payer.SELF_PAY))
			.findFirst()
			.orElse(null);
		ClientDetails client = clients.get(invoice.clientId());
		Physician referrer = invoice.referringPhysicianId() == null ? null : physicians.find(invoice.referringPhysicianId()).orElse(null);
		return new ClaimData(invoice, provider, payer, coverage, other, client, referrer, invoices.firstVisit(invoice.clientId()),
				controlNumber);
	}

	private byte[] render(String template, ClaimData data) {
		Context context = new Context();
		context.setVariable("claim", data);
		context.setVariable("invoice", data.invoice());
		return renderer.render(template, context);
	}

}
