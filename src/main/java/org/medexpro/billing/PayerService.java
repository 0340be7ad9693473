package org.medexpro.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditTrail;
import org.medexpro.billing.internal.BillingRepository;
import org.medexpro.billing.internal.BillingRepository.CoverageRow;
import org.medexpro.billing.internal.BillingRepository.PayerRow;
import org.medexpro.clients.ClientAccessLevel;
import org.medexpro.clients.ClientStatus;
import org.medexpro.clients.ClientStatusChanged;
import org.medexpro.clients.ClientService;
import org.medexpro.security.CurrentStaff;
import org.medexpro.shared.ConflictException;
import org.medexpro.shared.FieldErrorsException;
import org.medexpro.shared.NotFoundException;
import org.medexpro.shared.PracticeTime;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payers with their rules and fees, and each client's coverage: eligibility, the claim and
 * its adjuster, the pre-authorisation with the visits used and left, and its warnings.
 */
@Service
public class PayerService {

	/** Warn when an authorisation ends within this many days. */
	static final int EXPIRY_WARNING_DAYS = 14;

	/** Warn when this few authorised visits are left. */
	static final int FEW_VISITS_LEFT = 2;

	private final BillingRepository billing;

	private final CptCodes codes;

	private final ClientService clients;

	private final AuditTrail audit;

	private final Validator validator;

	private final PracticeTime time;

	private final Clock clock;

