package org.medexpro.reports.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.medexpro.reports.StatusEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code status_events} table: hospital stays and new diagnoses, never changed once recorded. */
@Repository
public class StatusEventRepository {

	private final JdbcClient jdbc;

	StatusEventRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(StatusEvent e) {
		jdbc.sql("""
				insert into status_events (id, client_id, kind, occurred_on, ended_on, description, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(e.id(), e.clientId(), e.kind().name(), e.occurredOn(), e.endedOn(), e.description(), e.recordedAt(),
					e.recordedBy())
			.update();
	}

	/** The client's events, oldest first. */
	public List<StatusEvent> ofClient(UUID clientId) {
		return jdbc.sql("""
				select id, client_id, kind, occurred_on, ended_on, description, recorded_at, recorded_by
				from status_events where client_id = ? order by recorded_at""")
			.param(clientId)
			.query((rs, n) -> new StatusEvent(rs.getObject("id", UUID.class), rs.getObject("client_id", UUID.class),
					StatusEvent.Kind.valueOf(rs.getString("kind")), rs.getObject("occurred_on", LocalDate.class),
					rs.getObject("ended_on", LocalDate.class), rs.getString("description"),
					rs.getObject("recorded_at", OffsetDateTime.class), rs.getString("recorded_by")))
			.list();
	}

}
