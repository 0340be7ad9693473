package org.medexpro.scheduling.web;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.clients.ClientDetails;
import org.medexpro.clients.ClientService;
import org.medexpro.scheduling.Appointment;
import org.medexpro.scheduling.AppointmentKind;
import org.medexpro.scheduling.AppointmentRequest;
import org.medexpro.scheduling.BookingAdvice;
import org.medexpro.scheduling.CalendarEntry;
import org.medexpro.scheduling.SchedulingService;
import org.medexpro.security.Access;
import org.medexpro.security.CurrentStaff;
import org.medexpro.security.StaffMember;
import org.medexpro.shared.ConflictException;
import org.medexpro.shared.FieldErrorsException;
import org.medexpro.shared.PracticeTime;
import org.medexpro.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The calendar pages, made for a tablet at the front desk or on the gym floor: a week of
 * one staff member (or everyone), a day of every staff member side by side, booking with a
 * weekly repeat, an appointment's page with its actions, and tomorrow's reminders.
 */
@Controller
@PreAuthorize(Access.STAFF)
class CalendarController {

	/** The booking form as typed. */
	public static final class BookingForm {

		public String clientId = "";

		public String staffUsername = "";

		public String date = "";

		public String time = "";

		public String minutes = "60";

		public String kind = AppointmentKind.ONE_TO_ONE.name();

		public String note = "";

		public List<String> repeatDays = new ArrayList<>();

		public String repeatWeeks = "";

		public String getClientId() {
			return clientId;
		}

		public void setClientId(String clientId) {
			this.clientId = clientId;
		}

		public String getStaffUsername() {
			return staffUsername;
		}

		public void setStaffUsername(String staffUsername) {
			this.staffUsername = staffUsername;
		}

		public String getDate() {
			return date;
		}

		public void setDate(String date) {
			this.date = date;
		}

		public String getTime() {
			return time;
		}

		public void setTime(String time) {
			this.time = time;
		}

		public String getMinutes() {
			return minutes;
		}

		public void setMinutes(String minutes) {
			this.minutes = minutes;
		}

		public String getKind() {
			return kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		public List<String> getRepeatDays() {
			return repeatDays;
		}

		public void setRepeatDays(List<String> repeatDays) {
			this.repeatDays = repeatDays;
		}

		public String getRepeatWeeks() {
			return repeatWeeks;
		}

		public void setRepeatWeeks(String repeatWeeks) {
			this.repeatWeeks = repeatWeeks;
		}

	}

	private final SchedulingService scheduling;

	private final ClientService clients;

	private final PracticeTime time;

	private final Clock clock;

	/** What other modules say of a booking (billing: the pre-authorisation). */
	private final List<BookingAdvice> advisers;

	CalendarController(SchedulingService scheduling, ClientService clients, PracticeTime time, Clock clock,
			List<BookingAdvice> advisers) {
		this.scheduling = scheduling;
		this.clients = clients;
		this.time = time;
		this.clock = clock;
		this.advisers = advisers;
	}

	@GetMapping("/schedule")
	String schedule() {
		return "redirect:/schedule/week";
	}

	/** A week, Monday to Sunday, of one staff member or of everyone. */
	@GetMapping("/schedule/week")
	String week(@RequestParam(required = false) @Nullable LocalDate date, @RequestParam(required = false) @Nullable String staff,
			Model model) {
		LocalDate today = today();
		LocalDate monday = (date == null ? today : date).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		String who = staff == null || staff.isBlank() ? defaultStaff() : staff;
		List<CalendarEntry> entries = scheduling.calendar(monday, monday.plusDays(7), who.equals("all") ? null : who);
		CalendarView view = new CalendarView(entries, time.zone());
		List<CalendarView.Column> columns = new ArrayList<>();
		for (int d = 0; d < 7; d++) {
			LocalDate day = monday.plusDays(d);
			columns.add(view.column(CalendarView.dayHeading(day), day, who, today,
					entries.stream().filter(e -> e.appointment().start().atZoneSameInstant(time.zone()).toLocalDate().equals(day)).toList(),
					who.equals("all")));
		}
		model.addAttribute("view", "week");
		model.addAttribute("heading", "Week of " + monday + (who.equals("all") ? ", everyone" : ", " + displayName(who)));
		model.addAttribute("previous", monday.minusWeeks(1));
		model.addAttribute("next", monday.plusWeeks(1));
		model.addAttribute("date", monday);
		return grid(model, view, columns, who, entries);
	}

