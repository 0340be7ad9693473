package org.medexpro.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.medexpro.clients.ClientDetails;
import org.medexpro.security.Role;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;

@MedexIntegrationTest
class AuditTrailTests {

	@Autowired
	AuditTrail audit;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Test
	void verifierFindsTheFirstTamperedEntry() {
		ClientDetails client = fixtures.client(Fixtures.unique("Tamper"));
		long seq = jdbc.sql("select max(seq) from audit_entries where client_id = ?").param(client.id()).query(Long.class).single();
		assertThat(audit.verify().intact()).isTrue();

		String original = jdbc.sql("select username from audit_entries where seq = ?").param(seq).query(String.class).single();
		jdbc.sql("update audit_entries set username = 'mallory' where seq = ?").param(seq).update();
		try {
			AuditVerification verification = audit.verify();
			assertThat(verification.intact()).isFalse();
			assertThat(verification.firstBrokenSeq()).isEqualTo(seq);
		}
		finally {
			jdbc.sql("update audit_entries set username = ? where seq = ?").params(original, seq).update();
		}
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void verifierFindsARemovedEntry() {
		ClientDetails client = fixtures.client(Fixtures.unique("Removed"));
		long seq = jdbc.sql("select max(seq) from audit_entries where client_id = ?").param(client.id()).query(Long.class).single();
		fixtures.client(Fixtures.unique("After"));
		Map<String, Object> row = jdbc.sql("select * from audit_entries where seq = ?").param(seq).query().singleRow();
		jdbc.sql("delete from audit_entries where seq = ?").param(seq).update();
		try {
			assertThat(audit.verify().firstBrokenSeq()).isEqualTo(seq);
		}
		finally {
			jdbc.sql("""
					insert into audit_entries (seq, at, username, action, entity, entity_id, client_id, source, detail,
					                           prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(row.get("SEQ"), row.get("AT"), row.get("USERNAME"), row.get("ACTION"), row.get("ENTITY"),
						row.get("ENTITY_ID"), row.get("CLIENT_ID"), row.get("SOURCE"), row.get("DETAIL"),
						row.get("PREV_HASH"), row.get("HASH"))
				.update();
		}
		assertThat(audit.verify().intact()).isTrue();
	}

	@Test
	void ownerVerifiesTheTrailFromThePageAndTheApi() throws Exception {
		mvc.perform(get("/api/v1/audit/verification").with(user("owner").roles("OWNER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.intact").value(true));
		mvc.perform(post("/audit/verify").with(user("owner").roles("OWNER"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("The trail is intact")));
	}

	@Test
	void refusesToRecordOutsideTheCallersTransaction() {
		org.assertj.core.api.Assertions.assertThatThrownBy(
				() -> audit.record(AuditAction.READ, "Client", "x", null, null))
			.isInstanceOf(IllegalTransactionStateException.class);
	}

	@Test
	void failsClosedWhenTheTrailCannotBeWritten() throws Exception {
		ClientDetails client = fixtures.client(Fixtures.unique("Closed"));
		long clients = jdbc.sql("select count(*) from clients").query(Long.class).single();
		jdbc.sql("alter table audit_entries rename to audit_entries_away").update();
		try {
			mvc.perform(get("/api/v1/clients/{id}", client.id()).with(user("owner").roles("OWNER")))
				.andExpect(status().isServiceUnavailable())
				.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString(client.lastName()))));
			mvc.perform(post("/api/v1/clients").with(user("owner").roles("OWNER"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("""
						{"firstName":"Ada","lastName":"Unaudited","dateOfBirth":"1950-02-03","sex":"FEMALE"}"""))
				.andExpect(status().isServiceUnavailable());
		}
		finally {
			jdbc.sql("alter table audit_entries_away rename to audit_entries").update();
		}
		assertThat(jdbc.sql("select count(*) from clients").query(Long.class).single()).isEqualTo(clients);
	}

	@Test
	void keepsTheChainIntactUnderConcurrentWrites() throws Exception {
		String trainer = fixtures.staffMember(Role.TRAINER);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		for (int i = 0; i < 40; i++) {
			pool.submit(() -> fixtures.clientOf(trainer));
		}
		pool.shutdown();
		assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
		assertThat(audit.verify().intact()).isTrue();
		assertThat(audit.find(new AuditQuery(null, trainer, AuditAction.CREATE, null, null, 100))).hasSize(40);
	}

}
