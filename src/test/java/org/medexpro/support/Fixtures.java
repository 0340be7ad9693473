package org.medexpro.support;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.medexpro.assessment.AssessmentService;
import org.medexpro.assessment.IntakeData;
import org.medexpro.clients.ClientData;
import org.medexpro.clients.ClientDetails;
import org.medexpro.clients.ClientService;
import org.medexpro.clients.Sex;
import org.medexpro.groups.GroupProgram;
import org.medexpro.groups.GroupProgramRequest;
import org.medexpro.groups.GroupService;
import org.medexpro.physicians.PhysicianData;
import org.medexpro.physicians.PhysicianService;
import org.medexpro.programs.Program;
import org.medexpro.physicians.FollowUpTask;
import org.medexpro.physicians.MedicalRelationsService;
import org.medexpro.physicians.Referral;
import org.medexpro.programs.ProgramService;
import org.medexpro.reports.Document;
import org.medexpro.reports.DocumentKind;
import org.medexpro.reports.DocumentService;
import org.medexpro.sessions.Attendance;
import org.medexpro.sessions.SessionLog;
import org.medexpro.sessions.SessionLogService;
import org.medexpro.sessions.SessionRequest;
import org.medexpro.security.NewStaffAccount;
import org.medexpro.scheduling.Appointment;
import org.medexpro.scheduling.AppointmentKind;
import org.medexpro.scheduling.AppointmentRequest;
import org.medexpro.scheduling.SchedulingService;
import org.medexpro.security.Role;
import org.medexpro.security.StaffService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Small factories for test data, made through the modules' own APIs (so they are
 * audited like real data). Every name is invented and unique per call.
 */
@Component
public class Fixtures {

	public static final String PASSWORD = "Fixture-Password-2026";

	private static final AtomicInteger counter = new AtomicInteger();

	private final StaffService staff;

	private final ClientService clients;

	private final AssessmentService assessment;

	private final PhysicianService physicians;

	private final ProgramService programs;

	private final SessionLogService sessions;

	private final DocumentService documents;

	private final MedicalRelationsService relations;

	private final SchedulingService scheduling;

	private final GroupService groups;

	private final org.medexpro.billing.InvoiceService invoices;

	private final org.medexpro.billing.PayerService payers;

	private final org.medexpro.billing.MembershipService memberships;

	Fixtures(StaffService staff, ClientService clients, AssessmentService assessment, PhysicianService physicians,
			ProgramService programs, SessionLogService sessions, DocumentService documents, MedicalRelationsService relations,
			SchedulingService scheduling, GroupService groups, org.medexpro.billing.InvoiceService invoices,
			org.medexpro.billing.PayerService payers, org.medexpro.billing.MembershipService memberships) {
		this.scheduling = scheduling;
		this.groups = groups;
		this.invoices = invoices;
		this.payers = payers;
		this.memberships = memberships;
		this.staff = staff;
		this.clients = clients;
		this.assessment = assessment;
		this.physicians = physicians;
		this.programs = programs;
		this.sessions = sessions;
		this.documents = documents;
		this.relations = relations;
	}

	public static String unique(String prefix) {
		return prefix + counter.incrementAndGet() + UUID.randomUUID().toString().substring(0, 6);
	}

	/** A National Provider Identifier no other test has used, with a valid check digit. */
	public static String freshNpi() {
		String body = String.valueOf(100_000_000L + Math.floorMod(System.nanoTime() + counter.incrementAndGet(), 900_000_000L));
		for (int check = 0; check < 10; check++) {
			if (org.medexpro.physicians.NpiCheck.isValid(body + check)) {
				return body + check;
			}
		}
		throw new IllegalStateException("every NPI body has a check digit");
	}

	/** Opens a staff account with the given roles and returns its username. */
	public String staffMember(Role... roles) {
		String username = unique("staff").toLowerCase();
		as(MedexIntegrationTest.OWNER, Set.of(Role.OWNER),
				() -> staff.create(new NewStaffAccount(username, PASSWORD, "Test " + username, EnumSet.of(roles[0], roles))));
		return username;
	}

	/** Registers a client as this trainer, so the trainer is on their care team. */
	public ClientDetails clientOf(String trainer) {
		return as(trainer, Set.of(Role.TRAINER), () -> clients.register(
				ClientData.of("Ada", unique("Testclient"), LocalDate.of(1956, 4, 2), Sex.FEMALE)));
	}