	/** A day with each exercise professional side by side (or one of them). */
	@GetMapping("/schedule/day")
	String day(@RequestParam(required = false) @Nullable LocalDate date, @RequestParam(required = false) @Nullable String staff,
			Model model) {
		LocalDate today = today();
		LocalDate day = date == null ? today : date;
		String who = staff == null || staff.isBlank() ? "all" : staff;
		List<CalendarEntry> entries = scheduling.calendar(day, day.plusDays(1), who.equals("all") ? null : who);
		CalendarView view = new CalendarView(entries, time.zone());
		List<CalendarView.Column> columns = new ArrayList<>();
		for (StaffMember member : scheduling.professionals()) {
			if (who.equals("all") || who.equals(member.username())) {
				columns.add(view.column(member.displayName(), day, member.username(), today,
						entries.stream().filter(e -> e.appointment().staffUsername().equals(member.username())).toList(), false));
			}
		}
		model.addAttribute("view", "day");
		model.addAttribute("heading", CalendarView.dayHeading(day) + " " + day.getYear());
		model.addAttribute("previous", day.minusDays(1));
		model.addAttribute("next", day.plusDays(1));
		model.addAttribute("date", day);
		return grid(model, view, columns, who, entries);
	}

	private String grid(Model model, CalendarView view, List<CalendarView.Column> columns, String who, List<CalendarEntry> entries) {
		model.addAttribute("columns", columns);
		model.addAttribute("hours", view.hours());
		model.addAttribute("heightRem", view.heightRem());
		model.addAttribute("staff", who);
		model.addAttribute("professionals", scheduling.professionals());
		model.addAttribute("count", entries.stream().filter(e -> e.appointment().status() != org.medexpro.scheduling.AppointmentStatus.CANCELLED).count());
		model.addAttribute("canBook", canBook());
		return "scheduling/calendar";
	}

	@GetMapping("/schedule/new")
	@PreAuthorize(Access.SCHEDULING)
	String bookingForm(@RequestParam(required = false) @Nullable UUID clientId, @RequestParam(required = false) @Nullable LocalDate date,
			@RequestParam(required = false) @Nullable String time, @RequestParam(required = false) @Nullable String staff,
			Model model) {
		BookingForm form = new BookingForm();
		form.clientId = clientId == null ? "" : clientId.toString();
		form.date = (date == null ? today() : date).toString();
		form.time = time == null ? "09:00" : time;
		form.staffUsername = staff == null || staff.equals("all") ? defaultStaff() : staff;
		if (form.staffUsername.equals("all")) {
			form.staffUsername = "";
		}
		return bookingPage(form, Map.of(), null, model);
	}

	@PostMapping("/schedule/new")
	@PreAuthorize(Access.SCHEDULING)
	String book(@ModelAttribute("form") BookingForm form, Model model, RedirectAttributes flash) {
		Map<String, String> errors = new LinkedHashMap<>();
		AppointmentRequest request = request(form, errors);
		if (!errors.isEmpty()) {
			return bookingPage(form, errors, null, model);
		}
		try {
			Appointment booked = scheduling.book(request);
			List<Appointment> series = scheduling.seriesFrom(booked.id());
			List<String> advice = booked.clientId() == null ? List.of() : advisers.stream()
				.flatMap(a -> a.adviceFor(booked.clientId(),
						series.get(series.size() - 1).start().atZoneSameInstant(time.zone()).toLocalDate()).stream())
				.toList();
			flash.addFlashAttribute("message", (series.size() == 1 ? "Booked for " + time.format(booked.start()) + "."
					: series.size() + " appointments booked, from " + time.format(booked.start()) + ".")
					+ (advice.isEmpty() ? "" : " Note: " + String.join(" ", advice)));
			return "redirect:/schedule/week?date=" + time.date(booked.start()) + "&staff=" + booked.staffUsername();
		}
		catch (FieldErrorsException ex) {
			ex.errors().forEach(e -> errors.putIfAbsent(formField(e.field()), e.message()));
			return bookingPage(form, errors, null, model);
		}
		catch (ConflictException | RuleViolationException ex) {
			return bookingPage(form, errors, ex.getMessage(), model);
		}
	}

