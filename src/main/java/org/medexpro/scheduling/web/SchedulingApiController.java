package org.medexpro.scheduling.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.medexpro.scheduling.Appointment;
import org.medexpro.scheduling.AppointmentRequest;
import org.medexpro.scheduling.CalendarEntry;
import org.medexpro.scheduling.Reminder;
import org.medexpro.scheduling.ReminderPreference;
import org.medexpro.scheduling.SchedulingService;
import org.medexpro.scheduling.SchedulingService.RemindersSent;
import org.medexpro.security.Access;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The calendar over the API (API.md, Practice). */
@RestController
@RequestMapping("/api/v1")
class SchedulingApiController {

	record CancelRequest(@Nullable @Size(max = 500) String reason, @Nullable Boolean following) {
	}

	record PreferenceRequest(@NotNull Boolean email, @Nullable LocalDate agreedOn) {
	}

	private final SchedulingService scheduling;

	SchedulingApiController(SchedulingService scheduling) {
		this.scheduling = scheduling;
	}

	/** 201 with the (first) appointment, or 409 naming the clash; a {@code repeat} books a weekly series. */
	@PostMapping("/appointments")
	@PreAuthorize(Access.SCHEDULING)
	ResponseEntity<Appointment> book(@RequestBody AppointmentRequest request) {
		Appointment booked = scheduling.book(request);
		return ResponseEntity.created(URI.create("/api/v1/appointments/" + booked.id())).body(booked);
	}

	/**
	 * The calendar from one date to another (at most six weeks), of one staff member or all;
	 * or every appointment of one client. A client a trainer may not see is shown without
	 * their id.
	 */
	@GetMapping("/appointments")
	@PreAuthorize(Access.STAFF)
	List<Appointment> appointments(@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(required = false) @Nullable String staffUsername,
			@RequestParam(required = false) @Nullable UUID clientId) {
		if (clientId != null) {
			return scheduling.ofClient(clientId);
		}
		LocalDate first = from == null ? LocalDate.now() : from;
		return scheduling.calendar(first, to == null ? first.plusDays(7) : to, staffUsername).stream()
			.map(SchedulingApiController::shown)
			.toList();
	}

	@GetMapping("/appointments/{id}")
	@PreAuthorize(Access.STAFF)
	Appointment appointment(@PathVariable UUID id) {
		return scheduling.get(id);
	}

	/** Cancels it (with {@code following}: it and the rest of its series); answers with what was cancelled. */
	@PostMapping("/appointments/{id}/cancel")
	@PreAuthorize(Access.SCHEDULING)
	List<Appointment> cancel(@PathVariable UUID id, @Valid @RequestBody CancelRequest request) {
		return scheduling.cancel(id, request.reason() == null ? "" : request.reason(), Boolean.TRUE.equals(request.following()));
	}

	@PostMapping("/appointments/{id}/no-show")
	@PreAuthorize(Access.SCHEDULING)
	Appointment noShow(@PathVariable UUID id) {
		return scheduling.markNoShow(id);
	}

	@PostMapping("/appointments/{id}/check-in")
	@PreAuthorize(Access.SCHEDULING)
	Appointment checkIn(@PathVariable UUID id) {
		return scheduling.checkIn(id);
	}

	@PostMapping("/appointments/{id}/confirm")
	@PreAuthorize(Access.SCHEDULING)
	Appointment confirm(@PathVariable UUID id) {
		return scheduling.confirm(id);
	}

	/** Tomorrow's appointments to confirm, with the client's phone and e-mail. */
	@GetMapping("/appointments/reminders")
	@PreAuthorize(Access.SCHEDULING)
	List<Reminder> reminders() {
		return scheduling.tomorrow();
	}

	/** E-mails tomorrow's reminders to the clients who agreed; each goes once. */
	@PostMapping("/appointments/reminders/send")
	@PreAuthorize(Access.SCHEDULING)
	RemindersSent sendReminders() {
		return scheduling.sendReminders();
	}

	@GetMapping("/clients/{id}/reminder-preference")
	@PreAuthorize(Access.SCHEDULING)
	ReminderPreference preference(@PathVariable UUID id) {
		return scheduling.reminderPreference(id);
	}

	@PutMapping("/clients/{id}/reminder-preference")
	@PreAuthorize(Access.SCHEDULING)
	ReminderPreference setPreference(@PathVariable UUID id, @Valid @RequestBody PreferenceRequest request) {
		return scheduling.setReminderPreference(id, request.email(), request.agreedOn());
	}

	private static Appointment shown(CalendarEntry entry) {
		Appointment a = entry.appointment();
		return entry.visible() ? a : new Appointment(a.id(), null, a.groupId(), a.staffUsername(), a.start(), a.end(), a.kind(),
				a.status(), null, null, null, null, null, a.version(), null);
	}

}
