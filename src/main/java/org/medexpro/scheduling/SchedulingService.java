package org.medexpro.scheduling;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditTrail;
import org.medexpro.clients.ClientAccessLevel;
import org.medexpro.clients.ClientDetails;
import org.medexpro.clients.ClientListItem;
import org.medexpro.clients.ClientService;
import org.medexpro.clients.ClientStatus;
import org.medexpro.scheduling.internal.AppointmentRepository;
import org.medexpro.security.CurrentStaff;
import org.medexpro.security.Role;
import org.medexpro.security.StaffMember;
import org.medexpro.security.StaffService;
import org.medexpro.sessions.Attendance;
import org.medexpro.sessions.SessionLogSaved;
import org.medexpro.sessions.SessionLogService;
import org.medexpro.shared.ConflictException;
import org.medexpro.shared.FieldErrorsException;
import org.medexpro.shared.NotFoundException;
import org.medexpro.shared.PracticeTime;
import org.medexpro.shared.RuleViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar's API. Booking checks the times, the staff member and the client (a client
 * waiting for a clearance gets no training), looks for a clash to name it, and then holds
 * the slots: the database refuses a second hold of any slot, so that of two bookings made
 * at the same moment one succeeds and the other gets 409. Every read and write that names
 * a client is audited.
 */
@Service
public class SchedulingService {

	/** 422 rule: the client waits for a physician's clearance (invariant 2). */
	public static final String CLEARANCE_REQUIRED = "CLEARANCE_REQUIRED";

	/** 422 rule: the client was discharged; a new episode begins with a new referral or intake. */
	public static final String NEW_EPISODE_REQUIRED = "NEW_EPISODE_REQUIRED";

	static final Duration LONGEST = Duration.ofHours(8);

	/** A series longer than this is a slip (a year of five days a week is 260). */
	static final int MOST_OCCURRENCES = 260;

	/** How long before its start a client can be checked in. */
	static final Duration CHECK_IN_FROM = Duration.ofHours(1);

	private final AppointmentRepository appointments;

	private final ClientService clients;

	private final StaffService staff;

	private final AuditTrail audit;

	private final ReminderMailer mailer;

	private final Validator validator;

	private final PracticeTime time;

	private final Clock clock;

	private final SessionLogService sessions;

	SchedulingService(AppointmentRepository appointments, ClientService clients, StaffService staff, AuditTrail audit,
			ReminderMailer mailer, Validator validator, PracticeTime time, Clock clock, SessionLogService sessions) {
		this.appointments = appointments;
		this.clients = clients;
		this.staff = staff;
		this.audit = audit;
		this.mailer = mailer;
		this.validator = validator;
		this.time = time;
		this.clock = clock;
		this.sessions = sessions;
	}

	/**
	 * Books an appointment, or every appointment of a weekly series: all of them, or none.
	 * @return the first appointment booked
	 * @throws ConflictException 409 when the staff member or the client is booked at any of the times
	 * @throws RuleViolationException 422 {@code CLEARANCE_REQUIRED} for training while a clearance is awaited
	 */
	@Transactional
	public Appointment book(AppointmentRequest request) {
		FieldErrorsException.requireValid(validator, request);
		checkTimes(request.start(), request.end());
		requireProfessional(request.staffUsername());
		clients.requireAccess(request.clientId(), ClientAccessLevel.CONTACT);
		requireBookable(clients.get(request.clientId()), request.kind());
		List<OffsetDateTime[]> times = occurrences(request);
		UUID series = times.size() > 1 ? UUID.randomUUID() : null;
		OffsetDateTime now = now();
		List<Appointment> booked = new ArrayList<>();
		for (OffsetDateTime[] t : times) {
			booked.add(new Appointment(UUID.randomUUID(), request.clientId(), null, request.staffUsername(), t[0], t[1],
					request.kind(), AppointmentStatus.BOOKED, series, blankToNull(request.note()), null, null, null, 0, null));
		}
		hold(booked, now);
		return booked.get(0);
	}

