package org.medexpro.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.medexpro.assessment.AssessmentService;
import org.medexpro.assessment.BillingFacts;
import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditTrail;
import org.medexpro.billing.internal.BillingRepository;
import org.medexpro.billing.internal.BillingRepository.InvoiceRow;
import org.medexpro.billing.internal.BillingRepository.LineRow;
import org.medexpro.billing.internal.BillingRepository.PaymentRow;
import org.medexpro.billing.internal.BillingRepository.Receivable;
import org.medexpro.clients.ClientAccessLevel;
import org.medexpro.clients.ClientListItem;
import org.medexpro.clients.ClientService;
import org.medexpro.security.CurrentStaff;
import org.medexpro.sessions.Attendance;
import org.medexpro.sessions.BillableSession;
import org.medexpro.sessions.ServiceKind;
import org.medexpro.sessions.SessionLogService;
import org.medexpro.shared.ConflictException;
import org.medexpro.shared.FieldErrorsException;
import org.medexpro.shared.NotFoundException;
import org.medexpro.shared.PracticeTime;
import org.medexpro.shared.RuleViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoices from signed session logs (never from unsigned ones), coded by the payer's unit
 * method day by day and priced by its fees; payments and balances; the receivables by age.
 * Every invoice names a client, so every read and write is audited.
 */
@Service
public class InvoiceService {

	/** 422 rule: a session log must be signed before it is invoiced. */
	public static final String UNSIGNED_LOG = "UNSIGNED_LOG";

	/** 422 rule: nothing billable in what was asked for. */
	public static final String NOTHING_TO_INVOICE = "NOTHING_TO_INVOICE";

	/** 422 rule: the payer needs a pre-authorisation that covers these visits. */
	public static final String AUTHORIZATION_REQUIRED = "AUTHORIZATION_REQUIRED";

	/** 422 rule: a payer billed directly needs the episode's ICD-10-CM code. */
	public static final String DIAGNOSIS_CODE_REQUIRED = "DIAGNOSIS_CODE_REQUIRED";

	/** Days an invoice is due in. */
	static final int DUE_DAYS = 30;

	/** The CMS-1500 takes twelve diagnosis codes (A-L). */
	static final int MOST_DIAGNOSIS_CODES = 12;

	private final BillingRepository billing;

	private final PayerService payers;

	private final MembershipCoverage memberships;

	private final CptCodes codes;

	private final FeeSchedule fees;

	private final ClientService clients;

	private final SessionLogService sessions;

	private final AssessmentService assessment;

	private final AuditTrail audit;

	private final Validator validator;

	private final PracticeTime time;

	private final Clock clock;

	InvoiceService(BillingRepository billing, PayerService payers, MembershipCoverage memberships, CptCodes codes,
			FeeSchedule fees, ClientService clients, SessionLogService sessions, AssessmentService assessment,
			AuditTrail audit, Validator validator, PracticeTime time, Clock clock) {
		this.billing = billing;
		this.payers = payers;
		this.memberships = memberships;
		this.codes = codes;
		this.fees = fees;
		this.clients = clients;
		this.sessions = sessions;
		this.assessment = assessment;
		this.audit = audit;
		this.validator = validator;
		this.time = time;
		this.clock = clock;
	}

	/** A session log as the billing page lists it. */
	public record SessionToBill(BillableSession session, boolean invoiced, boolean coveredByMembership) {

		/** Signed, attended, not invoiced, not covered by a membership. */
		public boolean billable() {
			return session.signed() && session.attendance() == Attendance.ATTENDED && !invoiced && !coveredByMembership;
		}

	}

	/** The client's session logs, newest first, with whether each is invoiced or covered by the membership. */
	@Transactional
	public List<SessionToBill> sessionsToBill(UUID clientId) {
		List<BillableSession> all = sessions.billable(clientId);
		Set<UUID> invoiced = new HashSet<>(billing.invoiced(all.stream().map(BillableSession::id).toList()));
		Set<UUID> covered = memberships.covered(clientId, all);
		return all.stream().map(s -> new SessionToBill(s, invoiced.contains(s.id()), covered.contains(s.id()))).toList();
	}

