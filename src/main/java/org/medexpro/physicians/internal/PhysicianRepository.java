package org.medexpro.physicians.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.physicians.Physician;
import org.medexpro.physicians.ContactChannel;
import org.medexpro.physicians.PhysicianData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code physicians} table. */
@Repository
public class PhysicianRepository {

	private static final String COLUMNS = "id, name, practice, phone, fax, email, npi, preferred_contact, version";

	private final JdbcClient jdbc;

	PhysicianRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void insert(UUID id, PhysicianData data, OffsetDateTime now, String username) {
		jdbc.sql("""
				insert into physicians (id, name, name_key, practice, phone, fax, email, npi, preferred_contact,
				                        created_at, created_by, updated_at, updated_by, version)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""")
			.params(id, data.name().strip(), key(data.name()), blank(data.practice()), blank(data.phone()),
					blank(data.fax()), blank(data.email()), blank(data.npi()), channel(data), now, username, now, username)
			.update();
	}

	public boolean update(UUID id, int version, PhysicianData data, OffsetDateTime now, String username) {
		return jdbc.sql("""
				update physicians set name = ?, name_key = ?, practice = ?, phone = ?, fax = ?, email = ?, npi = ?,
				    preferred_contact = ?, updated_at = ?, updated_by = ?, version = version + 1
				where id = ? and version = ?""")
			.params(data.name().strip(), key(data.name()), blank(data.practice()), blank(data.phone()),
					blank(data.fax()), blank(data.email()), blank(data.npi()), channel(data), now, username, id, version)
			.update() == 1;
	}

	public Optional<Physician> find(UUID id) {
		return jdbc.sql("select " + COLUMNS + " from physicians where id = ?").param(id).query(PhysicianRepository::physician).optional();
	}

	public Optional<Physician> findByNpi(String npi) {
		return jdbc.sql("select " + COLUMNS + " from physicians where npi = ?").param(npi).query(PhysicianRepository::physician).optional();
	}

	public List<Physician> search(String query, int limit) {
		String pattern = "%" + query.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
		return jdbc.sql("select " + COLUMNS + " from physicians where name_key like ? escape '\\' order by name_key fetch first "
				+ limit + " rows only")
			.param(pattern)
			.query(PhysicianRepository::physician)
			.list();
	}

	private static Physician physician(ResultSet rs, int row) throws SQLException {
		return new Physician(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("practice"),
				rs.getString("phone"), rs.getString("fax"), rs.getString("email"), rs.getString("npi"),
				rs.getString("preferred_contact") == null ? null : ContactChannel.valueOf(rs.getString("preferred_contact")),
				rs.getInt("version"));
	}

	private static @Nullable String channel(PhysicianData data) {
		return data.preferredContact() == null ? null : data.preferredContact().name();
	}

	private static String key(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	private static @Nullable String blank(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
