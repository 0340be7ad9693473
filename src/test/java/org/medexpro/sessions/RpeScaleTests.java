package org.medexpro.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.validation.Validator;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.medexpro.assessment.AssessmentService;
import org.medexpro.assessment.TrainingGuard;
import org.medexpro.audit.AuditTrail;
import org.medexpro.clients.ClientService;
import org.medexpro.knowledge.KnowledgeBase;
import org.medexpro.programs.ExerciseGuard;
import org.medexpro.programs.ProgramService;
import org.medexpro.security.Role;
import org.medexpro.sessions.internal.SessionRepository;
import org.medexpro.shared.FieldErrorsException;
import org.medexpro.shared.FieldErrorsException.FieldMessage;
import org.medexpro.shared.PracticeTime;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The practice's choice of RPE scale: Borg 6–20 (the shipped default) or CR-10 (0–10). A
 * second service on the same database stands for a practice that chose CR-10.
 */
@MedexIntegrationTest
class RpeScaleTests {

	static final VitalsReadings GO = new VitalsReadings(128, 80, 70, null, null, null, List.of());

	@Autowired
	SessionLogService borg;

	@Autowired
	Fixtures fixtures;

	@Autowired
	SessionRepository repository;

	@Autowired
	KnowledgeBase knowledge;

	@Autowired
	ClientService clients;

	@Autowired
	AssessmentService assessment;

	@Autowired
	TrainingGuard trainingGuard;

	@Autowired
	ExerciseGuard exerciseGuard;

	@Autowired
	ProgramService programs;

	@Autowired
	AuditTrail audit;

	@Autowired
	Validator validator;

	@Autowired
	PracticeTime practiceTime;

	@Autowired
	Clock clock;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	SessionLogService cr10;

	String trainer;

	java.util.UUID client;

	@BeforeEach
	void practiceOnCr10() {
		SessionSettings settings = new SessionSettings(new SessionSettings.Properties(RpeScale.CR10, Duration.ofHours(24), Map.of()),
				knowledge);
		cr10 = new SessionLogService(repository, settings, knowledge, clients, assessment, trainingGuard, exerciseGuard, programs,
				audit, validator, practiceTime, clock, events);
		trainer = fixtures.staffMember(Role.TRAINER);
		client = fixtures.clearedClientOf(trainer, "KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(4));
	}

	@Test
	void theBorgScaleTakesSixToTwenty() {
		assertThat(refusal(() -> borg.create(client, session("5")))).containsExactly(
				new FieldMessage("entries[0].rpe", "must be on the log's scale, Borg, 6 to 20"));
		assertThat(refusal(() -> borg.create(client, session("21")))).extracting(FieldMessage::field).containsExactly("entries[0].rpe");
		assertThat(refusal(() -> borg.create(client, session("12.5")))).containsExactly(
				new FieldMessage("entries[0].rpe", "must be on the log's scale, Borg, 6 to 20 in whole numbers"));
		assertThat(as(() -> borg.create(client, session("6"))).rpeScale()).isEqualTo(RpeScale.BORG_6_20);
		assertThat(as(() -> borg.create(client, session("20"))).entries().get(0).rpe()).isEqualByComparingTo("20");
	}

	@Test
	void theCr10ScaleTakesZeroToTenAndItsLogsKeepIt() {
		assertThat(refusal(() -> cr10.create(client, session("11")))).containsExactly(
				new FieldMessage("entries[0].rpe", "must be on the log's scale, CR-10, 0 to 10"));
		SessionLog zero = as(() -> cr10.create(client, session("0")));
		assertThat(zero.rpeScale()).isEqualTo(RpeScale.CR10);
		assertThat(zero.entries().get(0).rpe()).isEqualByComparingTo("0");
		assertThat(as(() -> cr10.create(client, session("10"))).entries().get(0).rpe()).isEqualByComparingTo("10");

		// Saved again through the practice's service, the draft is checked on its own scale: 3 is a CR-10 effort.
		SessionRequest three = new SessionRequest(zero.startedAt(), zero.endedAt(), null, GO, null, List.of(entry("3")), null, null,
				null, zero.version());
		assertThat(as(() -> borg.update(zero.id(), three)).entries().get(0).rpe()).isEqualByComparingTo("3");
	}

	private SessionRequest session(String rpe) {
		OffsetDateTime end = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).minusMinutes(1);
		return new SessionRequest(end.minusMinutes(45), end, null, GO, null, List.of(entry(rpe)), null, null, null, null);
	}

	private static EntryData entry(String rpe) {
		return new EntryData("ANKLE_PUMPS", 2, 10, null, null, new BigDecimal(rpe), 1, 1, Tolerance.GOOD, null, null, null);
	}

	private List<FieldMessage> refusal(Supplier<?> work) {
		try {
			as(work);
		}
		catch (FieldErrorsException ex) {
			return ex.errors();
		}
		throw new AssertionError("not refused");
	}

	/** As the trainer, in a transaction (the CR-10 service is not a proxy that would open one). */
	private <T> T as(Supplier<T> work) {
		return new TransactionTemplate(transactions).execute(status -> Fixtures.as(trainer, Set.of(Role.TRAINER), work));
	}

}
