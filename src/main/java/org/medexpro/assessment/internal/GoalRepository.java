package org.medexpro.assessment.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.assessment.Goal;
import org.medexpro.shared.RecordRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code goals} table. */
@Repository
public class GoalRepository {

	private final JdbcClient jdbc;

	GoalRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, UUID clientId, String term, String description, @Nullable String measureCode,
			@Nullable BigDecimal targetValue, LocalDate targetDate, OffsetDateTime now, String username) {
		jdbc.sql("""
				insert into goals (id, client_id, term, description, measure_code, target_value, target_date, status,
				                   created_at, created_by)
				values (?, ?, ?, ?, ?, ?, ?, 'OPEN', ?, ?)""")
			.params(id, clientId, term, description, measureCode, targetValue, targetDate, now, username)
			.update();
	}

	public List<Goal> goals(UUID clientId) {
		return jdbc.sql("""
				select id, term, description, measure_code, target_value, target_date, status, met_on from goals
				where client_id = ? order by status desc, target_date""")
			.param(clientId)
			.query(RecordRowMapper.of(Goal.class))
			.list();
	}

	public Optional<UUID> clientOf(UUID goalId) {
		return jdbc.sql("select client_id from goals where id = ?").param(goalId).query(UUID.class).optional();
	}

	public boolean close(UUID goalId, String status, @Nullable LocalDate metOn) {
		return jdbc.sql("update goals set status = ?, met_on = ? where id = ? and status = 'OPEN'")
			.params(status, metOn, goalId)
			.update() == 1;
	}

}
