package org.medexpro.billing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntConsumer;

import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditTrail;
import org.medexpro.billing.internal.BillingRepository.LineRow;
import org.medexpro.billing.internal.MembershipRepository;
import org.medexpro.billing.internal.MembershipRepository.MembershipRow;
import org.medexpro.billing.internal.MembershipRepository.PlanRow;
import org.medexpro.clients.ClientAccessLevel;
import org.medexpro.clients.ClientListItem;
import org.medexpro.clients.ClientService;
import org.medexpro.security.CurrentStaff;
import org.medexpro.shared.ConflictException;
import org.medexpro.shared.FieldErrorsException;
import org.medexpro.shared.NotFoundException;
import org.medexpro.shared.PracticeTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Medical memberships: plans, starting, pausing and cancelling a membership, and the
 * monthly run, which charges each active membership once a month: a membership already
 * charged for the month is left alone (and the table's key refuses a second charge), so
 * running it twice charges once.
 */
@Service
public class MembershipService {

	/** Memberships charged in one transaction of the monthly run. */
	static final int CHUNK = 250;

	private final MembershipRepository memberships;

	private final MembershipCoverage coverage;

	private final InvoiceService invoices;

	private final PayerService payers;

	private final ClientService clients;

	private final AuditTrail audit;

	private final Validator validator;

	private final TransactionTemplate transaction;

	private final PracticeTime time;

	private final Clock clock;

	MembershipService(MembershipRepository memberships, MembershipCoverage coverage, InvoiceService invoices,
			PayerService payers, ClientService clients, AuditTrail audit, Validator validator,
			PlatformTransactionManager transactions, PracticeTime time, Clock clock) {
		this.memberships = memberships;
		this.coverage = coverage;
		this.invoices = invoices;
		this.payers = payers;
		this.clients = clients;
		this.audit = audit;
		this.validator = validator;
		this.transaction = new TransactionTemplate(transactions);
		this.time = time;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public List<Membership.Plan> plans() {
		return memberships.plans().stream().map(MembershipService::plan).toList();
	}

	@Transactional
	public Membership.Plan addPlan(Membership.PlanData data) {
		FieldErrorsException.requireValid(validator, data);
		if (!data.monthlyFee().isPositive()) {
			throw new FieldErrorsException("monthlyFee", "must be more than 0.00");
		}
		UUID id = UUID.randomUUID();
		memberships.insertPlan(new PlanRow(id, data.name().strip(), data.monthlyFee().cents(), data.includedSessions(), true), now(),
				CurrentStaff.username());
		audit.record(AuditAction.CREATE, "MembershipPlan", id, null, data.name());
		return plan(memberships.plan(id).orElseThrow());
	}

	/** Starts a membership; a client has one at a time. */
	@Transactional
	public Membership start(UUID clientId, UUID planId, @Nullable LocalDate startsOn) {
		clients.requireAccess(clientId, ClientAccessLevel.CONTACT);
		PlanRow plan = memberships.plan(planId).filter(PlanRow::active)
			.orElseThrow(() -> new FieldErrorsException("planId", "is not a membership plan of the practice"));
		if (memberships.ofClient(clientId).stream().anyMatch(m -> !m.status().equals(Membership.Status.CANCELLED.name()))) {
			throw new ConflictException("The client has a membership already: cancel it before starting another.");
		}
		UUID id = UUID.randomUUID();
		memberships.insert(new MembershipRow(id, clientId, plan.id(), startsOn == null ? today() : startsOn,
				Membership.Status.ACTIVE.name(), null, null, 0), now(), CurrentStaff.username());
		audit.record(AuditAction.CREATE, "Membership", id, clientId, plan.name());
		return coverage.membership(memberships.find(id).orElseThrow());
	}

	@Transactional
	public Membership pause(UUID id) {
		return change(id, Membership.Status.ACTIVE, Membership.Status.PAUSED, today(), null);
	}

	@Transactional
	public Membership resume(UUID id) {
		return change(id, Membership.Status.PAUSED, Membership.Status.ACTIVE, null, null);
	}

	@Transactional
	public Membership cancel(UUID id) {
		MembershipRow row = find(id);
		if (row.status().equals(Membership.Status.CANCELLED.name())) {
			throw new ConflictException("The membership is cancelled already.");
		}
		return change(id, Membership.Status.valueOf(row.status()), Membership.Status.CANCELLED, row.pausedOn(), today());
	}

	@Transactional
	public List<Membership> ofClient(UUID clientId) {
		clients.requireAccess(clientId, ClientAccessLevel.CONTACT);
		audit.record(AuditAction.READ, "Membership", null, clientId, "client's memberships");
		return memberships.ofClient(clientId).stream().map(coverage::membership).toList();
	}

	/** A membership with its member's name, as the memberships page lists them. */
	public record Member(Membership membership, String clientName) {
	}

	@Transactional
	public List<Member> members() {
		List<Membership> current = memberships.current().stream().map(coverage::membership).toList();
		Map<UUID, ClientListItem> names = clients.listed(current.stream().map(Membership::clientId).toList());
		return current.stream().filter(m -> names.containsKey(m.clientId()))
			.map(m -> new Member(m, names.get(m.clientId()).fullName())).toList();
	}

	/**
	 * What a monthly run did.
	 * @param charged memberships charged by this run
	 * @param alreadyCharged memberships charged for the month before (left alone)
	 * @param total what this run charged
	 */
	public record RunResult(String period, int charged, int alreadyCharged, Money total) {
	}

	/**
	 * Charges every active membership for the month, each once: an invoice of the month's fee
	 * to the member. Idempotent; commits in chunks, so that a failure keeps what was done.
	 * @param progress told how many memberships have been handled, as the run goes
	 */
	public RunResult monthlyRun(YearMonth month, IntConsumer progress) {
		String period = month.toString();
		LocalDate lastDay = month.atEndOfMonth();
		List<MembershipRow> due = transaction.execute(status -> memberships.activeBy(lastDay));
		Set<UUID> charged = transaction.execute(status -> memberships.chargedFor(period));
		List<MembershipRow> toCharge = due.stream().filter(m -> !charged.contains(m.id())).toList();
		Payer self = payers.payer(Payer.SELF_PAY);
		long total = 0;
		int done = 0;
		for (int from = 0; from < toCharge.size(); from += CHUNK) {
			List<MembershipRow> chunk = toCharge.subList(from, Math.min(from + CHUNK, toCharge.size()));
			total += transaction.execute(status -> {
				long sum = 0;
				for (MembershipRow m : chunk) {
					sum += charge(m, month, self);
				}
				return sum;
			});
			done += chunk.size();
			progress.accept(done);
		}
		return new RunResult(period, toCharge.size(), due.size() - toCharge.size(), Money.ofCents(total));
	}

	/** How many memberships a run for the month would look at (for a progress bar). */
	@Transactional(readOnly = true)
	public int dueFor(YearMonth month) {
		return memberships.activeBy(month.atEndOfMonth()).size();
	}

	private long charge(MembershipRow row, YearMonth month, Payer self) {
		Membership m = coverage.membership(row);
		UUID invoiceId = UUID.randomUUID();
		LineRow line = new LineRow(invoiceId, 1, month.atDay(1), null, "Medical membership: " + m.planName() + " (" + month + "), "
				+ m.includedSessions() + " sessions included", null, 1, m.monthlyFee().cents(), m.monthlyFee().cents());
		invoices.issue(invoiceId, m.clientId(), self, null, Invoice.BillTo.CLIENT, List.of(line), List.of(), null);
		memberships.insertCharge(m.id(), month.toString(), m.monthlyFee().cents(), invoiceId, now());
		audit.record(AuditAction.CREATE, "Invoice", invoiceId, m.clientId(), "membership " + month);
		return m.monthlyFee().cents();
	}

	private Membership change(UUID id, Membership.Status from, Membership.Status to, @Nullable LocalDate pausedOn,
			@Nullable LocalDate cancelledOn) {
		MembershipRow row = find(id);
		if (!row.status().equals(from.name())) {
			throw new ConflictException("The membership is " + row.status().toLowerCase() + ", not " + from.name().toLowerCase() + ".");
		}
		if (!memberships.setStatus(id, row.version(), to.name(), pausedOn, cancelledOn)) {
			throw new ConflictException("The membership was changed meanwhile. Reload and try again.");
		}
		audit.record(AuditAction.UPDATE, "Membership", id, row.clientId(), to.name().toLowerCase());
		return coverage.membership(memberships.find(id).orElseThrow());
	}

	private MembershipRow find(UUID id) {
		MembershipRow row = memberships.find(id).orElseThrow(() -> new NotFoundException("Membership"));
		clients.requireAccess(row.clientId(), ClientAccessLevel.CONTACT);
		return row;
	}

	private static Membership.Plan plan(PlanRow p) {
		return new Membership.Plan(p.id(), p.name(), Money.ofCents(p.monthlyFeeCents()), p.includedSessions(), p.active());
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(time.zone()));
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