	/**
	 * Books a group's meetings with its leader (all or none), for the group programs.
	 * @param title how the calendar names the meetings, e.g. the group's name
	 */
	@Transactional
	public List<Appointment> bookGroupMeetings(UUID groupId, String leader, List<OffsetDateTime[]> times, String title) {
		requireProfessional(leader);
		List<Appointment> booked = new ArrayList<>();
		UUID series = UUID.randomUUID();
		for (OffsetDateTime[] t : times) {
			checkTimes(t[0], t[1]);
			booked.add(new Appointment(UUID.randomUUID(), null, groupId, leader, t[0], t[1], AppointmentKind.GROUP,
					AppointmentStatus.BOOKED, series, title, null, null, null, 0, null));
		}
		hold(booked, now());
		return booked;
	}

	/**
	 * Holds a group member's time at the group's meetings still to come, so that the client
	 * cannot be booked elsewhere then (and the database refuses a second hold, as for any
	 * booking). All meetings or none.
	 * @throws ConflictException 409 naming the first clash when the client is booked at a meeting's time
	 */
	@Transactional
	public void holdForGroupMember(UUID groupId, UUID clientId) {
		List<Appointment> coming = comingMeetings(groupId);
		List<Map<String, Object>> clashes = new ArrayList<>();
		for (Appointment meeting : coming) {
			otherHolds(clientId, meeting).forEach(other -> clashes.add(clash(meeting, "clientId", other)));
		}
		if (!clashes.isEmpty()) {
			throw new ConflictException("The client already has an appointment at " + clashes.get(0).get("at")
					+ ", during a meeting of the group" + (clashes.size() > 1 ? " (and " + (clashes.size() - 1) + " more clashes)" : "")
					+ ". Move it first.", Map.of("clashes", clashes));
		}
		try {
			for (Appointment meeting : coming) {
				if (appointments.holdingClient(clientId, meeting.start(), meeting.end()).isEmpty()) {
					appointments.holdClientSlots(clientId, meeting);
				}
			}
		}
		catch (DataIntegrityViolationException | PessimisticLockingFailureException ex) {
			throw new ConflictException("The client was booked at a meeting's time a moment ago. Nothing was changed.");
		}
	}

	/** Whether the client is free at every meeting of the group still to come. */
	@Transactional(readOnly = true)
	public boolean freeForGroup(UUID groupId, UUID clientId) {
		return comingMeetings(groupId).stream().allMatch(meeting -> otherHolds(clientId, meeting).isEmpty());
	}

	private List<Appointment> comingMeetings(UUID groupId) {
		return appointments.ofGroup(groupId).stream().filter(m -> m.status().open() && m.end().isAfter(now())).toList();
	}

	/** The client's other appointments at the time of a group meeting. */
	private List<UUID> otherHolds(UUID clientId, Appointment meeting) {
		return appointments.holdingClient(clientId, meeting.start(), meeting.end()).stream()
			.filter(other -> !other.equals(meeting.id()))
			.toList();
	}

	/** Gives back a member's time at the group's meetings (they left the group). */
	@Transactional
	public void releaseForGroupMember(UUID groupId, UUID clientId) {
		appointments.releaseClientSlots(clientId, appointments.ofGroup(groupId).stream().map(Appointment::id).toList());
	}

	/** A group's meetings, by start. */
	@Transactional(readOnly = true)
	public List<Appointment> meetingsOf(UUID groupId) {
		return appointments.ofGroup(groupId);
	}

	@Transactional
	public Appointment get(UUID id) {
		Appointment appointment = find(id);
		audit.record(AuditAction.READ, "Appointment", id, appointment.clientId(), null);
		return appointment;
	}

	/** The appointment's series from it on (itself alone when it is not part of one). */
	@Transactional
	public List<Appointment> seriesFrom(UUID id) {
		Appointment appointment = find(id);
		List<Appointment> series = appointment.seriesId() == null ? List.of(appointment)
				: appointments.seriesFrom(appointment.seriesId(), appointment.start());
		audit.record(AuditAction.READ, "Appointment", id, appointment.clientId(), "series");
		return series;
	}

