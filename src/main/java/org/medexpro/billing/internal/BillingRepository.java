package org.medexpro.billing.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.shared.RecordRowMapper;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The billing tables: payers and their fees, coverages, invoices with their lines and
 * payments, claims, and the counters that number them. An invoice is never deleted; a void
 * one gives its sessions back ({@link #releaseSessions}).
 */
@Repository
public class BillingRepository {

	public record PayerRow(UUID id, String name, String kind, boolean acceptsPractice, String unitMethod,
			boolean electronicClaims, @Nullable String payerCode, boolean requiresAuthorization, @Nullable String addressLine,
			@Nullable String city, @Nullable String state, @Nullable String postalCode, @Nullable String phone,
			@Nullable String notes, int version) {
	}

	public record CoverageRow(UUID id, UUID clientId, UUID payerId, @Nullable String memberId, @Nullable String groupNumber,
			@Nullable String insuredName, @Nullable String insuredAddress, String relationship, @Nullable String claimNumber, @Nullable String adjusterName,
			@Nullable String adjusterPhone, @Nullable String adjusterEmail, @Nullable String employer,
			@Nullable LocalDate injuryDate, @Nullable String accidentState, @Nullable LocalDate eligibilityVerifiedOn,
			@Nullable String eligibilityNote, @Nullable String authorizationNumber, @Nullable Integer authorizedVisits,
			@Nullable LocalDate authorizedFrom, @Nullable LocalDate authorizedTo, boolean active, int version) {
	}

	public record InvoiceRow(UUID id, long number, UUID clientId, UUID payerId, @Nullable UUID coverageId, String billTo,
			LocalDate issuedOn, LocalDate dueOn, String status, long totalCents, @Nullable String icd10Codes,
			@Nullable UUID referringPhysicianId, @Nullable String voidReason, int version) {
	}

	public record LineRow(UUID invoiceId, int lineNo, LocalDate serviceDate, @Nullable String cptCode, String description,
			@Nullable Integer minutes, int units, long unitPriceCents, long amountCents) {
	}

	public record PaymentRow(UUID id, UUID invoiceId, long amountCents, LocalDate receivedOn, String method,
			@Nullable String reference, String recordedBy) {
	}

	/** An open invoice's balance, for the receivables. */
	public record Receivable(UUID invoiceId, long number, UUID clientId, UUID payerId, LocalDate issuedOn, long totalCents,
			long paidCents) {
	}

	private static final String PAYER_COLUMNS = """
			id, name, kind, accepts_practice, unit_method, electronic_claims, payer_code, requires_authorization,
			address_line, city, state, postal_code, phone, notes, version""";

	private static final String COVERAGE_COLUMNS = """
			id, client_id, payer_id, member_id, group_number, insured_name, insured_address, relationship, claim_number, adjuster_name,
			adjuster_phone, adjuster_email, employer, injury_date, accident_state, eligibility_verified_on, eligibility_note,
			authorization_number, authorized_visits, authorized_from, authorized_to, active, version""";

	private static final String INVOICE_COLUMNS = """
			id, number, client_id, payer_id, coverage_id, bill_to, issued_on, due_on, status, total_cents, icd10_codes,
			referring_physician_id, void_reason, version""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	BillingRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	/** The next number of a counter (INVOICE, CLAIM); the update holds the row until the transaction ends. */
	public long next(String counter) {
		jdbc.sql("update billing_counters set next_value = next_value + 1 where name = ?").param(counter).update();
		return jdbc.sql("select next_value - 1 from billing_counters where name = ?").param(counter).query(Long.class).single();
	}

	// --- Payers and fees -------------------------------------------------------------------

	public void insertPayer(PayerRow p, OffsetDateTime now, String username) {
		jdbc.sql("insert into payers (" + PAYER_COLUMNS + ", created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(p.id(), p.name(), p.kind(), p.acceptsPractice(), p.unitMethod(), p.electronicClaims(), p.payerCode(),
					p.requiresAuthorization(), p.addressLine(), p.city(), p.state(), p.postalCode(), p.phone(), p.notes(),
					p.version(), now, username)
			.update();
	}

	public boolean updatePayer(PayerRow p, int fromVersion) {
		return jdbc.sql("""
				update payers set name = ?, kind = ?, accepts_practice = ?, unit_method = ?, electronic_claims = ?,
				       payer_code = ?, requires_authorization = ?, address_line = ?, city = ?, state = ?, postal_code = ?,
				       phone = ?, notes = ?, version = version + 1
				where id = ? and version = ?""")
			.params(p.name(), p.kind(), p.acceptsPractice(), p.unitMethod(), p.electronicClaims(), p.payerCode(),
					p.requiresAuthorization(), p.addressLine(), p.city(), p.state(), p.postalCode(), p.phone(), p.notes(),
					p.id(), fromVersion)
			.update() == 1;
	}

	public Optional<PayerRow> payer(UUID id) {
		return jdbc.sql("select " + PAYER_COLUMNS + " from payers where id = ?").param(id)
			.query(RecordRowMapper.of(PayerRow.class)).optional();
	}

	public List<PayerRow> payers() {
		return jdbc.sql("select " + PAYER_COLUMNS + " from payers order by case kind when 'SELF_PAY' then 0 else 1 end, name")
			.query(RecordRowMapper.of(PayerRow.class)).list();
	}

	public void saveFee(UUID payerId, String code, LocalDate from, long cents) {
		if (jdbc.sql("update payer_fees set amount_cents = ? where payer_id = ? and cpt_code = ? and effective_from = ?")
			.params(cents, payerId, code, from).update() == 0) {
			jdbc.sql("insert into payer_fees (payer_id, cpt_code, effective_from, amount_cents) values (?, ?, ?, ?)")
				.params(payerId, code, from, cents).update();
		}
	}

	/** The payer's fee for the code in force on the date, in cents. */
	public Optional<Long> fee(UUID payerId, String code, LocalDate on) {
		return jdbc.sql("""
				select amount_cents from payer_fees where payer_id = ? and cpt_code = ? and effective_from <= ?
				order by effective_from desc fetch first 1 rows only""")
			.params(payerId, code, on)
			.query(Long.class)
			.optional();
	}

	public record FeeRow(UUID payerId, String cptCode, LocalDate effectiveFrom, long amountCents) {
	}

	public List<FeeRow> fees(UUID payerId) {
		return jdbc.sql("select payer_id, cpt_code, effective_from, amount_cents from payer_fees where payer_id = ? order by cpt_code, effective_from")
			.param(payerId).query(RecordRowMapper.of(FeeRow.class)).list();
	}

	// --- Coverages ---------------------------------------------------------------------------

	public void insertCoverage(CoverageRow c, OffsetDateTime now, String username) {
		jdbc.sql("insert into coverages (" + COVERAGE_COLUMNS + ", created_at, created_by)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(c.id(), c.clientId(), c.payerId(), c.memberId(), c.groupNumber(), c.insuredName(), c.insuredAddress(), c.relationship(),
					c.claimNumber(), c.adjusterName(), c.adjusterPhone(), c.adjusterEmail(), c.employer(), c.injuryDate(),
					c.accidentState(), c.eligibilityVerifiedOn(), c.eligibilityNote(), c.authorizationNumber(),
					c.authorizedVisits(), c.authorizedFrom(), c.authorizedTo(), c.active(), c.version(), now, username)
			.update();
	}

	public Optional<CoverageRow> coverage(UUID id) {
		return jdbc.sql("select " + COVERAGE_COLUMNS + " from coverages where id = ?").param(id)
			.query(RecordRowMapper.of(CoverageRow.class)).optional();
	}

	public List<CoverageRow> coveragesOf(UUID clientId) {
		return jdbc.sql("select " + COVERAGE_COLUMNS + " from coverages where client_id = ? order by active desc, created_at desc")
			.param(clientId).query(RecordRowMapper.of(CoverageRow.class)).list();
	}

	public void endCoverage(UUID id) {
		jdbc.sql("update coverages set active = false, version = version + 1 where id = ?").param(id).update();
	}

	/** The days of service invoiced under the coverage in the authorised window (the visits used). */
	public int visitsUsed(UUID coverageId, @Nullable LocalDate from, @Nullable LocalDate to) {
		return jdbc.sql("""
				select count(distinct l.service_date) from invoices i join invoice_lines l on l.invoice_id = i.id
				where i.coverage_id = ? and i.status <> 'VOID' and l.service_date >= ? and l.service_date <= ?""")
			.params(coverageId, from == null ? LocalDate.of(1900, 1, 1) : from, to == null ? LocalDate.of(2999, 12, 31) : to)
			.query(Integer.class)
			.single();
	}

	// --- Invoices ----------------------------------------------------------------------------

	public void insertInvoice(InvoiceRow i, List<LineRow> lines, Collection<UUID> sessions, OffsetDateTime now, String username) {
		jdbc.sql("insert into invoices (" + INVOICE_COLUMNS + ", created_at, created_by)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(i.id(), i.number(), i.clientId(), i.payerId(), i.coverageId(), i.billTo(), i.issuedOn(), i.dueOn(),
					i.status(), i.totalCents(), i.icd10Codes(), i.referringPhysicianId(), i.voidReason(), i.version(), now, username)
			.update();
		template.batchUpdate("""
				insert into invoice_lines (invoice_id, line_no, service_date, cpt_code, description, minutes, units,
				                           unit_price_cents, amount_cents) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
				lines.stream().map(l -> new Object[] { l.invoiceId(), l.lineNo(), l.serviceDate(), l.cptCode(), l.description(),
						l.minutes(), l.units(), l.unitPriceCents(), l.amountCents() }).toList(),
				new int[] { java.sql.Types.OTHER, java.sql.Types.INTEGER, java.sql.Types.DATE, java.sql.Types.VARCHAR,
						java.sql.Types.VARCHAR, java.sql.Types.INTEGER, java.sql.Types.INTEGER, java.sql.Types.BIGINT,
						java.sql.Types.BIGINT });
		if (!sessions.isEmpty()) {
			template.batchUpdate("insert into invoiced_sessions (session_id, invoice_id) values (?, ?)",
					sessions.stream().map(s -> new Object[] { s, i.id() }).toList());
		}
	}

	public Optional<InvoiceRow> invoice(UUID id) {
		return jdbc.sql("select " + INVOICE_COLUMNS + " from invoices where id = ?").param(id)
			.query(RecordRowMapper.of(InvoiceRow.class)).optional();
	}

	public List<InvoiceRow> invoicesOf(UUID clientId) {
		return jdbc.sql("select " + INVOICE_COLUMNS + " from invoices where client_id = ? order by number desc").param(clientId)
			.query(RecordRowMapper.of(InvoiceRow.class)).list();
	}

	public List<InvoiceRow> recentInvoices(int limit) {
		return jdbc.sql("select " + INVOICE_COLUMNS + " from invoices order by number desc fetch first " + limit + " rows only")
			.query(RecordRowMapper.of(InvoiceRow.class)).list();
	}

	public List<LineRow> lines(UUID invoiceId) {
		return jdbc.sql("""
				select invoice_id, line_no, service_date, cpt_code, description, minutes, units, unit_price_cents, amount_cents
				from invoice_lines where invoice_id = ? order by line_no""")
			.param(invoiceId).query(RecordRowMapper.of(LineRow.class)).list();
	}

	public List<UUID> sessionsOf(UUID invoiceId) {
		return jdbc.sql("select session_id from invoiced_sessions where invoice_id = ?").param(invoiceId).query(UUID.class).list();
	}

	/** Of these sessions, those already on an invoice. */
	public List<UUID> invoiced(Collection<UUID> sessionIds) {
		if (sessionIds.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("select session_id from invoiced_sessions where session_id in (:ids)").param("ids", sessionIds)
			.query(UUID.class).list();
	}

	/** The units of each code already invoiced (not withdrawn) to the client for a day of service. */
	public Map<String, Integer> billedUnits(UUID clientId, LocalDate day) {
		Map<String, Integer> units = new java.util.TreeMap<>();
		jdbc.sql("""
				select l.cpt_code, sum(l.units) from invoices i join invoice_lines l on l.invoice_id = i.id
				where i.client_id = ? and i.status <> 'VOID' and l.service_date = ? and l.cpt_code is not null
				group by l.cpt_code""")
			.params(clientId, day)
			.query(rs -> {
				units.put(rs.getString(1), rs.getInt(2));
			});
		return units;
	}

	public void releaseSessions(UUID invoiceId) {
		jdbc.sql("delete from invoiced_sessions where invoice_id = ?").param(invoiceId).update();
	}

	public boolean setStatus(UUID invoiceId, String from, String to, @Nullable String voidReason) {
		return jdbc.sql("update invoices set status = ?, void_reason = coalesce(?, void_reason), version = version + 1 where id = ? and status = ?")
			.params(to, voidReason, invoiceId, from).update() == 1;
	}

	/** Locks the invoice's row, so that two payments do not both take the last of a balance. */
	public Optional<InvoiceRow> lockInvoice(UUID id) {
		return jdbc.sql("select " + INVOICE_COLUMNS + " from invoices where id = ? for update").param(id)
			.query(RecordRowMapper.of(InvoiceRow.class)).optional();
	}

	// --- Payments ----------------------------------------------------------------------------

	public void insertPayment(PaymentRow p, OffsetDateTime now) {
		jdbc.sql("""
				insert into payments (id, invoice_id, amount_cents, received_on, method, reference, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(p.id(), p.invoiceId(), p.amountCents(), p.receivedOn(), p.method(), p.reference(), now, p.recordedBy())
			.update();
	}

	public List<PaymentRow> payments(UUID invoiceId) {
		return jdbc.sql("select id, invoice_id, amount_cents, received_on, method, reference, recorded_by from payments where invoice_id = ? order by received_on, recorded_at")
			.param(invoiceId).query(RecordRowMapper.of(PaymentRow.class)).list();
	}

	public long paidCents(UUID invoiceId) {
		return jdbc.sql("select coalesce(sum(amount_cents), 0) from payments where invoice_id = ?").param(invoiceId)
			.query(Long.class).single();
	}

	/** Every open invoice with what was paid of it. */
	public List<Receivable> receivables() {
		return jdbc.sql("""
				select i.id as invoice_id, i.number, i.client_id, i.payer_id, i.issued_on, i.total_cents,
				       coalesce((select sum(p.amount_cents) from payments p where p.invoice_id = i.id), 0) as paid_cents
				from invoices i where i.status = 'OPEN' order by i.issued_on, i.number""")
			.query(RecordRowMapper.of(Receivable.class)).list();
	}

	// --- Claims ------------------------------------------------------------------------------

	public record ClaimRow(UUID id, UUID invoiceId, long controlNumber, OffsetDateTime createdAt) {
	}

	public Optional<ClaimRow> claim(UUID invoiceId) {
		return jdbc.sql("select id, invoice_id, control_number, created_at from claims where invoice_id = ?").param(invoiceId)
			.query(RecordRowMapper.of(ClaimRow.class)).optional();
	}

	public void insertClaim(ClaimRow c, String username) {
		jdbc.sql("insert into claims (id, invoice_id, control_number, created_at, created_by) values (?, ?, ?, ?, ?)")
			.params(c.id(), c.invoiceId(), c.controlNumber(), c.createdAt(), username).update();
	}

}
