package org.medexpro.durability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;

/**
 * A child process for {@link H2DurabilityTests}: commits rows one by one and prints
 * "ACK n" only after each commit has returned, until it is killed.
 */
public final class H2CommitWriter {

	public static void main(String[] args) throws Exception {
		try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
			connection.createStatement().execute("create table if not exists acked (id bigint primary key, body varchar(200))");
			long start = Long.parseLong(args[1]);
			try (PreparedStatement insert = connection.prepareStatement("insert into acked (id, body) values (?, ?)")) {
				for (long id = start; id < start + 1_000_000; id++) {
					insert.setLong(1, id);
					insert.setString(2, "session log " + id);
					insert.executeUpdate();
					System.out.println("ACK " + id);
					System.out.flush();
				}
			}
		}
	}

}