	/**
	 * Cancels the appointment, or it and the rest of its series that is still open, and
	 * gives their time back.
	 * @return the appointments cancelled
	 */
	@Transactional
	public List<Appointment> cancel(UUID id, String reason, boolean following) {
		if (reason == null || reason.isBlank() || reason.length() > 500) {
			throw new FieldErrorsException("reason", "say why it is cancelled (at most 500 characters)");
		}
		Appointment appointment = find(id);
		requireOpen(appointment);
		List<Appointment> targets = following && appointment.seriesId() != null
				? appointments.seriesFrom(appointment.seriesId(), appointment.start()).stream().filter(a -> a.status().open()).toList()
				: List.of(appointment);
		OffsetDateTime now = now();
		List<Appointment> cancelled = new ArrayList<>();
		for (Appointment a : targets) {
			if (appointments.close(a.id(), AppointmentStatus.CANCELLED, reason.strip(), now, CurrentStaff.username())) {
				appointments.releaseSlots(a.id());
				audit.record(AuditAction.UPDATE, "Appointment", a.id(), a.clientId(), "cancelled");
				cancelled.add(appointments.find(a.id()).orElseThrow());
			}
		}
		return cancelled;
	}

	/**
	 * The client did not come: the appointment keeps its time. Only once it has started. A
	 * missed training session is recorded in a session log of its own (attendance counts in the
	 * progress reports), a draft of the professional the client was booked with.
	 */
	@Transactional
	public Appointment markNoShow(UUID id) {
		Appointment appointment = find(id);
		requireOpen(appointment);
		if (now().isBefore(appointment.start())) {
			throw new ConflictException("The appointment has not started yet: it can be a no-show from "
					+ time.format(appointment.start()) + ".");
		}
		Appointment missed = close(appointment, AppointmentStatus.NO_SHOW, "no-show");
		if (appointment.clientId() != null && appointment.kind().training()) {
			UUID log = sessions.recordAbsence(appointment.clientId(), appointment.staffUsername(), appointment.start(),
					appointment.end(), Attendance.NO_SHOW, "A no-show, marked on the calendar by " + CurrentStaff.username() + ".");
			appointments.linkSessionLog(appointment.id(), log);
			missed = appointments.find(appointment.id()).orElseThrow();
		}
		return missed;
	}

	/**
	 * A session log was saved: the client's appointment of that time becomes attended (or a
	 * no-show, or cancelled, as the log says) and points to its log. Part of the log's
	 * transaction. An appointment already closed otherwise keeps its status.
	 */
	@Transactional
	public void sessionLogged(SessionLogSaved log) {
		List<Appointment> around = appointments.ofClientAround(log.clientId(), log.startedAt());
		if (around.isEmpty()) {
			return;
		}
		Appointment appointment = around.get(0);
		if (appointment.sessionLogId() != null && !appointment.sessionLogId().equals(log.sessionId())) {
			return;
		}
		if (appointment.status().open()) {
			AppointmentStatus to = switch (log.attendance()) {
				case ATTENDED -> AppointmentStatus.ATTENDED;
				case NO_SHOW -> AppointmentStatus.NO_SHOW;
				case CANCELLED -> AppointmentStatus.CANCELLED;
			};
			appointments.close(appointment.id(), to, to == AppointmentStatus.CANCELLED ? "Cancelled, as the session log records" : null,
					now(), CurrentStaff.username());
			if (to == AppointmentStatus.CANCELLED) {
				appointments.releaseSlots(appointment.id());
			}
			audit.record(AuditAction.UPDATE, "Appointment", appointment.id(), appointment.clientId(),
					to.label().toLowerCase() + ", from the session log");
		}
		appointments.linkSessionLog(appointment.id(), log.sessionId());
	}

	/** The client came (from an hour before the start). */
	@Transactional
	public Appointment checkIn(UUID id) {
		Appointment appointment = find(id);
		requireOpen(appointment);
		if (now().isBefore(appointment.start().minus(CHECK_IN_FROM))) {
			throw new ConflictException("Check-in opens an hour before the appointment, at "
					+ time.format(appointment.start().minus(CHECK_IN_FROM)) + ".");
		}
		if (appointment.kind().training() && appointment.clientId() != null) {
			requireBookable(clients.get(appointment.clientId()), appointment.kind());
		}
		return close(appointment, AppointmentStatus.ATTENDED, "checked in");
	}