	/**
	 * Invoices signed session logs of a client.
	 * @throws RuleViolationException 422 {@code UNSIGNED_LOG}, {@code NOTHING_TO_INVOICE},
	 * {@code AUTHORIZATION_REQUIRED} or {@code DIAGNOSIS_CODE_REQUIRED}
	 * @throws ConflictException 409 when a session is invoiced already
	 */
	@Transactional
	public Invoice invoice(UUID clientId, InvoiceRequest request) {
		FieldErrorsException.requireValid(validator, request);
		clients.requireAccess(clientId, ClientAccessLevel.CONTACT);
		List<SessionToBill> known = sessionsToBill(clientId);
		List<BillableSession> chosen = chosen(request, known);
		Coverage coverage = request.coverageId() == null ? null : payers.coverageOf(clientId, request.coverageId());
		Payer payer = payers.payer(coverage == null ? Payer.SELF_PAY : coverage.payerId());
		Invoice.BillTo billTo = coverage != null && payer.acceptsPractice() && !payer.selfPay() ? Invoice.BillTo.PAYER
				: Invoice.BillTo.CLIENT;
		BillingFacts facts = assessment.billingFacts(clientId);
		if (billTo == Invoice.BillTo.PAYER) {
			requireAuthorized(payer, coverage, chosen);
			if (facts.icd10Codes().isEmpty()) {
				throw new RuleViolationException(DIAGNOSIS_CODE_REQUIRED, payer.name() + " needs the ICD-10-CM code of the "
						+ "referral: record it on the client's condition before invoicing.");
			}
		}
		List<LineRow> lines = new ArrayList<>();
		UUID id = UUID.randomUUID();
		List<BillableSession> invoicedBefore = known.stream().filter(SessionToBill::invoiced).map(SessionToBill::session).toList();
		for (Map.Entry<LocalDate, Map<String, Integer>> day : minutesByDay(chosen).entrySet()) {
			Map<String, Integer> newMinutes = day.getValue();
			newUnitsOfDay(clientId, day.getKey(), newMinutes, invoicedBefore, payer.unitMethod()).forEach((code, units) -> {
				Money price = fees.fee(payer.id(), code, day.getKey());
				lines.add(new LineRow(id, lines.size() + 1, day.getKey(), code, codes.find(code).orElseThrow().name(),
						newMinutes.getOrDefault(code, 0), units, price.cents(), price.times(units).cents()));
			});
		}
		if (lines.isEmpty()) {
			throw new RuleViolationException(NOTHING_TO_INVOICE, "The sessions' minutes make no billable unit ("
					+ payer.unitMethod().label() + "): nothing was invoiced.");
		}
		Invoice invoice = view(issue(id, clientId, payer, coverage, billTo, lines, chosen.stream().map(BillableSession::id).toList(), facts));
		audit.record(AuditAction.CREATE, "Invoice", id, clientId, "#" + invoice.number() + " " + invoice.total().plain());
		return invoice;
	}

	/** Stores an invoice with its lines (and the sessions it bills), numbered in order. */
	InvoiceRow issue(UUID id, UUID clientId, Payer payer, @Nullable Coverage coverage, Invoice.BillTo billTo, List<LineRow> lines,
			List<UUID> sessionIds, @Nullable BillingFacts facts) {
		LocalDate today = today();
		long total = 0;
		for (LineRow line : lines) {
			total = Math.addExact(total, line.amountCents());
		}
		List<String> icd10 = facts == null ? List.of() : facts.icd10Codes().stream().limit(MOST_DIAGNOSIS_CODES).toList();
		InvoiceRow row = new InvoiceRow(id, billing.next("INVOICE"), clientId, payer.id(), coverage == null ? null : coverage.id(),
				billTo.name(), today, today.plusDays(DUE_DAYS), InvoiceStatus.OPEN.name(), total,
				icd10.isEmpty() ? null : String.join(",", icd10), facts == null ? null : facts.referringPhysicianId(), null, 0);
		try {
			billing.insertInvoice(row, lines, sessionIds, now(), CurrentStaff.username());
		}
		catch (DataIntegrityViolationException ex) {
			throw new ConflictException("One of these sessions was invoiced meanwhile. Reload and try again.");
		}
		return row;
	}

	@Transactional
	public Invoice get(UUID id) {
		InvoiceRow row = billing.invoice(id).orElseThrow(() -> new NotFoundException("Invoice"));
		clients.requireAccess(row.clientId(), ClientAccessLevel.CONTACT);
		audit.record(AuditAction.READ, "Invoice", id, row.clientId(), null);
		return view(row);
	}