	PayerService(BillingRepository billing, CptCodes codes, ClientService clients, AuditTrail audit, Validator validator,
			PracticeTime time, Clock clock) {
		this.billing = billing;
		this.codes = codes;
		this.clients = clients;
		this.audit = audit;
		this.validator = validator;
		this.time = time;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Payer> payers() {
		return billing.payers().stream().map(PayerService::payer).toList();
	}

	@Transactional(readOnly = true)
	public Payer payer(UUID id) {
		return billing.payer(id).map(PayerService::payer).orElseThrow(() -> new NotFoundException("Payer"));
	}

	@Transactional
	public Payer addPayer(Payer.Data data) {
		FieldErrorsException.requireValid(validator, data);
		if (data.kind() == PayerKind.SELF_PAY) {
			throw new FieldErrorsException("kind", "the practice has its self-pay payer already");
		}
		UUID id = UUID.randomUUID();
		billing.insertPayer(row(id, data, 0), now(), CurrentStaff.username());
		audit.record(AuditAction.CREATE, "Payer", id, null, data.name());
		return payer(id);
	}

	/** @throws ConflictException when someone else changed the payer since {@code version} */
	@Transactional
	public Payer updatePayer(UUID id, int version, Payer.Data data) {
		FieldErrorsException.requireValid(validator, data);
		Payer current = payer(id);
		if (current.selfPay() != (data.kind() == PayerKind.SELF_PAY)) {
			throw new FieldErrorsException("kind", "the self-pay payer stays self-pay, and no other becomes it");
		}
		if (!billing.updatePayer(row(id, data, version), version)) {
			throw new ConflictException("The payer was changed meanwhile. Reload and try again.");
		}
		audit.record(AuditAction.UPDATE, "Payer", id, null, data.name());
		return payer(id);
	}

	/** A payer's own fee for a code from a date (per unit). */
	@Transactional
	public void setFee(UUID payerId, String code, LocalDate from, Money perUnit) {
		payer(payerId);
		if (codes.find(code).isEmpty()) {
			throw new FieldErrorsException("code", "is not a code the practice bills (GET /api/v1/billing/codes)");
		}
		if (perUnit.isNegative()) {
			throw new FieldErrorsException("perUnit", "must not be negative");
		}
		billing.saveFee(payerId, code, from, perUnit.cents());
		audit.record(AuditAction.UPDATE, "PayerFee", payerId, null, code + " from " + from + ": " + perUnit.plain());
	}

	/** A payer's own fees, by code and date. */
	public record PayerFee(String code, LocalDate effectiveFrom, Money perUnit) {
	}

	@Transactional(readOnly = true)
	public List<PayerFee> fees(UUID payerId) {
		payer(payerId);
		return billing.fees(payerId).stream().map(f -> new PayerFee(f.cptCode(), f.effectiveFrom(), Money.ofCents(f.amountCents()))).toList();
	}

	/** Records who pays for the client's episode. */
	@Transactional
	public Coverage addCoverage(UUID clientId, Coverage.Data data) {
		clients.requireAccess(clientId, ClientAccessLevel.CONTACT);
		FieldErrorsException.requireValid(validator, data);
		Payer payer = billing.payer(data.payerId()).map(PayerService::payer)
			.orElseThrow(() -> new FieldErrorsException("payerId", "is not a payer of the practice"));
		if (data.authorizedFrom() != null && data.authorizedTo() != null && data.authorizedTo().isBefore(data.authorizedFrom())) {
			throw new FieldErrorsException("authorizedTo", "must not be before the authorisation's first day");
		}
		if (payer.kind() == PayerKind.WORKERS_COMP && (data.claimNumber() == null || data.claimNumber().isBlank())) {
			throw new FieldErrorsException("claimNumber", "workers' compensation needs the carrier's claim number");
		}
		UUID id = UUID.randomUUID();
		billing.insertCoverage(new CoverageRow(id, clientId, payer.id(), data.memberId(), data.groupNumber(), data.insuredName(), data.insuredAddress(),
				(data.relationship() == null ? Coverage.Relationship.SELF : data.relationship()).name(), data.claimNumber(),
				data.adjusterName(), data.adjusterPhone(), data.adjusterEmail(), data.employer(), data.injuryDate(),
				data.accidentState(), data.eligibilityVerifiedOn(), data.eligibilityNote(), data.authorizationNumber(),
				data.authorizedVisits(), data.authorizedFrom(), data.authorizedTo(), true, 0), now(), CurrentStaff.username());
		audit.record(AuditAction.CREATE, "Coverage", id, clientId, payer.name());
		return coverage(billing.coverage(id).orElseThrow());
	}

	@Transactional
	public List<Coverage> coveragesOf(UUID clientId) {
		clients.requireAccess(clientId, ClientAccessLevel.CONTACT);
		audit.record(AuditAction.READ, "Coverage", null, clientId, "client's coverages");
		return billing.coveragesOf(clientId).stream().map(this::coverage).toList();
	}

	@Transactional
	public Coverage endCoverage(UUID coverageId) {
		CoverageRow row = billing.coverage(coverageId).orElseThrow(() -> new NotFoundException("Coverage"));
		clients.requireAccess(row.clientId(), ClientAccessLevel.CONTACT);
		billing.endCoverage(coverageId);
		audit.record(AuditAction.UPDATE, "Coverage", coverageId, row.clientId(), "ended");
		return coverage(billing.coverage(coverageId).orElseThrow());
	}

	/**
	 * Ends the client's coverages when their episode ends (a discharge): eligibility and a
	 * pre-authorisation hold for an episode, and a client who comes back is verified again.
	 * Part of the transaction that discharges them.
	 */
	@EventListener
	void on(ClientStatusChanged event) {
		if (event.to() != ClientStatus.DISCHARGED) {
			return;
		}
		for (CoverageRow row : billing.coveragesOf(event.clientId())) {
			if (row.active()) {
				billing.endCoverage(row.id());
				audit.record(AuditAction.UPDATE, "Coverage", row.id(), row.clientId(), "ended with the episode (discharged)");
			}
		}
	}

	/** The coverage an invoice may use, checked to belong to the client. */
	Coverage coverageOf(UUID clientId, UUID coverageId) {
		return billing.coverage(coverageId).filter(c -> c.clientId().equals(clientId) && c.active()).map(this::coverage)
			.orElseThrow(() -> new FieldErrorsException("coverageId", "is not an active coverage of this client"));
	}

	/** What the front desk and billing should act on: an authorisation running out, or over. */
	public List<String> warnings(Coverage coverage) {
		List<String> warnings = new ArrayList<>();
		LocalDate today = LocalDate.now(clock.withZone(time.zone()));
		if (coverage.authorizedTo() != null) {
			if (coverage.authorizedTo().isBefore(today)) {
				warnings.add("The authorisation ended on " + coverage.authorizedTo() + ": ask the payer for a new one.");
			}
			else if (!coverage.authorizedTo().isAfter(today.plusDays(EXPIRY_WARNING_DAYS))) {
				warnings.add("The authorisation ends on " + coverage.authorizedTo() + ": ask for an extension now.");
			}
		}
		Integer left = coverage.visitsLeft();
		if (left != null) {
			if (left == 0) {
				warnings.add("All " + coverage.authorizedVisits() + " authorised visits are used.");
			}
			else if (left <= FEW_VISITS_LEFT) {
				warnings.add("Only " + left + " of " + coverage.authorizedVisits() + " authorised visits left.");
			}
		}
		return warnings;
	}

	private Coverage coverage(CoverageRow c) {
		String payerName = billing.payer(c.payerId()).map(PayerRow::name).orElse("?");
		int used = billing.visitsUsed(c.id(), c.authorizedFrom(), c.authorizedTo());
		return new Coverage(c.id(), c.clientId(), c.payerId(), payerName, c.memberId(), c.groupNumber(), c.insuredName(), c.insuredAddress(),
				Coverage.Relationship.valueOf(c.relationship()), c.claimNumber(), c.adjusterName(), c.adjusterPhone(),
				c.adjusterEmail(), c.employer(), c.injuryDate(), c.accidentState(), c.eligibilityVerifiedOn(),
				c.eligibilityNote(), c.authorizationNumber(), c.authorizedVisits(), c.authorizedFrom(), c.authorizedTo(),
				c.active(), used, c.version());
	}

	static Payer payer(PayerRow p) {
		return new Payer(p.id(), p.name(), PayerKind.valueOf(p.kind()), p.acceptsPractice(), UnitMethod.valueOf(p.unitMethod()),
				p.electronicClaims(), p.payerCode(), p.requiresAuthorization(), p.addressLine(), p.city(), p.state(),
				p.postalCode(), p.phone(), p.notes(), p.version());
	}

	private static PayerRow row(UUID id, Payer.Data d, int version) {
		return new PayerRow(id, d.name().strip(), d.kind().name(), d.acceptsPractice(),
				(d.unitMethod() == null ? UnitMethod.CMS : d.unitMethod()).name(), Boolean.TRUE.equals(d.electronicClaims()),
				blank(d.payerCode()), Boolean.TRUE.equals(d.requiresAuthorization()), blank(d.addressLine()), blank(d.city()),
				blank(d.state()), blank(d.postalCode()), blank(d.phone()), blank(d.notes()), version);
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
