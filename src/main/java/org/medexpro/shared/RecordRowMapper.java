package org.medexpro.shared;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.jdbc.core.RowMapper;

/**
 * Maps each row onto a record, a column to the component of the same name ({@code event_date}
 * to {@code eventDate}), resolved once from the result set's metadata.
 * <p>
 * Why not {@code JdbcClient.query(Record.class)}: Spring's property mapper probes
 * {@code findColumn("eventDate")} before {@code findColumn("event_date")}, and H2 answers
 * each miss with an exception and a stack trace in its trace file, for every row: re-checking
 * 60,000 program exercises took two minutes (docs/benchmarks.md).
 */
public final class RecordRowMapper<T extends Record> implements RowMapper<T> {

	private final Class<T> type;

	private final RecordComponent[] components;

	private final Constructor<T> constructor;

	private @Nullable ResultSet resolvedFor;

	private int[] columns = new int[0];

	private RecordRowMapper(Class<T> type) {
		this.type = type;
		this.components = type.getRecordComponents();
		Class<?>[] types = new Class<?>[components.length];
		for (int i = 0; i < components.length; i++) {
			types[i] = components[i].getType();
		}
		try {
			this.constructor = type.getDeclaredConstructor(types);
			this.constructor.setAccessible(true);
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(type + " has no canonical constructor", ex);
		}
	}

	/** A mapper for one query; not to be shared between threads. */
	public static <T extends Record> RecordRowMapper<T> of(Class<T> type) {
		return new RecordRowMapper<>(type);
	}

	@Override
	public T mapRow(ResultSet rs, int rowNum) throws SQLException {
		if (rs != resolvedFor) {
			resolve(rs);
		}
		Object[] args = new Object[components.length];
		for (int i = 0; i < components.length; i++) {
			args[i] = value(rs, columns[i], components[i].getType());
		}
		try {
			return constructor.newInstance(args);
		}
		catch (InstantiationException | IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("cannot make a " + type.getSimpleName() + " of row " + rowNum, ex);
		}
	}

	private void resolve(ResultSet rs) throws SQLException {
		ResultSetMetaData meta = rs.getMetaData();
		Map<String, Integer> byName = new HashMap<>();
		for (int c = 1; c <= meta.getColumnCount(); c++) {
			byName.putIfAbsent(normal(meta.getColumnLabel(c)), c);
		}
		int[] resolved = new int[components.length];
		for (int i = 0; i < components.length; i++) {
			Integer column = byName.get(normal(components[i].getName()));
			if (column == null) {
				throw new InvalidDataAccessApiUsageException(
						"the query for " + type.getSimpleName() + " selects no column for " + components[i].getName());
			}
			resolved[i] = column;
		}
		columns = resolved;
		resolvedFor = rs;
	}

	private static @Nullable Object value(ResultSet rs, int column, Class<?> type) throws SQLException {
		if (type == int.class) {
			return rs.getInt(column);
		}
		if (type == long.class) {
			return rs.getLong(column);
		}
		if (type == boolean.class) {
			return rs.getBoolean(column);
		}
		if (type == double.class) {
			return rs.getDouble(column);
		}
		return rs.getObject(column, type);
	}

	private static String normal(String name) {
		return name.replace("_", "").toLowerCase(Locale.ROOT);
	}

}