	@Transactional
	public List<Invoice> ofClient(UUID clientId) {
		clients.requireAccess(clientId, ClientAccessLevel.CONTACT);
		audit.record(AuditAction.READ, "Invoice", null, clientId, "client's invoices");
		return billing.invoicesOf(clientId).stream().map(this::view).toList();
	}

	/** The client's first day of training attended (CMS-1500 item 15, qualifier 454), if any. */
	@Transactional
	public @Nullable LocalDate firstVisit(UUID clientId) {
		return sessions.billable(clientId).stream()
			.filter(s -> s.attendance() == Attendance.ATTENDED)
			.map(BillableSession::serviceDate)
			.min(LocalDate::compareTo)
			.orElse(null);
	}

	/** The sessions an invoice bills. */
	@Transactional(readOnly = true)
	public List<UUID> sessionsOf(UUID invoiceId) {
		return billing.sessionsOf(invoiceId);
	}

	/**
	 * Records a payment; the invoice is paid when nothing is left.
	 * @throws FieldErrorsException naming {@code amount} when it is not positive or more than the balance
	 */
	@Transactional
	public Invoice recordPayment(UUID invoiceId, Payment.Data data) {
		FieldErrorsException.requireValid(validator, data);
		InvoiceRow row = billing.lockInvoice(invoiceId).orElseThrow(() -> new NotFoundException("Invoice"));
		clients.requireAccess(row.clientId(), ClientAccessLevel.CONTACT);
		if (!row.status().equals(InvoiceStatus.OPEN.name())) {
			throw new ConflictException("The invoice is " + InvoiceStatus.valueOf(row.status()).label().toLowerCase()
					+ ": it takes no payment.");
		}
		Money balance = Money.ofCents(row.totalCents() - billing.paidCents(invoiceId));
		if (!data.amount().isPositive()) {
			throw new FieldErrorsException("amount", "must be more than 0.00");
		}
		if (data.amount().compareTo(balance) > 0) {
			throw new FieldErrorsException("amount", "is more than the balance of " + balance);
		}
		LocalDate received = data.receivedOn() == null ? today() : data.receivedOn();
		if (received.isAfter(today())) {
			throw new FieldErrorsException("receivedOn", "must not be in the future");
		}
		billing.insertPayment(new PaymentRow(UUID.randomUUID(), invoiceId, data.amount().cents(), received, data.method().name(),
				blank(data.reference()), CurrentStaff.username()), now());
		if (data.amount().equals(balance)) {
			billing.setStatus(invoiceId, InvoiceStatus.OPEN.name(), InvoiceStatus.PAID.name(), null);
		}
		audit.record(AuditAction.UPDATE, "Invoice", invoiceId, row.clientId(), "payment " + data.amount().plain());
		return view(billing.invoice(invoiceId).orElseThrow());
	}

	/** Withdraws an unpaid invoice; its sessions can be invoiced again. */
	@Transactional
	public Invoice voidInvoice(UUID invoiceId, String reason) {
		if (reason == null || reason.isBlank() || reason.length() > 500) {
			throw new FieldErrorsException("reason", "say why the invoice is withdrawn (at most 500 characters)");
		}
		InvoiceRow row = billing.lockInvoice(invoiceId).orElseThrow(() -> new NotFoundException("Invoice"));
		clients.requireAccess(row.clientId(), ClientAccessLevel.CONTACT);
		if (billing.paidCents(invoiceId) > 0) {
			throw new ConflictException("A payment was recorded against this invoice: refund it first.");
		}
		if (billing.claim(invoiceId).isPresent()) {
			throw new ConflictException("A claim was made for this invoice: send the payer a void claim instead.");
		}
		if (!billing.setStatus(invoiceId, InvoiceStatus.OPEN.name(), InvoiceStatus.VOID.name(), reason.strip())) {
			throw new ConflictException("Only an open invoice can be withdrawn.");
		}
		billing.releaseSessions(invoiceId);
		audit.record(AuditAction.UPDATE, "Invoice", invoiceId, row.clientId(), "void");
		return view(billing.invoice(invoiceId).orElseThrow());
	}

	/** The receivables by age since the invoice date (0-30, 31-60, 61-90, over 90 days). */
	public record Receivables(List<Bucket> buckets, List<Item> items, Money total) {

		public record Bucket(String label, int count, Money total) {
		}

		public record Item(UUID invoiceId, long number, String clientName, String payerName, LocalDate issuedOn, long days,
				Money balance) {
		}

	}