	/**
	 * A client of this trainer with the condition (side and approach where it has them,
	 * surgery or onset on {@code event}), cleared by a physician for training.
	 */
	public UUID clearedClientOf(String trainer, String condition, @Nullable String side, @Nullable String approach,
			LocalDate event) {
		UUID client = clientOf(trainer).id();
		UUID physician = as(MedexIntegrationTest.OWNER, Set.of(Role.OWNER),
				() -> physicians.add(new PhysicianData("Dr. " + unique("Fixture"), null, null, null, null, null))).id();
		as(trainer, Set.of(Role.TRAINER), () -> {
			assessment.addCondition(client, new IntakeData.ConditionEntry(condition, side, approach, event, null));
			return assessment.recordClearance(client, physician, LocalDate.now(), "may train");
		});
		return client;
	}

	/**
	 * A client of this trainer with knee osteoarthritis, cleared by a physician, and a program
	 * from the knee osteoarthritis protocol at its first phase.
	 */
	public Program programOf(String trainer) {
		UUID client = clearedClientOf(trainer, "KNEE_OSTEOARTHRITIS", "LEFT", null, LocalDate.now().minusYears(4));
		return as(trainer, Set.of(Role.TRAINER), () -> programs.create(client, "KNEE_OSTEOARTHRITIS"));
	}

	/** A draft session log by this trainer for a client of theirs who did not come (a no-show, no exercises). */
	public SessionLog sessionOf(String trainer) {
		UUID client = clientOf(trainer).id();
		java.time.OffsetDateTime end = java.time.OffsetDateTime.now().minusHours(1);
		return as(trainer, Set.of(Role.TRAINER), () -> sessions.create(client,
				new SessionRequest(end.minusMinutes(45), end, Attendance.NO_SHOW, null, null, null, null, null, null, null)));
	}

	/** A draft introductory letter by this trainer for a client of theirs. */
	public Document documentOf(String trainer) {
		return documentOf(trainer, DocumentKind.INTRODUCTORY_LETTER);
	}

	/** A draft document of this kind by this trainer for a client of theirs. */
	public Document documentOf(String trainer, DocumentKind kind) {
		UUID client = clientOf(trainer).id();
		return as(trainer, Set.of(Role.TRAINER), () -> documents.draft(client, kind, null, null));
	}

	/** A referral received from a new physician, recorded by this trainer, not yet anyone's. */
	public Referral referral(String trainer) {
		UUID physician = as(MedexIntegrationTest.OWNER, Set.of(Role.OWNER),
				() -> physicians.add(new PhysicianData("Dr. " + unique("Referrer"), null, null, null, null, null))).id();
		return as(trainer, Set.of(Role.TRAINER), () -> relations.recordReferral(
				new Referral.Data(physician, null, "M17.11", "knee osteoarthritis", LocalDate.now())));
	}

	/** An open follow-up: the thank-you letter of a fresh referral. */
	public FollowUpTask followUp(String trainer) {
		Referral referral = referral(trainer);
		return as(trainer, Set.of(Role.TRAINER), () -> relations.openTasks().stream()
			.filter(t -> t.physicianId().equals(referral.physicianId()) && t.kind() == FollowUpTask.Kind.THANK_YOU_LETTER)
			.findFirst().orElseThrow());
	}

