package org.medexpro.assessment.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.medexpro.assessment.Screen;
import org.medexpro.assessment.ScreenFinding;
import org.medexpro.shared.RecordRowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code screens} and {@code screen_findings} tables. */
@Repository
public class ScreenRepository {

	private final JdbcClient jdbc;

	ScreenRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, UUID clientId, String formCode, String formVersion, LocalDate takenOn,
			List<ScreenFinding> findings, OffsetDateTime now, String username) {
		jdbc.sql("""
				insert into screens (id, client_id, form_code, form_version, taken_on, taken_at, taken_by)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(id, clientId, formCode, formVersion, takenOn, now, username)
			.update();
		for (ScreenFinding f : findings) {
			jdbc.sql("""
					insert into screen_findings (screen_id, point_code, result, side, range_degrees, strength, notes)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(id, f.point(), f.result().name(), f.side(), f.rangeDegrees(), f.strength(), f.notes())
				.update();
		}
	}

	private record ScreenRow(UUID id, String formCode, String formVersion, LocalDate takenOn, String takenBy) {
	}

	public List<Screen> screens(UUID clientId) {
		return jdbc.sql("""
				select id, form_code, form_version, taken_on, taken_by from screens
				where client_id = ? order by taken_on desc, taken_at desc""")
			.param(clientId)
			.query(RecordRowMapper.of(ScreenRow.class))
			.list()
			.stream()
			.map(row -> new Screen(row.id(), row.formCode(), row.formVersion(), row.takenOn(), row.takenBy(),
					jdbc.sql("""
							select point_code, result, side, range_degrees, strength, notes from screen_findings
							where screen_id = ?""")
						.param(row.id())
						.query((rs, i) -> new ScreenFinding(rs.getString(1), ScreenFinding.Result.valueOf(rs.getString(2)),
								rs.getString(3), (Integer) rs.getObject(4), (Integer) rs.getObject(5), rs.getString(6)))
						.list()))
			.toList();
	}

}
