package org.medexpro.groups;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.medexpro.assessment.AssessmentService;
import org.medexpro.assessment.TrainingGuard;
import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditTrail;
import org.medexpro.clients.ClientAccessLevel;
import org.medexpro.clients.ClientDetails;
import org.medexpro.clients.ClientListItem;
import org.medexpro.clients.ClientService;
import org.medexpro.clients.ClientStatus;
import org.medexpro.groups.internal.GroupRepository;
import org.medexpro.groups.internal.GroupRepository.AttendanceRow;
import org.medexpro.groups.internal.GroupRepository.EnrollmentRow;
import org.medexpro.groups.internal.GroupRepository.GroupRow;
import org.medexpro.groups.internal.GroupRepository.MeetingLogRow;
import org.medexpro.knowledge.Condition;
import org.medexpro.knowledge.KnowledgeBase;
import org.medexpro.knowledge.RuleLevel;
import org.medexpro.programs.ExerciseGuard;
import org.medexpro.programs.RuleHit;
import org.medexpro.scheduling.Appointment;
import org.medexpro.scheduling.SchedulingService;
import org.medexpro.security.CurrentStaff;
import org.medexpro.security.Role;
import org.medexpro.security.StaffService;
import org.medexpro.sessions.Attendance;
import org.medexpro.sessions.ServiceKind;
import org.medexpro.sessions.SessionLog;
import org.medexpro.sessions.SessionLogService;
import org.medexpro.sessions.SessionRequest;
import org.medexpro.shared.ConflictException;
import org.medexpro.shared.FieldErrorsException;
import org.medexpro.shared.NotFoundException;
import org.medexpro.shared.PracticeTime;
import org.medexpro.shared.RuleViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Group programs: starting a course (its meetings on the calendar), enrolment with the
 * waitlist, eligibility against the exercise engine, and the group log of each meeting.
 * Enrolment and withdrawal lock the group first, so that the capacity holds however many
 * ask at once and the waitlist is promoted in its order.
 */
@Service
public class GroupService {

	/** 422 rule: the client waits for a physician's clearance (invariant 2). */
	public static final String CLEARANCE_REQUIRED = "CLEARANCE_REQUIRED";

	/** 422 rule: the client was discharged; a new episode (or maintenance) comes first. */
	public static final String NEW_EPISODE_REQUIRED = "NEW_EPISODE_REQUIRED";

	private final GroupRepository groups;

	private final ClientService clients;

	private final KnowledgeBase knowledge;

	private final ExerciseGuard guard;

	private final AssessmentService assessment;

	private final TrainingGuard trainingGuard;

	private final SchedulingService scheduling;

	private final SessionLogService sessions;

	private final StaffService staff;

	private final AuditTrail audit;

	private final Validator validator;

	private final PracticeTime time;

	private final Clock clock;

	GroupService(GroupRepository groups, ClientService clients, KnowledgeBase knowledge, ExerciseGuard guard,
			AssessmentService assessment, TrainingGuard trainingGuard, SchedulingService scheduling, SessionLogService sessions,
			StaffService staff, AuditTrail audit, Validator validator, PracticeTime time, Clock clock) {
		this.groups = groups;
		this.clients = clients;
		this.knowledge = knowledge;
		this.guard = guard;
		this.assessment = assessment;
		this.trainingGuard = trainingGuard;
		this.scheduling = scheduling;
		this.sessions = sessions;
		this.staff = staff;
		this.audit = audit;
		this.validator = validator;
		this.time = time;
		this.clock = clock;
	}

