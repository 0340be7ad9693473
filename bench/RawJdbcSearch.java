import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Raw-JDBC baseline for GET /api/v1/clients?q=: the same statements as the application,
 * on the same H2 file database with the same URL settings, without Spring, HTTP or JSON.
 * <p>
 * Per request, as the application does (see ApiTokenService#authenticate,
 * ClientRepository#search and AuditLedger#append):
 * <ol>
 * <li>(unless {@code --no-token}) a transaction looking up the API token by its SHA-256
 * hash and then the staff account it belongs to;</li>
 * <li>a transaction with the search, {@code select ... from audit_chain_head where id = 1
 * for update}, the SHA-256 hash chain of one audit entry per client found, the batch insert
 * into {@code audit_entries}, the head update, and the commit.</li>
 * </ol>
 * Connections come from a fixed pool (default 10, the application's Hikari maximum);
 * {@code --threads} workers (default 50, like wrk's 50 connections) share it. Statements
 * are prepared per use, as Spring's JdbcClient does (H2 caches the parsed statement per
 * session). Latency is measured per request, from taking a connection to the commit.
 * <p>
 * Run (single-file source launch, JDK 17):
 * {@code java -cp h2-2.5.252.jar bench/RawJdbcSearch.java --url 'jdbc:h2:file:/tmp/x/medexpro;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE' --token mxp_...}
 * <p>
 * Options: --url U (required), --token T (required unless --no-token), --threads 50,
 * --pool 10, --warmup 25 (s), --duration 30 (s), --no-token, --query app|union (app: the
 * application's statement, default; union: what-if, the search rewritten as a union of
 * two index range scans, see below), --audit per-client|one|none (per-client: one entry
 * per client found, as the app does, default; one: what-if, a single entry per search
 * naming the clients in its detail, cut to the column's 500 characters; none: what-if,
 * no audit at all, to price it).
 */
public class RawJdbcSearch {

	static final String[] PREFIXES = { "mar", "wil", "rob", "joh", "tho", "pat", "ste", "jen", "smit", "rich", "cas",
			"eva", "riv", "flo", "kel", "woo", "cruz", "mora", "park", "orti", "sal", "dun", "web", "spe", "fox", "hic",
			"sny", "palm", "hawk", "ston" };

	// ClientRepository#search for a one-word query and no trainer restriction, as the app
	// runs it now: a union of two index range scans, each cutting its page of 20 first.
	static final String APP_SEARCH = "(select id, first_name, last_name, date_of_birth, status, last_name_key, first_name_key"
			+ " from clients c where last_name_key like ? escape '\\' order by last_name_key, first_name_key, id fetch first 20 rows only)"
			+ " union (select id, first_name, last_name, date_of_birth, status, last_name_key, first_name_key"
			+ " from clients c where first_name_key like ? escape '\\' order by last_name_key, first_name_key, id fetch first 20 rows only)"
			+ " order by last_name_key, first_name_key, id fetch first 20 rows only";

	// The same rows through two index range scans (a suggestion, not what the app does).
	// For "x like ? or y like ?" on two columns H2 uses neither index's range: it walks the
	// whole last_name_key index in order (10,001 rows for most prefixes). Note: a derived
	// table "select ... from (... union ...) c order by ..." is planned before the
	// parameters are known and scans the table twice; "id in (select ... union all ...)"
	// measured at about 5 transactions/s. Keep the union at the top level, as here.
	static final String UNION_SEARCH = "select id, first_name, last_name, date_of_birth, status, last_name_key, first_name_key"
			+ " from clients where last_name_key like ? escape '\\'"
			+ " union"
			+ " select id, first_name, last_name, date_of_birth, status, last_name_key, first_name_key"
			+ " from clients where first_name_key like ? escape '\\'"
			+ " order by last_name_key, first_name_key, id fetch first 20 rows only";

	static final String TOKEN_LOOKUP = "select id, username, last_used_at from api_tokens"
			+ " where token_hash = ? and revoked_at is null and expires_at > ?";

	static final String STAFF_LOOKUP = "select username, display_name, roles, enabled, failed_logins, locked_until,"
			+ " created_at, created_by, version from staff_accounts where username = ?";

	static final String HEAD = "select last_seq, last_hash from audit_chain_head where id = 1 for update";

	static final String INSERT = "insert into audit_entries (seq, at, username, action, entity, entity_id, client_id,"
			+ " source, detail, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	static final String UPDATE_HEAD = "update audit_chain_head set last_seq = ?, last_hash = ? where id = 1";

	static String auditMode = "per-client";

	static volatile long measureFrom;

	static volatile long measureTo;

	public static void main(String[] args) throws Exception {
		String url = null;
		String token = null;
		int threads = 50;
		int pool = 10;
		int warmup = 25;
		int duration = 30;
		boolean tokenLookup = true;
		String query = "app";
		String audit = "per-client";
		for (int i = 0; i < args.length; i++) {
			switch (args[i]) {
				case "--url" -> url = args[++i];
				case "--token" -> token = args[++i];
				case "--threads" -> threads = Integer.parseInt(args[++i]);
				case "--pool" -> pool = Integer.parseInt(args[++i]);
				case "--warmup" -> warmup = Integer.parseInt(args[++i]);
				case "--duration" -> duration = Integer.parseInt(args[++i]);
				case "--no-token" -> tokenLookup = false;
				case "--query" -> query = args[++i];
				case "--audit" -> audit = args[++i];
				default -> throw new IllegalArgumentException("unknown option " + args[i]);
			}
		}
		if (url == null || (tokenLookup && token == null)) {
			throw new IllegalArgumentException("--url and --token are required (or --no-token)");
		}
		String searchSql = switch (query) {
			case "app" -> APP_SEARCH;
			case "union" -> UNION_SEARCH;
			default -> throw new IllegalArgumentException("--query app|union");
		};
		if (!List.of("per-client", "one", "none").contains(audit)) {
			throw new IllegalArgumentException("--audit per-client|one|none");
		}
		auditMode = audit;
		String tokenHash = token == null ? null : sha256(token);

		BlockingQueue<Connection> connections = new ArrayBlockingQueue<>(pool, true); // fair, like Hikari's hand-off
		for (int i = 0; i < pool; i++) {
			Connection c = DriverManager.getConnection(url, "sa", "");
			c.setAutoCommit(false);
			connections.add(c);
		}
		// Same result check: the two queries must return the same rows.
		checkSameRows(connections);

		long start = System.nanoTime();
		measureFrom = start + warmup * 1_000_000_000L;
		measureTo = measureFrom + duration * 1_000_000_000L;
		Worker[] workers = new Worker[threads];
		for (int i = 0; i < threads; i++) {
			workers[i] = new Worker(i, connections, searchSql, tokenHash);
			workers[i].setDaemon(true);
		}
		for (Worker w : workers) {
			w.start();
		}
		sleepUntil(measureFrom);
		long cpuBefore = processCpuTicks();
		sleepUntil(measureTo);
		long cpuAfter = processCpuTicks();
		for (Worker w : workers) {
			w.join(30_000);
		}

		long count = 0;
		long errors = 0;
		long rows = 0;
		long[] all = new long[0];
		for (Worker w : workers) {
			count += w.count;
			errors += w.errors;
			rows += w.rows;
			int from = all.length;
			all = Arrays.copyOf(all, from + w.count);
			System.arraycopy(w.latencies, 0, all, from, w.count);
		}
		Arrays.sort(all);
		double seconds = duration;
		long ticksPerSecond = 100; // getconf CLK_TCK on Linux
		double cpuMs = (cpuAfter - cpuBefore) * 1000.0 / ticksPerSecond;
		System.out.printf("query=%s audit=%s token_lookup=%s threads=%d pool=%d warmup_s=%d duration_s=%d%n", query,
				audit, tokenLookup, threads, pool, warmup, duration);
		System.out.printf("requests=%d errors=%d tps=%.1f avg_rows=%.1f%n", count, errors, count / seconds,
				count == 0 ? 0.0 : (double) rows / count);
		System.out.printf("latency_ms p50=%.2f p95=%.2f p99=%.2f max=%.2f%n", pct(all, 50), pct(all, 95), pct(all, 99),
				all.length == 0 ? 0.0 : all[all.length - 1] / 1e6);
		System.out.printf("cpu_ms=%.0f cpu_ms_per_request=%.3f cores_used=%.2f%n", cpuMs, count == 0 ? 0 : cpuMs / count,
				cpuMs / 1000.0 / seconds);
		for (Connection c : connections) {
			c.close();
		}
	}

	static final class Worker extends Thread {

		final BlockingQueue<Connection> pool;

		final String searchSql;

		final String tokenHash;

		long[] latencies = new long[1 << 16];

		int count;

		long errors;

		long rows;

		int next;

		Worker(int index, BlockingQueue<Connection> pool, String searchSql, String tokenHash) {
			this.pool = pool;
			this.searchSql = searchSql;
			this.tokenHash = tokenHash;
			this.next = index * 7;
		}

		@Override
		public void run() {
			try {
				while (true) {
					long t0 = System.nanoTime();
					if (t0 >= measureTo) {
						return;
					}
					String prefix = PREFIXES[next++ % PREFIXES.length];
					int found;
					try {
						if (tokenHash != null) {
							authenticate();
						}
						found = search(prefix);
					}
					catch (SQLException ex) {
						if (t0 >= measureFrom) {
							errors++;
							if (errors <= 3) {
								System.err.println("error: " + ex);
							}
						}
						continue;
					}
					long t1 = System.nanoTime();
					if (t0 >= measureFrom && t1 <= measureTo) {
						if (count == latencies.length) {
							latencies = Arrays.copyOf(latencies, count * 2);
						}
						latencies[count++] = t1 - t0;
						rows += found;
					}
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}

		void authenticate() throws SQLException, InterruptedException {
			Connection c = pool.take();
			try {
				String username = null;
				try (PreparedStatement ps = c.prepareStatement(TOKEN_LOOKUP)) {
					ps.setString(1, tokenHash);
					ps.setObject(2, OffsetDateTime.now());
					try (ResultSet rs = ps.executeQuery()) {
						if (rs.next()) {
							rs.getObject(1, UUID.class);
							username = rs.getString(2);
							rs.getObject(3, OffsetDateTime.class);
						}
					}
				}
				if (username == null) {
					throw new SQLException("token not found");
				}
				try (PreparedStatement ps = c.prepareStatement(STAFF_LOOKUP)) {
					ps.setString(1, username);
					try (ResultSet rs = ps.executeQuery()) {
						if (!rs.next() || !rs.getBoolean(4)) {
							throw new SQLException("staff member not found");
						}
						rs.getString(2);
						rs.getString(3);
					}
				}
				c.commit();
			}
			catch (SQLException ex) {
				c.rollback();
				throw ex;
			}
			finally {
				pool.add(c);
			}
		}

		int search(String prefix) throws SQLException, InterruptedException {
			Connection c = pool.take();
			try {
				List<UUID> ids = searchQuery(c, searchSql, prefix);
				if (!ids.isEmpty() && !auditMode.equals("none")) {
					appendAudit(c, ids);
				}
				c.commit();
				return ids.size();
			}
			catch (SQLException ex) {
				c.rollback();
				throw ex;
			}
			finally {
				pool.add(c);
			}
		}

	}

	static List<UUID> searchQuery(Connection c, String searchSql, String prefix) throws SQLException {
		List<UUID> ids = new ArrayList<>(50);
		try (PreparedStatement ps = c.prepareStatement(searchSql)) {
			ps.setString(1, prefix + "%");
			ps.setString(2, prefix + "%");
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					ids.add(rs.getObject(1, UUID.class));
					rs.getString(2);
					rs.getString(3);
					rs.getObject(4, LocalDate.class);
					rs.getString(5);
				}
			}
		}
		return ids;
	}

	static void appendAudit(Connection c, List<UUID> clientIds) throws SQLException {
		long seq;
		String previous;
		try (PreparedStatement ps = c.prepareStatement(HEAD); ResultSet rs = ps.executeQuery()) {
			rs.next();
			seq = rs.getLong(1);
			previous = rs.getString(2);
		}
		OffsetDateTime at = OffsetDateTime.now().withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MILLIS);
		if (auditMode.equals("one")) {
			// what-if: one entry for the whole search, naming the clients in its detail
			StringBuilder detail = new StringBuilder(clientIds.size() * 37);
			for (UUID id : clientIds) {
				detail.append(detail.length() == 0 ? "" : " ").append(id);
			}
			String text = detail.toString();
			seq++;
			String hash = hash(previous, seq, at, "owner", "SEARCH", "Client", null, null, "API", text);
			try (PreparedStatement ps = c.prepareStatement(INSERT)) {
				ps.setLong(1, seq);
				ps.setObject(2, at, Types.TIMESTAMP_WITH_TIMEZONE);
				ps.setString(3, "owner");
				ps.setString(4, "SEARCH");
				ps.setString(5, "Client");
				ps.setNull(6, Types.VARCHAR);
				ps.setNull(7, Types.OTHER);
				ps.setString(8, "API");
				ps.setString(9, text.length() <= 500 ? text : text.substring(0, 500));
				ps.setString(10, previous);
				ps.setString(11, hash);
				ps.executeUpdate();
			}
			previous = hash;
		}
		else try (PreparedStatement ps = c.prepareStatement(INSERT)) {
			for (UUID id : clientIds) {
				seq++;
				String hash = hash(previous, seq, at, "owner", "SEARCH", "Client", id.toString(), id, "API", null);
				ps.setLong(1, seq);
				ps.setObject(2, at, Types.TIMESTAMP_WITH_TIMEZONE);
				ps.setString(3, "owner");
				ps.setString(4, "SEARCH");
				ps.setString(5, "Client");
				ps.setString(6, id.toString());
				ps.setObject(7, id);
				ps.setString(8, "API");
				ps.setNull(9, Types.VARCHAR);
				ps.setString(10, previous);
				ps.setString(11, hash);
				ps.addBatch();
				previous = hash;
			}
			ps.executeBatch();
		}
		try (PreparedStatement ps = c.prepareStatement(UPDATE_HEAD)) {
			ps.setLong(1, seq);
			ps.setString(2, previous);
			ps.executeUpdate();
		}
	}

	// AuditLedger#hash
	static String hash(String previous, long seq, OffsetDateTime at, String username, String action, String entity,
			String entityId, UUID clientId, String source, String detail) {
		String content = String.join("\u001f", previous, Long.toString(seq), at.toInstant().toString(), username, action,
				entity == null ? "" : entity, entityId == null ? "" : entityId,
				clientId == null ? "" : clientId.toString(), source, detail == null ? "" : detail);
		return sha256(content);
	}

	static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static void checkSameRows(BlockingQueue<Connection> pool) throws SQLException {
		Connection c = pool.peek();
		long total = 0;
		for (String prefix : PREFIXES) {
			List<String> a = ids(c, APP_SEARCH, prefix);
			List<String> b = ids(c, UNION_SEARCH, prefix);
			if (!a.equals(b)) {
				throw new IllegalStateException("the union query differs from the app's for " + prefix);
			}
			total += a.size();
		}
		c.commit();
		System.out.printf("prefixes=%d avg_rows_per_prefix=%.1f (app and union queries return the same rows)%n",
				PREFIXES.length, (double) total / PREFIXES.length);
	}

	static List<String> ids(Connection c, String sql, String prefix) throws SQLException {
		List<String> ids = new ArrayList<>();
		try (PreparedStatement ps = c.prepareStatement(sql)) {
			ps.setString(1, prefix + "%");
			ps.setString(2, prefix + "%");
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					ids.add(rs.getString(1));
				}
			}
		}
		return ids;
	}

	static long processCpuTicks() throws Exception {
		String stat = Files.readString(Path.of("/proc/self/stat"));
		String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
		// fields 14 and 15 of /proc/<pid>/stat (utime, stime); f[0] is field 3
		return Long.parseLong(f[11]) + Long.parseLong(f[12]);
	}

	static double pct(long[] sorted, double p) {
		if (sorted.length == 0) {
			return 0;
		}
		int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
	}

	static void sleepUntil(long nanoTime) throws InterruptedException {
		long ms;
		while ((ms = (nanoTime - System.nanoTime()) / 1_000_000) > 0) {
			Thread.sleep(Math.min(ms, 1000));
		}
	}

}
