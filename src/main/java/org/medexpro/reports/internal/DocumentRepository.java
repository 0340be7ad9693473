package org.medexpro.reports.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.shared.RecordRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The documents and the clients' physician visits. A signed document is never updated:
 * {@link #update} and {@link #sign} touch only drafts, and nothing deletes a document.
 */
@Repository
public class DocumentRepository {

	public record DocumentRow(UUID id, UUID clientId, String kind, @Nullable UUID physicianId, @Nullable LocalDate periodFrom,
			@Nullable LocalDate periodTo, String status, String sections, String snapshot, OffsetDateTime createdAt,
			String createdBy, @Nullable OffsetDateTime signedAt, @Nullable String signedBy, int version) {
	}

	private static final String COLUMNS = """
			id, client_id, kind, physician_id, period_from, period_to, status, sections, snapshot, created_at, created_by,
			signed_at, signed_by, version""";

	private final JdbcClient jdbc;

	DocumentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(DocumentRow d) {
		jdbc.sql("insert into documents (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
			.params(d.id(), d.clientId(), d.kind(), d.physicianId(), d.periodFrom(), d.periodTo(), d.status(), d.sections(),
					d.snapshot(), d.createdAt(), d.createdBy(), d.signedAt(), d.signedBy(), d.version())
			.update();
	}

	/**
	 * Saves a draft's parts and the data drafted again up to {@code periodTo} (the period ends
	 * where the data does, so the next report starts the day after), edited from {@code version};
	 * false when signed or changed since.
	 */
	public boolean update(UUID id, int version, String sections, String snapshot, LocalDate periodTo) {
		return jdbc.sql("""
				update documents set sections = ?, snapshot = ?, period_to = ?, version = version + 1
				where id = ? and version = ? and status = 'DRAFT'""")
			.params(sections, snapshot, periodTo, id, version)
			.update() == 1;
	}

	public boolean sign(UUID id, int version, OffsetDateTime at, String username) {
		return jdbc.sql("""
				update documents set status = 'SIGNED', signed_at = ?, signed_by = ?, version = version + 1
				where id = ? and version = ? and status = 'DRAFT'""")
			.params(at, username, id, version)
			.update() == 1;
	}

	public Optional<DocumentRow> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from documents where id = ?").param(id)
			.query(RecordRowMapper.of(DocumentRow.class)).optional();
	}

	public List<DocumentRow> ofClient(UUID clientId) {
		return jdbc.sql("select " + COLUMNS + " from documents where client_id = ? order by created_at desc").param(clientId)
			.query(RecordRowMapper.of(DocumentRow.class)).list();
	}

	public void insertVisit(UUID id, UUID clientId, @Nullable UUID physicianId, LocalDate visitOn, OffsetDateTime now,
			String username) {
		jdbc.sql("insert into physician_visits (id, client_id, physician_id, visit_on, recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?)")
			.params(id, clientId, physicianId, visitOn, now, username)
			.update();
	}

	/** The client's physician visits on or after {@code from}, earliest first. */
	public List<LocalDate> visitsFrom(UUID clientId, LocalDate from) {
		return jdbc.sql("select distinct visit_on from physician_visits where client_id = ? and visit_on >= ? order by visit_on")
			.params(clientId, from)
			.query(LocalDate.class)
			.list();
	}

	/** A recorded physician visit of a client. */
	public record VisitRow(UUID id, @Nullable UUID physicianId, LocalDate visitOn) {
	}

	/** The client's recorded physician visits on or after {@code from}, earliest first, each as recorded. */
	public List<VisitRow> visitRowsFrom(UUID clientId, LocalDate from) {
		return jdbc.sql("select id, physician_id, visit_on from physician_visits where client_id = ? and visit_on >= ? order by visit_on")
			.params(clientId, from)
			.query(RecordRowMapper.of(VisitRow.class))
			.list();
	}

	/** Removes a recorded visit of the client; false when there is none with that id. */
	public boolean deleteVisit(UUID clientId, UUID visitId) {
		return jdbc.sql("delete from physician_visits where id = ? and client_id = ?").params(visitId, clientId).update() == 1;
	}

	public Optional<UUID> clientOf(UUID documentId) {
		return jdbc.sql("select client_id from documents where id = ?").param(documentId).query(UUID.class).optional();
	}

}