	@Transactional
	public Receivables receivables() {
		LocalDate today = today();
		List<Receivable> open = billing.receivables();
		Map<UUID, ClientListItem> names = clients.listed(open.stream().map(Receivable::clientId).toList());
		Map<UUID, String> payerNames = new LinkedHashMap<>();
		payers.payers().forEach(p -> payerNames.put(p.id(), p.name()));
		String[] labels = { "0-30 days", "31-60 days", "61-90 days", "Over 90 days" };
		long[] totals = new long[4];
		int[] counts = new int[4];
		List<Receivables.Item> items = new ArrayList<>();
		long total = 0;
		for (Receivable r : open) {
			long balance = r.totalCents() - r.paidCents();
			long days = ChronoUnit.DAYS.between(r.issuedOn(), today);
			int bucket = days <= 30 ? 0 : days <= 60 ? 1 : days <= 90 ? 2 : 3;
			totals[bucket] += balance;
			counts[bucket]++;
			total += balance;
			ClientListItem client = names.get(r.clientId());
			items.add(new Receivables.Item(r.invoiceId(), r.number(), client == null ? "A client" : client.fullName(),
					payerNames.getOrDefault(r.payerId(), "?"), r.issuedOn(), days, Money.ofCents(balance)));
		}
		List<Receivables.Bucket> buckets = new ArrayList<>();
		for (int i = 0; i < 4; i++) {
			buckets.add(new Receivables.Bucket(labels[i], counts[i], Money.ofCents(totals[i])));
		}
		return new Receivables(buckets, items, Money.ofCents(total));
	}

	private List<BillableSession> chosen(InvoiceRequest request, List<SessionToBill> known) {
		if (request.sessionIds() == null || request.sessionIds().isEmpty()) {
			List<BillableSession> all = known.stream().filter(SessionToBill::billable).map(SessionToBill::session).toList();
			if (all.isEmpty()) {
				throw new RuleViolationException(NOTHING_TO_INVOICE, "No signed session log of a session attended is left to invoice.");
			}
			return all;
		}
		Map<UUID, SessionToBill> byId = new LinkedHashMap<>();
		known.forEach(s -> byId.put(s.session().id(), s));
		List<BillableSession> chosen = new ArrayList<>();
		for (int i = 0; i < request.sessionIds().size(); i++) {
			SessionToBill s = byId.get(request.sessionIds().get(i));
			String field = "sessionIds[" + i + "]";
			if (s == null) {
				throw new FieldErrorsException(field, "is not a session log of this client");
			}
			if (!s.session().signed()) {
				throw new RuleViolationException(UNSIGNED_LOG, "The session log of " + s.session().serviceDate()
						+ " is not signed: invoices are made from signed logs only. Ask " + s.session().author() + " to sign it.",
						Map.of("sessionId", s.session().id()));
			}
			if (s.session().attendance() != Attendance.ATTENDED) {
				throw new FieldErrorsException(field, "the client did not come to this session: nothing to bill");
			}
			if (s.invoiced()) {
				throw new ConflictException("The session of " + s.session().serviceDate() + " is invoiced already.");
			}
			if (s.coveredByMembership()) {
				throw new FieldErrorsException(field, "is included in the client's membership");
			}
			chosen.add(s.session());
		}
		return chosen;
	}

	/**
	 * The units a day's new sessions add. The 8-minute rule counts all of a day's timed minutes
	 * together, so the day is coded whole, with its sessions invoiced before, and what those
	 * invoices billed already is taken off: two 10-minute sessions on one day are one unit,
	 * whether they are invoiced together or apart. No code goes past its units a day (MUE).
	 */
	private Map<String, Integer> newUnitsOfDay(UUID clientId, LocalDate day, Map<String, Integer> newMinutes,
			List<BillableSession> invoicedBefore, UnitMethod method) {
		Map<String, Integer> dayMinutes = new TreeMap<>(newMinutes);
		minutesByDay(invoicedBefore.stream().filter(s -> s.serviceDate().equals(day)).toList())
			.getOrDefault(day, Map.of())
			.forEach((code, minutes) -> dayMinutes.merge(code, minutes, Integer::sum));
		Map<String, Integer> billed = billing.billedUnits(clientId, day);
		Map<String, Integer> allowed = new LinkedHashMap<>();
		codes.code(dayMinutes, method).units().forEach((code, units) -> {
			Integer cap = codes.find(code).orElseThrow().maxUnitsPerDay();
			allowed.put(code, cap == null ? units : Math.min(units, cap));
		});
		// The day's timed units in all bound what is added, whichever code an earlier invoice billed them under.
		int timedRoom = timedUnits(allowed) - timedUnits(billed);
		Map<String, Integer> added = new TreeMap<>();
		for (Map.Entry<String, Integer> code : allowed.entrySet()) {
			boolean timed = codes.find(code.getKey()).orElseThrow().timed();
			int more = code.getValue() - billed.getOrDefault(code.getKey(), 0);
			if (timed) {
				more = Math.min(more, timedRoom);
			}
			if (more > 0) {
				added.put(code.getKey(), more);
				timedRoom -= timed ? more : 0;
			}
		}
		return added;
	}