	/**
	 * Starts a group program; with a leader, days and a time, books its meetings (all of them, or
	 * nothing: 409 when the leader is booked at one of the times).
	 */
	@Transactional
	public GroupProgram create(GroupProgramRequest request) {
		FieldErrorsException.requireValid(validator, request);
		Map<String, String> errors = new LinkedHashMap<>();
		if (knowledge.condition(request.conditionCode()).isEmpty()) {
			errors.put("conditionCode", "is not a condition of the knowledge base (GET /api/v1/conditions)");
		}
		List<String> exercises = request.exercises() == null ? List.of() : request.exercises();
		for (int i = 0; i < exercises.size(); i++) {
			if (knowledge.exercise(exercises.get(i)).isEmpty()) {
				errors.put("exercises[" + i + "]", "is not an exercise of the library (GET /api/v1/exercises)");
			}
		}
		boolean scheduled = request.leader() != null || request.days() != null || request.time() != null;
		if (scheduled) {
			if (request.leader() == null || request.leader().isBlank()) {
				errors.put("leader", "give the exercise professional who leads the meetings");
			}
			else if (staff.find(request.leader()).filter(s -> s.enabled() && (s.has(Role.TRAINER) || s.has(Role.OWNER))).isEmpty()) {
				errors.put("leader", "is not an exercise professional of the practice");
			}
			if (request.days() == null || request.days().isEmpty()) {
				errors.put("days", "give the days of the week the group meets");
			}
			if (request.time() == null) {
				errors.put("time", "give the time the meetings start, e.g. 10:00");
			}
		}
		if (!errors.isEmpty()) {
			throw FieldErrorsException.of(errors);
		}
		UUID id = UUID.randomUUID();
		Integer minutes = request.minutes() == null && scheduled ? Integer.valueOf(60) : request.minutes();
		GroupRow row = new GroupRow(id, request.name().strip(), request.conditionCode(), request.capacity(), request.startsOn(),
				request.sessions(), scheduled ? request.leader() : null,
				scheduled ? new TreeSet<>(request.days()).stream().map(DayOfWeek::name).collect(Collectors.joining(",")) : null,
				request.time(), minutes, exercises.isEmpty() ? null : String.join(",", exercises), blank(request.description()), 1, 0);
		groups.insert(row, now(), CurrentStaff.username());
		if (scheduled) {
			scheduling.bookGroupMeetings(id, request.leader(), meetingTimes(row), row.name());
		}
		audit.record(AuditAction.CREATE, "GroupProgram", id, null, row.name());
		return view(row);
	}

	/** Every group program, newest first (no client is named). */
	@Transactional(readOnly = true)
	public List<GroupProgram> list() {
		return groups.all().stream().map(this::view).toList();
	}

	@Transactional(readOnly = true)
	public GroupProgram get(UUID id) {
		return view(groups.find(id).orElseThrow(() -> new NotFoundException("Group program")));
	}

