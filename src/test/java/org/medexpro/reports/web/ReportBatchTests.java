package org.medexpro.reports.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.medexpro.security.Role;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.medexpro.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;

/** The 30-day batch keeps a finished batch's progress for the page a while, then forgets it. */
@MedexIntegrationTest
class ReportBatchTests {

	@Autowired
	ReportBatch batch;

	@Autowired
	Fixtures fixtures;

	@Autowired
	TestClock clock;

	@Test
	void aFinishedBatchIsForgottenAnHourAfterItFinished() throws Exception {
		String trainer = fixtures.staffMember(Role.TRAINER);
		Instant now = Instant.now();
		clock.pin(now);
		try {
			UUID id = Fixtures.as(trainer, Set.of(Role.TRAINER), batch::start);
			for (int i = 0; i < 300 && !batch.progress(id).orElseThrow().finished(); i++) {
				Thread.sleep(100);
			}
			assertThat(batch.progress(id)).hasValueSatisfying(p -> assertThat(p.finished()).isTrue());
			clock.pin(now.plus(ReportBatch.KEEP_FINISHED).minus(Duration.ofMinutes(1)));
			assertThat(batch.progress(id)).as("still shown just under an hour later").isPresent();
			clock.pin(now.plus(ReportBatch.KEEP_FINISHED).plus(Duration.ofMinutes(1)));
			assertThat(batch.progress(id)).as("forgotten after an hour").isEmpty();
		}
		finally {
			clock.release();
		}
	}

}