	/** The clients matching what the front desk types, as options of the booking form (htmx). */
	@GetMapping("/schedule/client-options")
	@PreAuthorize(Access.SCHEDULING)
	String clientOptions(@RequestParam(defaultValue = "") String q, Model model) {
		model.addAttribute("found", q.isBlank() ? List.of() : clients.search(q));
		return "scheduling/booking-form :: client-options";
	}

	@GetMapping("/schedule/appointments/{id}")
	String appointment(@PathVariable UUID id, Model model) {
		Appointment appointment = scheduling.get(id);
		model.addAttribute("appointment", appointment);
		model.addAttribute("series", scheduling.seriesFrom(id));
		model.addAttribute("staffName", displayName(appointment.staffUsername()));
		if (appointment.clientId() != null) {
			ClientDetails client = clients.get(appointment.clientId());
			model.addAttribute("client", client);
			model.addAttribute("preference", scheduling.reminderPreference(client.id()));
		}
		model.addAttribute("canBook", canBook());
		return "scheduling/appointment-detail";
	}

	@PostMapping("/schedule/appointments/{id}/confirm")
	@PreAuthorize(Access.SCHEDULING)
	String confirm(@PathVariable UUID id, RedirectAttributes flash) {
		return act(id, () -> scheduling.confirm(id), flash);
	}

	@PostMapping("/schedule/appointments/{id}/check-in")
	@PreAuthorize(Access.SCHEDULING)
	String checkIn(@PathVariable UUID id, RedirectAttributes flash) {
		return act(id, () -> scheduling.checkIn(id), flash);
	}

	@PostMapping("/schedule/appointments/{id}/no-show")
	@PreAuthorize(Access.SCHEDULING)
	String noShow(@PathVariable UUID id, RedirectAttributes flash) {
		return act(id, () -> scheduling.markNoShow(id), flash);
	}