	/** The client confirmed that they are coming. */
	@Transactional
	public Appointment confirm(UUID id) {
		Appointment appointment = find(id);
		if (appointment.status() != AppointmentStatus.BOOKED) {
			throw new ConflictException("Only a booked appointment can be confirmed; this one is "
					+ appointment.status().label().toLowerCase() + ".");
		}
		appointments.confirm(id, now(), CurrentStaff.username());
		audit.record(AuditAction.UPDATE, "Appointment", id, appointment.clientId(), "confirmed");
		return appointments.find(id).orElseThrow();
	}

	/**
	 * The calendar between two dates (from inclusive, to exclusive, in the practice's time
	 * zone), of one staff member or everyone. A trainer sees the names of their own clients
	 * only; each client named is audited.
	 */
	@Transactional
	public List<CalendarEntry> calendar(LocalDate from, LocalDate to, @Nullable String staffUsername) {
		if (!to.isAfter(from) || from.plusDays(42).isBefore(to)) {
			throw new FieldErrorsException("to", "must be after from, and at most six weeks later");
		}
		List<Appointment> found = appointments.between(startOf(from), startOf(to), staffUsername, null);
		Set<UUID> clientIds = new java.util.HashSet<>();
		found.forEach(a -> {
			if (a.clientId() != null) {
				clientIds.add(a.clientId());
			}
		});
		Map<UUID, ClientListItem> names = clients.listed(clientIds);
		return found.stream().map(a -> {
			if (a.clientId() == null) {
				return new CalendarEntry(a, a.note() == null ? "Group session" : a.note(), true);
			}
			ClientListItem client = names.get(a.clientId());
			return client == null ? new CalendarEntry(a, "Booked", false) : new CalendarEntry(a, client.fullName(), true);
		}).toList();
	}

	/** The appointments of one client, by start (contact data: the front desk sees them too). */
	@Transactional
	public List<Appointment> ofClient(UUID clientId) {
		clients.requireAccess(clientId, ClientAccessLevel.CONTACT);
		audit.record(AuditAction.READ, "Appointment", null, clientId, "client's appointments");
		return appointments.between(OffsetDateTime.parse("2000-01-01T00:00:00Z"), OffsetDateTime.parse("2200-01-01T00:00:00Z"),
				null, clientId);
	}

	/** Tomorrow's appointments to confirm, with how to reach each client. */
	@Transactional
	public List<Reminder> tomorrow() {
		LocalDate tomorrow = LocalDate.now(clock.withZone(time.zone())).plusDays(1);
		List<Appointment> due = appointments.between(startOf(tomorrow), startOf(tomorrow.plusDays(1)), null, null)
			.stream()
			.filter(a -> a.status().open() && a.clientId() != null)
			.toList();
		Map<UUID, Boolean> agreed = new LinkedHashMap<>();
		appointments.preferences(due.stream().map(Appointment::clientId).distinct().toList())
			.forEach(p -> agreed.put(p.clientId(), p.email()));
		List<Reminder> reminders = new ArrayList<>();
		for (Appointment a : due) {
			if (clients.accessTo(a.clientId()).allows(ClientAccessLevel.CONTACT)) {
				ClientDetails client = clients.get(a.clientId());
				reminders.add(new Reminder(a, client.fullName(), client.phone(), client.email(),
						agreed.getOrDefault(a.clientId(), false)));
			}
		}
		return reminders;
	}

	/** Record of e-mail reminders sent: how many went, and how many the server refused. */
	public record RemindersSent(int sent, int failed) {
	}

	/** E-mails tomorrow's reminders to the clients who agreed to them; each goes once. */
	@Transactional
	public RemindersSent sendReminders() {
		int sent = 0;
		int failed = 0;
		for (Reminder reminder : tomorrow()) {
			if (!reminder.canEmail()) {
				continue;
			}
			Appointment a = reminder.appointment();
			String staffName = staff.find(a.staffUsername()).map(StaffMember::displayName).orElse(a.staffUsername());
			if (mailer.send(reminder.email(), a.start().atZoneSameInstant(time.zone()), staffName)) {
				appointments.markReminded(a.id(), now());
				audit.record(AuditAction.CREATE, "AppointmentReminder", a.id(), a.clientId(), "e-mail");
				sent++;
			}
			else {
				failed++;
			}
		}
		return new RemindersSent(sent, failed);
	}