	/**
	 * Asks for a place in the group: enrolled while there is one, else on the waitlist. The
	 * answer carries the engine's warnings for this client; the group's leader joins the
	 * client's care team, so that they can log the meetings.
	 * @throws ConflictException 409 when the client already has a place or is waiting for one
	 * @throws RuleViolationException 422 {@code CLEARANCE_REQUIRED} while a clearance is awaited
	 */
	@Transactional
	public Enrollment enroll(UUID groupId, UUID clientId) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		GroupRow group = groups.lock(groupId).orElseThrow(() -> new NotFoundException("Group program"));
		ClientDetails client = clients.get(clientId);
		requireTrainable(client);
		Optional<EnrollmentRow> existing = groups.enrollment(groupId, clientId);
		if (existing.isPresent() && !existing.get().status().equals(EnrollmentStatus.WITHDRAWN.name())) {
			throw new ConflictException(client.fullName() + " is already "
					+ EnrollmentStatus.valueOf(existing.get().status()).label().toLowerCase() + " in " + group.name() + ".");
		}
		List<String> warnings = warnings(group, clientId);
		boolean place = groups.count(groupId, EnrollmentStatus.ENROLLED.name()) < group.capacity();
		OffsetDateTime now = now();
		EnrollmentRow row = new EnrollmentRow(groupId, clientId,
				(place ? EnrollmentStatus.ENROLLED : EnrollmentStatus.WAITLISTED).name(), groups.takePosition(groupId),
				warnings.isEmpty() ? null : stored(warnings), now, place ? now : null);
		groups.saveEnrollment(row, now, CurrentStaff.username());
		if (place) {
			scheduling.holdForGroupMember(groupId, clientId);
		}
		if (group.leader() != null && staff.find(group.leader()).filter(s -> s.has(Role.TRAINER)).isPresent()) {
			clients.addToCareTeam(clientId, group.leader());
		}
		audit.record(AuditAction.CREATE, "GroupEnrollment", groupId, clientId, row.status());
		return enrollment(row);
	}

	/**
	 * The client leaves the group; a place that frees up goes to the first of the waitlist.
	 * @return the client promoted from the waitlist, if any
	 */
	@Transactional
	public Optional<Enrollment> withdraw(UUID groupId, UUID clientId) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		GroupRow group = groups.lock(groupId).orElseThrow(() -> new NotFoundException("Group program"));
		EnrollmentRow current = groups.enrollment(groupId, clientId)
			.filter(e -> !e.status().equals(EnrollmentStatus.WITHDRAWN.name()))
			.orElseThrow(() -> new NotFoundException("Enrolment"));
		OffsetDateTime now = now();
		groups.withdraw(groupId, clientId, now);
		scheduling.releaseForGroupMember(groupId, clientId);
		audit.record(AuditAction.UPDATE, "GroupEnrollment", groupId, clientId, "withdrawn");
		if (!current.status().equals(EnrollmentStatus.ENROLLED.name())
				|| groups.count(groupId, EnrollmentStatus.ENROLLED.name()) >= group.capacity()) {
			return Optional.empty();
		}
		// The first of the waitlist who may train and is free at the group's times: one waiting for a
		// clearance or booked elsewhere then keeps their place in line.
		return groups.waiting(groupId).stream()
			.filter(next -> trainingGuard.isClearedForTraining(next.clientId()) && scheduling.freeForGroup(groupId, next.clientId()))
			.findFirst()
			.map(next -> {
			groups.promote(groupId, next.clientId(), now);
			scheduling.holdForGroupMember(groupId, next.clientId());
			audit.record(AuditAction.UPDATE, "GroupEnrollment", groupId, next.clientId(), "promoted from the waitlist");
			return enrollment(groups.enrollment(groupId, next.clientId()).orElseThrow());
		});
	}

	/** A member of a group as its page lists them. */
	public record Member(Enrollment enrollment, String name, @Nullable ClientStatus status) {

		public boolean waitingForClearance() {
			return status == ClientStatus.CLEARANCE_REQUIRED;
		}

	}

	/**
	 * The group's enrolled clients, its waitlist in order, and those who withdrew. A trainer
	 * sees the names of their care team only (the leader's care team holds every member).
	 */
	@Transactional
	public List<Member> members(UUID groupId) {
		groups.find(groupId).orElseThrow(() -> new NotFoundException("Group program"));
		List<EnrollmentRow> rows = groups.enrollments(groupId);
		Map<UUID, ClientListItem> names = clients.listed(rows.stream().map(EnrollmentRow::clientId).toList());
		List<Member> members = new ArrayList<>();
		List<EnrollmentRow> waiting = rows.stream().filter(r -> r.status().equals(EnrollmentStatus.WAITLISTED.name())).toList();
		for (EnrollmentRow row : rows) {
			ClientListItem client = names.get(row.clientId());
			if (client != null) {
				members.add(new Member(enrollment(row, waiting), client.fullName(), client.status()));
			}
		}
		audit.recordReads(AuditAction.SEARCH, "GroupEnrollment", names.keySet());
		return members;
	}

	/**
	 * The group's meetings in order, each with its log once taken; the attendance of the clients
	 * the caller may list (a trainer's care team, as for the members; the listing is audited).
	 */
	@Transactional
	public List<GroupMeeting> meetings(UUID groupId) {
		groups.find(groupId).orElseThrow(() -> new NotFoundException("Group program"));
		Map<UUID, MeetingLogRow> logs = new LinkedHashMap<>();
		groups.logsOf(groupId).forEach(l -> logs.put(l.meetingId(), l));
		List<AttendanceRow> rows = groups.attendanceOf(groupId);
		Set<UUID> visible = clients.listed(rows.stream().map(AttendanceRow::clientId).distinct().toList()).keySet();
		Map<UUID, List<GroupMeeting.Attendee>> attendance = new LinkedHashMap<>();
		for (AttendanceRow a : rows) {
			if (visible.contains(a.clientId())) {
				attendance.computeIfAbsent(a.meetingId(), k -> new ArrayList<>())
					.add(new GroupMeeting.Attendee(a.clientId(), Attendance.valueOf(a.attendance()), a.sessionLogId()));
			}
		}
		List<GroupMeeting> meetings = new ArrayList<>();
		int number = 0;
		for (Appointment a : scheduling.meetingsOf(groupId)) {
			number++;
			MeetingLogRow log = logs.get(a.id());
			meetings.add(new GroupMeeting(a, number, log == null ? null : log.topic(), log == null ? null : log.loggedAt(),
					log == null ? null : log.signedAt(), attendance.getOrDefault(a.id(), List.of())));
		}
		return meetings;
	}

	/**
	 * Logs a meeting: a session log of group training for each enrolled client (attended, a
	 * no-show or cancelled), by the signed-in professional, to sign within 24 hours.
	 * @throws FieldErrorsException naming {@code attendance.<clientId>} for an enrolled client left out or a stranger
	 * @throws RuleViolationException 422 {@code CLEARANCE_REQUIRED} for an attendee waiting for a clearance
	 */
	@Transactional
	public GroupMeeting logMeeting(UUID groupId, UUID meetingId, GroupLogRequest request) {
		FieldErrorsException.requireValid(validator, request);
		GroupRow group = groups.lock(groupId).orElseThrow(() -> new NotFoundException("Group program"));
		Appointment meeting = meeting(groupId, meetingId);
		if (now().isBefore(meeting.start())) {
			throw new ConflictException("The meeting has not begun: it can be logged from " + time.format(meeting.start()) + ".");
		}
		if (groups.log(meetingId).isPresent()) {
			throw new ConflictException("This meeting is logged already; correct an attendee's log with an addendum.");
		}
		List<EnrollmentRow> enrolled = groups.enrollments(groupId).stream()
			.filter(e -> e.status().equals(EnrollmentStatus.ENROLLED.name()))
			.toList();
		Map<String, String> errors = new LinkedHashMap<>();
		Set<UUID> members = enrolled.stream().map(EnrollmentRow::clientId).collect(Collectors.toSet());
		enrolled.forEach(e -> {
			if (!request.attendance().containsKey(e.clientId())) {
				errors.put("attendance." + e.clientId(), "say whether this client came");
			}
		});
		request.attendance().keySet().forEach(c -> {
			if (!members.contains(c)) {
				errors.put("attendance." + c, "is not enrolled in the group");
			}
		});
		if (!errors.isEmpty()) {
			throw FieldErrorsException.of(errors);
		}
		int number = 1 + (int) scheduling.meetingsOf(groupId).stream().filter(a -> a.start().isBefore(meeting.start())).count();
		String notes = "Group: " + group.name() + ", meeting " + number + " of " + group.sessions()
				+ (blank(request.topic()) == null ? "" : ": " + request.topic().strip()) + "."
				+ (blank(request.notes()) == null ? "" : " " + request.notes().strip());
		OffsetDateTime now = now();
		groups.insertLog(new MeetingLogRow(meetingId, groupId, blank(request.topic()), request.minutes(), CurrentStaff.username(), now, null));
		for (EnrollmentRow e : enrolled) {
			Attendance attendance = request.attendance().get(e.clientId());
			if (attendance == Attendance.ATTENDED) {
				requireTrainable(clients.get(e.clientId()));
			}
			Map<ServiceKind, Integer> minutes = new EnumMap<>(ServiceKind.class);
			if (attendance == Attendance.ATTENDED) {
				minutes.put(ServiceKind.GROUP, request.minutes());
			}
			SessionLog log = sessions.create(e.clientId(), new SessionRequest(meeting.start(), meeting.end(), attendance, null,
					null, List.of(), null, minutes, notes, null));
			groups.insertAttendance(new AttendanceRow(meetingId, e.clientId(), attendance.name(), log.id()));
		}
		audit.record(AuditAction.CREATE, "GroupMeetingLog", meetingId, null, enrolled.size() + " attendees");
		return meetings(groupId).stream().filter(m -> m.appointment().id().equals(meetingId)).findFirst().orElseThrow();
	}

	/**
	 * Signs every attendee's log of the meeting (each becomes unchangeable; corrections are addenda).
	 * @throws RuleViolationException 422 {@code OUT_OF_SCOPE_LANGUAGE} unless {@code acknowledgeLanguage}
	 */
	@Transactional
	public GroupMeeting signMeeting(UUID groupId, UUID meetingId, boolean acknowledgeLanguage) {
		meeting(groupId, meetingId);
		MeetingLogRow log = groups.log(meetingId).orElseThrow(() -> new ConflictException("Log the meeting before signing it."));
		if (log.signedAt() != null) {
			throw new ConflictException("The meeting's logs are signed already.");
		}
		for (AttendanceRow a : groups.attendanceOf(groupId)) {
			if (a.meetingId().equals(meetingId)) {
				sessions.sign(a.sessionLogId(), acknowledgeLanguage);
			}
		}
		groups.markSigned(meetingId, now());
		return meetings(groupId).stream().filter(m -> m.appointment().id().equals(meetingId)).findFirst().orElseThrow();
	}

	/** The client's groups, for their chart. */
	@Transactional(readOnly = true)
	public List<GroupProgram> groupsOf(UUID clientId) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		return groups.all().stream()
			.filter(g -> groups.enrollment(g.id(), clientId).filter(e -> !e.status().equals(EnrollmentStatus.WITHDRAWN.name())).isPresent())
			.map(this::view)
			.toList();
	}

	private Appointment meeting(UUID groupId, UUID meetingId) {
		return scheduling.meetingsOf(groupId).stream().filter(a -> a.id().equals(meetingId)).findFirst()
			.orElseThrow(() -> new NotFoundException("Meeting"));
	}

	/** What the professional should know before the client joins: the engine's hits on the group's exercises. */
	private List<String> warnings(GroupRow group, UUID clientId) {
		List<String> warnings = new ArrayList<>();
		if (assessment.conditions(clientId).stream().noneMatch(c -> c.active() && c.code().equals(group.conditionCode()))) {
			warnings.add("The group is for " + knowledge.condition(group.conditionCode()).map(Condition::name).orElse(group.conditionCode())
					+ ", which is not among the client's recorded conditions.");
		}
		List<String> exercises = codes(group.exercises());
		for (Map.Entry<String, List<RuleHit>> hit : guard.hits(clientId, exercises).entrySet()) {
			String name = knowledge.exercise(hit.getKey()).map(e -> e.name()).orElse(hit.getKey());
			boolean excluded = hit.getValue().stream().anyMatch(h -> h.level() == RuleLevel.EXCLUDE);
			warnings.add((excluded ? "Not for this client: " : "Needs care with this client: ") + name + " ("
					+ hit.getValue().stream().map(h -> h.reason() + ", " + h.rule()).collect(Collectors.joining("; "))
					+ "). Give an alternative in the meetings.");
		}
		return warnings;
	}

	/** The warnings as the enrolment keeps them (up to 4,000 characters): those that fit, then how many more there are. */
	static String stored(List<String> warnings) {
		StringBuilder kept = new StringBuilder();
		for (int i = 0; i < warnings.size(); i++) {
			String more = "\n… and " + (warnings.size() - i) + " more: see the client's exercise options.";
			if (kept.length() + 1 + warnings.get(i).length() + more.length() > 4000) {
				return kept.append(more).toString();
			}
			kept.append(kept.isEmpty() ? "" : "\n").append(warnings.get(i));
		}
		return kept.toString();
	}

	private void requireTrainable(ClientDetails client) {
		if (client.status() == ClientStatus.CLEARANCE_REQUIRED) {
			throw new RuleViolationException(CLEARANCE_REQUIRED, client.fullName()
					+ " waits for a physician's clearance: no group training until it is recorded.");
		}
		if (client.status() == ClientStatus.DISCHARGED) {
			throw new RuleViolationException(NEW_EPISODE_REQUIRED, client.fullName()
					+ " was discharged: move them to maintenance or start a new episode first.");
		}
	}

	/** The course's meetings: {@code sessions} of them on its days from its start, at its time. */
	private List<OffsetDateTime[]> meetingTimes(GroupRow group) {
		List<DayOfWeek> days = codes(group.weekdays()).stream().map(DayOfWeek::valueOf).toList();
		List<OffsetDateTime[]> times = new ArrayList<>();
		LocalDate date = group.startsOn();
		while (times.size() < group.sessions()) {
			if (days.contains(date.getDayOfWeek())) {
				OffsetDateTime start = date.atTime(group.startTime()).atZone(time.zone()).toOffsetDateTime();
				times.add(new OffsetDateTime[] { start, start.plusMinutes(group.minutes()) });
			}
			date = date.plusDays(1);
		}
		return times;
	}

	private GroupProgram view(GroupRow g) {
		String conditionName = knowledge.condition(g.conditionCode()).map(Condition::name).orElse(g.conditionCode());
		return new GroupProgram(g.id(), g.name(), g.conditionCode(), conditionName, g.capacity(), g.startsOn(), g.sessions(),
				g.leader(), codes(g.weekdays()).stream().map(DayOfWeek::valueOf).toList(), g.startTime(), g.minutes(),
				codes(g.exercises()), g.description(), groups.count(g.id(), EnrollmentStatus.ENROLLED.name()),
				groups.count(g.id(), EnrollmentStatus.WAITLISTED.name()), g.version());
	}

	private Enrollment enrollment(EnrollmentRow row) {
		return enrollment(row, groups.enrollments(row.groupId()).stream()
			.filter(r -> r.status().equals(EnrollmentStatus.WAITLISTED.name())).toList());
	}

	private static Enrollment enrollment(EnrollmentRow row, List<EnrollmentRow> waiting) {
		Integer place = null;
		for (int i = 0; i < waiting.size(); i++) {
			if (waiting.get(i).clientId().equals(row.clientId())) {
				place = i + 1;
			}
		}
		return new Enrollment(row.groupId(), row.clientId(), EnrollmentStatus.valueOf(row.status()), place,
				row.warnings() == null ? List.of() : List.of(row.warnings().split("\n")), row.requestedAt(), row.enrolledAt());
	}

	private static List<String> codes(@Nullable String joined) {
		return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
	}

	private static @Nullable String blank(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