	/**
	 * A one-to-one appointment of a fresh client of this trainer with the trainer, that began
	 * half an hour ago (so it can be checked in or be a no-show); each one an hour before the
	 * last, so that the trainer is never booked twice.
	 */
	public Appointment appointmentOf(String trainer) {
		UUID client = clientOf(trainer).id();
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS)
			.minusMinutes(30).minusHours(counter.incrementAndGet());
		return as(trainer, Set.of(Role.TRAINER), () -> scheduling.book(new AppointmentRequest(client, trainer, start,
				start.plusMinutes(45), AppointmentKind.ONE_TO_ONE, null, null)));
	}

	/**
	 * A diabetes group led by this trainer with one meeting, at 06:00 on a day of 2020 no
	 * other such group has (so the trainer is never booked twice), which has therefore begun.
	 */
	public GroupProgram groupOf(String trainer) {
		LocalDate day = LocalDate.of(2020, 1, 1).plusDays(counter.incrementAndGet() % 3000);
		return as(trainer, Set.of(Role.TRAINER), () -> groups.create(new GroupProgramRequest(unique("Group"), "TYPE_2_DIABETES",
				8, day, 1, trainer, EnumSet.allOf(java.time.DayOfWeek.class), java.time.LocalTime.of(6, 0), 30, null, null)));
	}

	/** Enrols a fresh client of this trainer in the group. */
	public UUID enrolledIn(String trainer, UUID groupId) {
		UUID client = clientOf(trainer).id();
		as(trainer, Set.of(Role.TRAINER), () -> groups.enroll(groupId, client));
		return client;
	}

	/** Resting readings inside every limit (glucose too, for clients on insulin): the gate says GO. */
	public static final org.medexpro.sessions.VitalsReadings SAFE_VITALS =
			new org.medexpro.sessions.VitalsReadings(128, 80, 70, 97, 140, false, java.util.List.of());

	/** A signed session log of this trainer's client, 30 minutes of 97110, the day before yesterday. */
	public SessionLog signedSessionOf(String trainer, UUID client) {
		OffsetDateTime start = OffsetDateTime.now(ZoneOffset.UTC).minusDays(2).truncatedTo(ChronoUnit.HOURS);
		return as(trainer, Set.of(Role.TRAINER), () -> sessions.sign(sessions.create(client, new SessionRequest(start,
				start.plusMinutes(45), Attendance.ATTENDED, SAFE_VITALS, null, null, null,
				java.util.Map.of(org.medexpro.sessions.ServiceKind.STRENGTH_RANGE_ENDURANCE, 30), null, null)).id(), false));
	}

	/** An open invoice to the client (self-pay) of one signed session of this trainer's client. */
	public org.medexpro.billing.Invoice invoiceOf(String trainer) {
		UUID client = clientOf(trainer).id();
		signedSessionOf(trainer, client);
		return as(MedexIntegrationTest.OWNER, Set.of(Role.OWNER),
				() -> invoices.invoice(client, new org.medexpro.billing.InvoiceRequest(null, null)));
	}

	/** A commercial payer that accepts the practice. */
	public org.medexpro.billing.Payer payer() {
		return as(MedexIntegrationTest.OWNER, Set.of(Role.OWNER), () -> payers.addPayer(new org.medexpro.billing.Payer.Data(
				unique("Payer"), org.medexpro.billing.PayerKind.COMMERCIAL, true, null, null, null, null, null, null, null, null,
				null, null)));
	}

	/** A coverage of this trainer's fresh client by a fresh payer. */
	public org.medexpro.billing.Coverage coverageOf(String trainer) {
		UUID client = clientOf(trainer).id();
		UUID payer = payer().id();
		return as(MedexIntegrationTest.OWNER, Set.of(Role.OWNER), () -> payers.addCoverage(client, new org.medexpro.billing.Coverage.Data(
				payer, "M-1", null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null)));
	}

	/** A membership plan of 80.00 a month with four sessions. */
	public org.medexpro.billing.Membership.Plan plan() {
		return as(MedexIntegrationTest.OWNER, Set.of(Role.OWNER), () -> memberships.addPlan(new org.medexpro.billing.Membership.PlanData(
				unique("Plan"), org.medexpro.billing.Money.parse("80.00"), 4)));
	}

	/** An active membership of this trainer's fresh client. */
	public org.medexpro.billing.Membership membershipOf(String trainer) {
		UUID client = clientOf(trainer).id();
		UUID plan = plan().id();
		return as(MedexIntegrationTest.OWNER, Set.of(Role.OWNER), () -> memberships.start(client, plan, null));
	}

	/** Records the client's postal address, as the owner (a claim needs it). */
	public ClientDetails giveAddress(UUID clientId, String line, String city, String state, String postalCode) {
		return as(MedexIntegrationTest.OWNER, Set.of(Role.OWNER), () -> {
			ClientDetails c = clients.get(clientId);
			return clients.update(clientId, c.version(), new ClientData(c.firstName(), c.lastName(), c.dateOfBirth(), c.sex(),
					c.email(), c.phone(), line, city, state, postalCode, c.emergencyContactName(), c.emergencyContactPhone(),
					c.emergencyContactRelationship(), c.consentToShare(), c.consentDate()));
		});
	}

	/** Registers a client with a given last name, as the owner (no care team). */
	public ClientDetails client(String lastName) {
		return as(MedexIntegrationTest.OWNER, Set.of(Role.OWNER),
				() -> clients.register(ClientData.of("Ada", lastName, LocalDate.of(1956, 4, 2), Sex.FEMALE)));
	}

	/** Runs work signed in as a user with roles, as a request would. */
	public static <T> T as(String username, Set<Role> roles, Supplier<T> work) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
				AuthorityUtils.createAuthorityList(roles.stream().map(Role::authority).toList())));
		SecurityContextHolder.setContext(context);
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.setContext(previous);
		}
	}

}