	@Transactional
	public ReminderPreference reminderPreference(UUID clientId) {
		clients.requireAccess(clientId, ClientAccessLevel.CONTACT);
		audit.record(AuditAction.READ, "ReminderPreference", clientId, clientId, null);
		return appointments.preference(clientId).orElse(new ReminderPreference(clientId, false, null));
	}

	/** Records whether the client agreed to e-mail reminders (the date they agreed, default today). */
	@Transactional
	public ReminderPreference setReminderPreference(UUID clientId, boolean email, @Nullable LocalDate agreedOn) {
		clients.requireAccess(clientId, ClientAccessLevel.CONTACT);
		LocalDate today = LocalDate.now(clock.withZone(time.zone()));
		if (agreedOn != null && agreedOn.isAfter(today)) {
			throw new FieldErrorsException("agreedOn", "must not be in the future");
		}
		ReminderPreference preference = new ReminderPreference(clientId, email, email ? (agreedOn == null ? today : agreedOn) : null);
		appointments.savePreference(preference, now(), CurrentStaff.username());
		audit.record(AuditAction.UPDATE, "ReminderPreference", clientId, clientId, email ? "agreed" : "declined");
		return preference;
	}

	/**
	 * Cancels the training a client had booked, when they come to need a clearance or are
	 * discharged (invariant 2: no training scheduled while a clearance is awaited). Part of
	 * the transaction that changes the status.
	 */
	public void cancelTrainingOf(UUID clientId, String reason) {
		OffsetDateTime now = now();
		for (Appointment a : appointments.openTrainingAfter(clientId, now)) {
			if (appointments.close(a.id(), AppointmentStatus.CANCELLED, reason, now, CurrentStaff.username())) {
				appointments.releaseSlots(a.id());
				audit.record(AuditAction.UPDATE, "Appointment", a.id(), clientId, "cancelled: " + reason);
			}
		}
	}

	/** The practice's staff who can be booked: exercise professionals (trainers and the owner). */
	public List<StaffMember> professionals() {
		return staff.list().stream().filter(s -> s.enabled() && (s.has(Role.TRAINER) || s.has(Role.OWNER))).toList();
	}

	public OffsetDateTime startOf(LocalDate date) {
		return date.atStartOfDay(time.zone()).toOffsetDateTime();
	}

	private void hold(List<Appointment> booked, OffsetDateTime now) {
		List<Map<String, Object>> clashes = new ArrayList<>();
		for (Appointment a : booked) {
			for (UUID other : appointments.holdingStaff(a.staffUsername(), a.start(), a.end())) {
				clashes.add(clash(a, "staffUsername", other));
			}
			if (a.clientId() != null) {
				for (UUID other : appointments.holdingClient(a.clientId(), a.start(), a.end())) {
					clashes.add(clash(a, "clientId", other));
				}
			}
		}
		if (!clashes.isEmpty()) {
			Map<String, Object> first = clashes.get(0);
			throw new ConflictException((first.get("with").equals("staffUsername") ? "The staff member" : "The client")
					+ " already has an appointment at " + first.get("at") + (clashes.size() > 1 ? " (and " + (clashes.size() - 1)
							+ " more clashes)" : "") + ". Nothing was booked.", Map.of("clashes", clashes));
		}
		try {
			for (Appointment a : booked) {
				appointments.insert(a, now, CurrentStaff.username());
				appointments.holdSlots(a);
			}
		}
		catch (DataIntegrityViolationException | PessimisticLockingFailureException ex) {
			// Another booking took one of the slots between the look and the hold.
			throw new ConflictException("That time was booked by someone else a moment ago. Nothing was booked.");
		}
		for (Appointment a : booked) {
			audit.record(AuditAction.CREATE, "Appointment", a.id(), a.clientId(), a.kind().name());
		}
	}

	private Map<String, Object> clash(Appointment wanted, String with, UUID other) {
		Appointment held = appointments.find(other).orElseThrow();
		return Map.of("with", with, "at", time.format(wanted.start()), "appointmentId", other, "start", held.start(), "end",
				held.end());
	}

