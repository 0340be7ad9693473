package org.medexpro.outcomes.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.outcomes.Measurement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code measurements} table; answers are kept as a comma-separated list (“” for skipped). */
@Repository
public class MeasurementRepository {

	private final JdbcClient jdbc;

	MeasurementRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, UUID clientId, String measureCode, BigDecimal value, @Nullable List<@Nullable Integer> answers,
			LocalDate measuredOn, @Nullable String note, OffsetDateTime now, String username) {
		jdbc.sql("""
				insert into measurements (id, client_id, measure_code, measured_value, answers, measured_on, note, recorded_at, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(id, clientId, measureCode, value, encode(answers), measuredOn, note, now, username)
			.update();
	}

	public Optional<Measurement> find(UUID id) {
		return jdbc.sql("select * from measurements where id = ?").param(id).query(MeasurementRepository::measurement).optional();
	}

	public List<Measurement> forClient(UUID clientId) {
		return jdbc.sql("select * from measurements where client_id = ? order by measured_on, recorded_at")
			.param(clientId)
			.query(MeasurementRepository::measurement)
			.list();
	}

	/** The latest value of each measure of every client, for a practice-wide re-check. */
	public java.util.Map<UUID, java.util.Map<String, Double>> latestValuesOfAll() {
		java.util.Map<UUID, java.util.Map<String, Double>> latest = new java.util.HashMap<>();
		jdbc.sql("select client_id, measure_code, measured_value from measurements order by measured_on, recorded_at")
			.query((rs, i) -> latest.computeIfAbsent(rs.getObject("client_id", UUID.class), k -> new java.util.HashMap<>())
				.put(rs.getString("measure_code"), rs.getBigDecimal("measured_value").doubleValue()))
			.list();
		return latest;
	}

	private static Measurement measurement(ResultSet rs, int row) throws SQLException {
		return new Measurement(rs.getObject("id", UUID.class), rs.getString("measure_code"), rs.getBigDecimal("measured_value"),
				decode(rs.getString("answers")), rs.getObject("measured_on", LocalDate.class), rs.getString("note"),
				rs.getString("recorded_by"));
	}

	private static @Nullable String encode(@Nullable List<@Nullable Integer> answers) {
		if (answers == null) {
			return null;
		}
		List<String> parts = new ArrayList<>();
		answers.forEach(a -> parts.add(a == null ? "" : a.toString()));
		return String.join(",", parts);
	}

	private static @Nullable List<@Nullable Integer> decode(@Nullable String answers) {
		if (answers == null) {
			return null;
		}
		List<@Nullable Integer> out = new ArrayList<>();
		for (String part : answers.split(",", -1)) {
			out.add(part.isEmpty() ? null : Integer.valueOf(part));
		}
		return out;
	}

}
