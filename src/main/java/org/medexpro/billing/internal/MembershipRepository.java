package org.medexpro.billing.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.shared.RecordRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Membership plans, memberships, and the one charge of each membership a month. */
@Repository
public class MembershipRepository {

	public record PlanRow(UUID id, String name, long monthlyFeeCents, int includedSessions, boolean active) {
	}

	public record MembershipRow(UUID id, UUID clientId, UUID planId, LocalDate startsOn, String status,
			@Nullable LocalDate pausedOn, @Nullable LocalDate cancelledOn, int version) {
	}

	private static final String COLUMNS = "id, client_id, plan_id, starts_on, status, paused_on, cancelled_on, version";

	private final JdbcClient jdbc;

	MembershipRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insertPlan(PlanRow p, OffsetDateTime now, String username) {
		jdbc.sql("insert into membership_plans (id, name, monthly_fee_cents, included_sessions, active, created_at, created_by) values (?, ?, ?, ?, ?, ?, ?)")
			.params(p.id(), p.name(), p.monthlyFeeCents(), p.includedSessions(), p.active(), now, username)
			.update();
	}

	public List<PlanRow> plans() {
		return jdbc.sql("select id, name, monthly_fee_cents, included_sessions, active from membership_plans order by name")
			.query(RecordRowMapper.of(PlanRow.class)).list();
	}

	public Optional<PlanRow> plan(UUID id) {
		return jdbc.sql("select id, name, monthly_fee_cents, included_sessions, active from membership_plans where id = ?")
			.param(id).query(RecordRowMapper.of(PlanRow.class)).optional();
	}

	public void insert(MembershipRow m, OffsetDateTime now, String username) {
		jdbc.sql("insert into memberships (" + COLUMNS + ", created_at, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(m.id(), m.clientId(), m.planId(), m.startsOn(), m.status(), m.pausedOn(), m.cancelledOn(), m.version(), now,
					username)
			.update();
	}

	public Optional<MembershipRow> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from memberships where id = ?").param(id)
			.query(RecordRowMapper.of(MembershipRow.class)).optional();
	}

	public List<MembershipRow> ofClient(UUID clientId) {
		return jdbc.sql("select " + COLUMNS + " from memberships where client_id = ? order by starts_on desc").param(clientId)
			.query(RecordRowMapper.of(MembershipRow.class)).list();
	}

	/** Memberships not cancelled, oldest first. */
	public List<MembershipRow> current() {
		return jdbc.sql("select " + COLUMNS + " from memberships where status <> 'CANCELLED' order by starts_on, id")
			.query(RecordRowMapper.of(MembershipRow.class)).list();
	}

	/** Active memberships begun by the day, to charge for a month. */
	public List<MembershipRow> activeBy(LocalDate day) {
		return jdbc.sql("select " + COLUMNS + " from memberships where status = 'ACTIVE' and starts_on <= ? order by starts_on, id")
			.param(day).query(RecordRowMapper.of(MembershipRow.class)).list();
	}

	public boolean setStatus(UUID id, int version, String status, @Nullable LocalDate pausedOn, @Nullable LocalDate cancelledOn) {
		return jdbc.sql("update memberships set status = ?, paused_on = ?, cancelled_on = ?, version = version + 1 where id = ? and version = ?")
			.params(status, pausedOn, cancelledOn, id, version).update() == 1;
	}

	/** The memberships charged for the period already. */
	public Set<UUID> chargedFor(String period) {
		return Set.copyOf(jdbc.sql("select membership_id from membership_charges where period = ?").param(period)
			.query(UUID.class).list());
	}

	public void insertCharge(UUID membershipId, String period, long cents, UUID invoiceId, OffsetDateTime now) {
		jdbc.sql("insert into membership_charges (membership_id, period, amount_cents, invoice_id, charged_at) values (?, ?, ?, ?, ?)")
			.params(membershipId, period, cents, invoiceId, now).update();
	}

	public long chargedCents(String period) {
		return jdbc.sql("select coalesce(sum(amount_cents), 0) from membership_charges where period = ?").param(period)
			.query(Long.class).single();
	}

}