	private String act(UUID id, java.util.function.Supplier<Appointment> action, RedirectAttributes flash) {
		try {
			flash.addFlashAttribute("message", action.get().status().label() + ".");
		}
		catch (ConflictException | RuleViolationException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/schedule/appointments/" + id;
	}

	@PostMapping("/schedule/appointments/{id}/cancel")
	@PreAuthorize(Access.SCHEDULING)
	String cancel(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason,
			@RequestParam(defaultValue = "false") boolean following, RedirectAttributes flash) {
		try {
			int cancelled = scheduling.cancel(id, reason, following).size();
			flash.addFlashAttribute("message", cancelled == 1 ? "Cancelled: the time is free again."
					: cancelled + " appointments cancelled: their times are free again.");
		}
		catch (FieldErrorsException ex) {
			flash.addFlashAttribute("error", "To cancel, say why (the reason is kept with the appointment).");
		}
		catch (ConflictException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/schedule/appointments/" + id;
	}

	@PostMapping("/schedule/appointments/{id}/reminder-preference")
	@PreAuthorize(Access.SCHEDULING)
	String preference(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean email, RedirectAttributes flash) {
		Appointment appointment = scheduling.get(id);
		if (appointment.clientId() != null) {
			scheduling.setReminderPreference(appointment.clientId(), email, null);
			flash.addFlashAttribute("message", email ? "The client agreed to e-mail reminders." : "No e-mail reminders for the client.");
		}
		return "redirect:/schedule/appointments/" + id;
	}

	@GetMapping("/schedule/reminders")
	@PreAuthorize(Access.SCHEDULING)
	String reminders(Model model) {
		model.addAttribute("reminders", scheduling.tomorrow());
		model.addAttribute("tomorrow", today().plusDays(1));
		return "scheduling/reminders";
	}

	@PostMapping("/schedule/reminders/send")
	@PreAuthorize(Access.SCHEDULING)
	String sendReminders(RedirectAttributes flash) {
		try {
			SchedulingService.RemindersSent sent = scheduling.sendReminders();
			flash.addFlashAttribute("message", sent.sent() + " e-mail reminders sent"
					+ (sent.failed() > 0 ? "; the e-mail server refused " + sent.failed() + ": call those clients." : "."));
		}
		catch (RuleViolationException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/schedule/reminders";
	}

	private String bookingPage(BookingForm form, Map<String, String> errors, @Nullable String problem, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		model.addAttribute("kinds", AppointmentKind.values());
		model.addAttribute("days", DayOfWeek.values());
		model.addAttribute("professionals", scheduling.professionals());
		UUID clientId = uuid(form.clientId);
		model.addAttribute("client", clientId == null ? null : clients.get(clientId));
		return "scheduling/booking-form";
	}

	private AppointmentRequest request(BookingForm form, Map<String, String> errors) {
		UUID clientId = uuid(form.clientId);
		if (clientId == null) {
			errors.put("clientId", "choose the client");
		}
		LocalDate date = null;
		try {
			date = LocalDate.parse(form.date.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put("date", "give the date, e.g. 2026-12-07");
		}
		LocalTime at = null;
		try {
			at = LocalTime.parse(form.time.strip());
		}
		catch (DateTimeParseException ex) {
			errors.put("time", "give the time, e.g. 09:00");
		}
		Integer minutes = number(form.minutes);
		if (minutes == null || minutes < 5) {
			errors.put("minutes", "give the length in minutes, e.g. 60");
		}
		AppointmentKind kind = null;
		try {
			kind = AppointmentKind.valueOf(form.kind);
		}
		catch (IllegalArgumentException ex) {
			errors.put("kind", "choose what the appointment is for");
		}
		Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
		for (String day : form.repeatDays) {
			try {
				days.add(DayOfWeek.valueOf(day));
			}
			catch (IllegalArgumentException ex) {
				errors.put("repeatDays", "choose days of the week");
			}
		}
		Integer weeks = form.repeatWeeks.isBlank() ? null : number(form.repeatWeeks);
		if (!days.isEmpty() && (weeks == null || weeks < 1 || weeks > 52)) {
			errors.put("repeatWeeks", "give the number of weeks, 1 to 52");
		}
		if (!errors.isEmpty()) {
			return null;
		}
		OffsetDateTime start = date.atTime(at).atZone(time.zone()).toOffsetDateTime();
		return new AppointmentRequest(clientId, form.staffUsername, start, start.plusMinutes(minutes), kind,
				form.note, days.isEmpty() ? null : new AppointmentRequest.Repeat(days, weeks));
	}

	private static String formField(String field) {
		return switch (field) {
			case "start" -> "time";
			case "end" -> "minutes";
			case "repeat.days" -> "repeatDays";
			case "repeat.weeks" -> "repeatWeeks";
			default -> field;
		};
	}

	private String defaultStaff() {
		String me = CurrentStaff.username();
		return scheduling.professionals().stream().anyMatch(s -> s.username().equals(me)) ? me : "all";
	}

	private String displayName(String username) {
		return scheduling.professionals().stream().filter(s -> s.username().equals(username)).map(StaffMember::displayName)
			.findFirst().orElse(username);
	}

	private static boolean canBook() {
		return CurrentStaff.has(org.medexpro.security.Role.OWNER) || CurrentStaff.has(org.medexpro.security.Role.TRAINER)
				|| CurrentStaff.has(org.medexpro.security.Role.FRONT_DESK);
	}

	private LocalDate today() {
		return LocalDate.now(clock.withZone(time.zone()));
	}

	private static @Nullable UUID uuid(String text) {
		try {
			return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable Integer number(String text) {
		try {
			return Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