	private Appointment close(Appointment appointment, AppointmentStatus to, String what) {
		if (!appointments.close(appointment.id(), to, null, now(), CurrentStaff.username())) {
			throw new ConflictException("The appointment was changed meanwhile. Reload and try again.");
		}
		audit.record(AuditAction.UPDATE, "Appointment", appointment.id(), appointment.clientId(), what);
		return appointments.find(appointment.id()).orElseThrow();
	}

	/** The appointment, if the staff member may see its client (a group meeting: any staff member). */
	private Appointment find(UUID id) {
		Appointment appointment = appointments.find(id).orElseThrow(() -> new NotFoundException("Appointment"));
		if (appointment.clientId() != null) {
			clients.requireAccess(appointment.clientId(), ClientAccessLevel.CONTACT);
		}
		return appointment;
	}

	private static void requireOpen(Appointment appointment) {
		if (!appointment.status().open()) {
			throw new ConflictException("The appointment is already " + appointment.status().label().toLowerCase() + ".");
		}
	}

	private void requireBookable(ClientDetails client, AppointmentKind kind) {
		if (!kind.training()) {
			return;
		}
		if (client.status() == ClientStatus.CLEARANCE_REQUIRED) {
			throw new RuleViolationException(CLEARANCE_REQUIRED, client.fullName() + " waits for a physician's clearance: "
					+ "no training can be booked until it is recorded. An assessment can be.");
		}
		if (client.status() == ClientStatus.DISCHARGED) {
			throw new RuleViolationException(NEW_EPISODE_REQUIRED, client.fullName() + " was discharged: start a new "
					+ "episode (a new referral or intake) before booking training.");
		}
	}

	private void requireProfessional(String username) {
		StaffMember member = staff.find(username)
			.orElseThrow(() -> new FieldErrorsException("staffUsername", "is not a staff member"));
		if (!member.enabled() || !(member.has(Role.TRAINER) || member.has(Role.OWNER))) {
			throw new FieldErrorsException("staffUsername", "is not an exercise professional who can be booked");
		}
	}

	private static void checkTimes(OffsetDateTime start, OffsetDateTime end) {
		Map<String, String> errors = new LinkedHashMap<>();
		if (start.toEpochSecond() % AppointmentRepository.SLOT_SECONDS != 0 || start.getNano() != 0) {
			errors.put("start", "must be on a 5-minute mark, e.g. 09:00 or 09:05");
		}
		if (end.toEpochSecond() % AppointmentRepository.SLOT_SECONDS != 0 || end.getNano() != 0) {
			errors.put("end", "must be on a 5-minute mark, e.g. 10:00 or 10:05");
		}
		if (!end.isAfter(start)) {
			errors.put("end", "must be after the start");
		}
		else if (Duration.between(start, end).compareTo(LONGEST) > 0) {
			errors.put("end", "must be at most 8 hours after the start");
		}
		if (!errors.isEmpty()) {
			throw FieldErrorsException.of(errors);
		}
	}

	/** The appointment's times: once, or on each day of the repeat, week by week, from the start's day on. */
	private List<OffsetDateTime[]> occurrences(AppointmentRequest request) {
		Duration length = Duration.between(request.start(), request.end());
		if (request.repeat() == null) {
			return List.<OffsetDateTime[]>of(new OffsetDateTime[] { request.start(), request.end() });
		}
		ZonedDateTime first = request.start().atZoneSameInstant(time.zone());
		LocalDate firstDay = first.toLocalDate();
		LocalTime at = first.toLocalTime();
		LocalDate monday = firstDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		List<OffsetDateTime[]> times = new ArrayList<>();
		for (int week = 0; week < request.repeat().weeks(); week++) {
			for (DayOfWeek day : new java.util.TreeSet<>(request.repeat().days())) {
				LocalDate date = monday.plusWeeks(week).plusDays(day.getValue() - 1L);
				if (!date.isBefore(firstDay)) {
					OffsetDateTime start = date.atTime(at).atZone(time.zone()).toOffsetDateTime();
					times.add(new OffsetDateTime[] { start, start.plus(length) });
				}
			}
		}
		if (times.isEmpty()) {
			throw new FieldErrorsException("repeat.days", "gives no appointment from the start on");
		}
		if (times.size() > MOST_OCCURRENCES) {
			throw new FieldErrorsException("repeat.weeks", "gives more than " + MOST_OCCURRENCES + " appointments");
		}
		return times;
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