	private int timedUnits(Map<String, Integer> units) {
		return units.entrySet().stream()
			.filter(u -> codes.find(u.getKey()).map(CptCode::timed).orElse(false))
			.mapToInt(Map.Entry::getValue)
			.sum();
	}

	/** The CPT minutes of each date of service (the 8-minute rule counts a day's timed minutes together). */
	private Map<LocalDate, Map<String, Integer>> minutesByDay(List<BillableSession> chosen) {
		Map<LocalDate, Map<String, Integer>> days = new TreeMap<>();
		for (BillableSession s : chosen) {
			for (Map.Entry<ServiceKind, Integer> m : s.minutes().entrySet()) {
				if (m.getValue() > 0) {
					days.computeIfAbsent(s.serviceDate(), d -> new TreeMap<>())
						.merge(codes.forKind(m.getKey()).code(), m.getValue(), Integer::sum);
				}
			}
		}
		return days;
	}

	private void requireAuthorized(Payer payer, Coverage coverage, List<BillableSession> chosen) {
		if (!payer.requiresAuthorization()) {
			return;
		}
		List<String> problems = new ArrayList<>();
		if (coverage.authorizationNumber() == null) {
			problems.add("no authorisation number is recorded on the coverage");
		}
		long visits = chosen.stream().map(BillableSession::serviceDate).distinct().count();
		Integer left = coverage.visitsLeft();
		if (left != null && visits > left) {
			problems.add(visits + " visits asked for, " + left + " of " + coverage.authorizedVisits() + " authorised visits left");
		}
		for (BillableSession s : chosen) {
			if ((coverage.authorizedFrom() != null && s.serviceDate().isBefore(coverage.authorizedFrom()))
					|| (coverage.authorizedTo() != null && s.serviceDate().isAfter(coverage.authorizedTo()))) {
				problems.add("the session of " + s.serviceDate() + " is outside the authorised dates");
			}
		}
		if (!problems.isEmpty()) {
			throw new RuleViolationException(AUTHORIZATION_REQUIRED, payer.name() + " needs a pre-authorisation: "
					+ String.join("; ", problems) + ".", Map.of("problems", problems));
		}
	}

	Invoice view(InvoiceRow row) {
		List<Invoice.Line> lines = billing.lines(row.id()).stream()
			.map(l -> new Invoice.Line(l.lineNo(), l.serviceDate(), l.cptCode(), l.description(), l.minutes(), l.units(),
					Money.ofCents(l.unitPriceCents()), Money.ofCents(l.amountCents())))
			.toList();
		List<Payment> paid = billing.payments(row.id()).stream()
			.map(p -> new Payment(p.id(), p.invoiceId(), Money.ofCents(p.amountCents()), p.receivedOn(),
					Payment.Method.valueOf(p.method()), p.reference(), p.recordedBy()))
			.toList();
		Money paidTotal = paid.stream().map(Payment::amount).reduce(Money.ZERO, Money::plus);
		String payerName = billing.payer(row.payerId()).map(BillingRepository.PayerRow::name).orElse("?");
		return new Invoice(row.id(), row.number(), row.clientId(), row.payerId(), payerName, row.coverageId(),
				Invoice.BillTo.valueOf(row.billTo()), row.issuedOn(), row.dueOn(), InvoiceStatus.valueOf(row.status()),
				Money.ofCents(row.totalCents()), paidTotal,
				row.icd10Codes() == null ? List.of() : List.of(row.icd10Codes().split(",")), row.referringPhysicianId(), lines,
				paid, row.voidReason(), row.version());
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** The practice's date today (pages default their dates to it). */
	public LocalDate today() {
		return LocalDate.now(clock.withZone(time.zone()));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
