package org.medexpro.groups.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.groups.Enrollment;
import org.medexpro.groups.EnrollmentStatus;
import org.medexpro.groups.GroupLogRequest;
import org.medexpro.groups.GroupMeeting;
import org.medexpro.groups.GroupProgram;
import org.medexpro.groups.GroupProgramRequest;
import org.medexpro.groups.GroupService;
import org.medexpro.knowledge.KnowledgeBase;
import org.medexpro.scheduling.SchedulingService;
import org.medexpro.security.Access;
import org.medexpro.sessions.Attendance;
import org.medexpro.shared.ConflictException;
import org.medexpro.shared.FieldErrorsException;
import org.medexpro.shared.NotFoundException;
import org.medexpro.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The group programs' pages: the list, starting a course, a group with its members,
 * waitlist and meetings, and the group log of a meeting (attendance, then sign).
 */
@Controller
@PreAuthorize(Access.CLINICAL)
class GroupController {

	private final GroupService groups;

	private final KnowledgeBase knowledge;

	private final SchedulingService scheduling;

	GroupController(GroupService groups, KnowledgeBase knowledge, SchedulingService scheduling) {
		this.groups = groups;
		this.knowledge = knowledge;
		this.scheduling = scheduling;
	}

	@GetMapping("/groups")
	String list(Model model) {
		model.addAttribute("groups", groups.list());
		return "groups/group-list";
	}

	@GetMapping("/groups/new")
	String form(Model model) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("capacity", "8");
		form.put("sessions", "8");
		form.put("minutes", "60");
		form.put("time", "10:00");
		form.put("startsOn", LocalDate.now().plusWeeks(1).toString());
		return formPage(form, List.of(), Map.of(), null, model);
	}

	@PostMapping("/groups/new")
	String create(@RequestParam MultiValueMap<String, String> params, Model model, RedirectAttributes flash) {
		Map<String, String> form = new LinkedHashMap<>();
		params.forEach((k, v) -> form.put(k, v.isEmpty() ? "" : v.get(0)));
		List<String> days = params.getOrDefault("days", List.of());
		Map<String, String> errors = new LinkedHashMap<>();
		Integer capacity = number(form.get("capacity"), "capacity", errors);
		Integer sessions = number(form.get("sessions"), "sessions", errors);
		Integer minutes = number(form.get("minutes"), "minutes", errors);
		LocalDate startsOn = null;
		try {
			startsOn = LocalDate.parse(form.getOrDefault("startsOn", "").strip());
		}
		catch (DateTimeParseException ex) {
			errors.put("startsOn", "give the date of the first meeting, e.g. 2027-01-12");
		}
		LocalTime at = null;
		String leader = form.getOrDefault("leader", "").strip();
		if (!leader.isEmpty()) {
			try {
				at = LocalTime.parse(form.getOrDefault("time", "").strip());
			}
			catch (DateTimeParseException ex) {
				errors.put("time", "give the time, e.g. 10:00");
			}
		}
		Set<DayOfWeek> weekdays = EnumSet.noneOf(DayOfWeek.class);
		days.forEach(d -> {
			try {
				weekdays.add(DayOfWeek.valueOf(d));
			}
			catch (IllegalArgumentException ex) {
				errors.put("days", "choose days of the week");
			}
		});
		List<String> exercises = params.getOrDefault("exercises", List.of()).stream().filter(e -> !e.isBlank()).toList();
		if (!errors.isEmpty()) {
			return formPage(form, days, errors, null, model);
		}
		try {
			GroupProgram group = groups.create(new GroupProgramRequest(form.getOrDefault("name", ""), form.getOrDefault("conditionCode", ""),
					capacity, startsOn, sessions, leader.isEmpty() ? null : leader, leader.isEmpty() ? null : weekdays,
					leader.isEmpty() ? null : at, minutes, exercises, form.get("description")));
			flash.addFlashAttribute("message", group.name() + " started" + (leader.isEmpty() ? "." : ": its " + group.sessions()
					+ " meetings are on the calendar."));
			return "redirect:/groups/" + group.id();
		}
		catch (FieldErrorsException ex) {
			ex.errors().forEach(e -> errors.putIfAbsent(e.field().replaceAll("\\[\\d+]$", ""), e.message()));
			return formPage(form, days, errors, null, model);
		}
		catch (ConflictException ex) {
			return formPage(form, days, errors, ex.getMessage(), model);
		}
	}

	@GetMapping("/groups/{id}")
	String group(@PathVariable UUID id, Model model) {
		GroupProgram group = groups.get(id);
		List<GroupService.Member> members = groups.members(id);
		model.addAttribute("group", group);
		model.addAttribute("enrolled", members.stream().filter(m -> m.enrollment().status() == EnrollmentStatus.ENROLLED).toList());
		model.addAttribute("waitlist", members.stream().filter(m -> m.enrollment().status() == EnrollmentStatus.WAITLISTED).toList());
		model.addAttribute("meetings", groups.meetings(id));
		model.addAttribute("exerciseNames", group.exercises().stream()
			.map(code -> knowledge.exercise(code).map(e -> e.name()).orElse(code)).toList());
		return "groups/group-detail";
	}

	@PostMapping("/groups/{id}/enrollments")
	String enroll(@PathVariable UUID id, @RequestParam(defaultValue = "") String clientId, RedirectAttributes flash) {
		try {
			Enrollment enrollment = groups.enroll(id, UUID.fromString(clientId));
			flash.addFlashAttribute("message", enrollment.status() == EnrollmentStatus.ENROLLED ? "Enrolled."
					: "The group is full: on the waitlist, number " + enrollment.waitlistPlace() + ".");
			flash.addFlashAttribute("warnings", enrollment.warnings());
		}
		catch (IllegalArgumentException ex) {
			flash.addFlashAttribute("error", "Choose the client to enrol.");
		}
		catch (ConflictException | RuleViolationException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/groups/" + id;
	}

	@PostMapping("/groups/{id}/enrollments/{clientId}/withdraw")
	String withdraw(@PathVariable UUID id, @PathVariable UUID clientId, RedirectAttributes flash) {
		flash.addFlashAttribute("message", groups.withdraw(id, clientId)
			.map(promoted -> "Withdrawn. The first of the waitlist has the place.")
			.orElse("Withdrawn."));
		return "redirect:/groups/" + id;
	}

	@GetMapping("/groups/{id}/meetings/{meetingId}")
	String meeting(@PathVariable UUID id, @PathVariable UUID meetingId, Model model) {
		GroupProgram group = groups.get(id);
		GroupMeeting meeting = groups.meetings(id).stream().filter(m -> m.appointment().id().equals(meetingId)).findFirst()
			.orElseThrow(() -> new NotFoundException("Meeting"));
		model.addAttribute("group", group);
		model.addAttribute("meeting", meeting);
		model.addAttribute("members", groups.members(id).stream()
			.filter(m -> m.enrollment().status() == EnrollmentStatus.ENROLLED
					|| meeting.attendance().stream().anyMatch(a -> a.clientId().equals(m.enrollment().clientId())))
			.toList());
		model.addAttribute("attendances", Attendance.values());
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "groups/meeting-log";
	}

	@PostMapping("/groups/{id}/meetings/{meetingId}/log")
	String log(@PathVariable UUID id, @PathVariable UUID meetingId, @RequestParam MultiValueMap<String, String> params,
			RedirectAttributes flash) {
		Map<UUID, Attendance> attendance = new LinkedHashMap<>();
		params.forEach((key, values) -> {
			if (key.startsWith("attendance.") && !values.isEmpty() && !values.get(0).isBlank()) {
				try {
					attendance.put(UUID.fromString(key.substring("attendance.".length())), Attendance.valueOf(values.get(0)));
				}
				catch (IllegalArgumentException ex) {
					// Not a client and an attendance of the form: the client is then reported as not answered.
				}
			}
		});
		Integer minutes = null;
		try {
			minutes = Integer.valueOf(params.getFirst("minutes").strip());
		}
		catch (RuntimeException ex) {
			flash.addFlashAttribute("errors", Map.of("minutes", "give the minutes of group training, e.g. 60"));
			return "redirect:/groups/" + id + "/meetings/" + meetingId;
		}
		try {
			groups.logMeeting(id, meetingId, new GroupLogRequest(attendance, minutes, params.getFirst("topic"), params.getFirst("notes")));
			flash.addFlashAttribute("message", "Logged: each attendee's session log is a draft to sign within 24 hours.");
		}
		catch (FieldErrorsException ex) {
			Map<String, String> errors = new LinkedHashMap<>();
			ex.errors().forEach(e -> errors.put(e.field(), e.message()));
			flash.addFlashAttribute("errors", errors);
		}
		catch (ConflictException | RuleViolationException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/groups/" + id + "/meetings/" + meetingId;
	}

	@PostMapping("/groups/{id}/meetings/{meetingId}/sign")
	String sign(@PathVariable UUID id, @PathVariable UUID meetingId,
			@RequestParam(defaultValue = "false") boolean acknowledgeLanguage, RedirectAttributes flash) {
		try {
			groups.signMeeting(id, meetingId, acknowledgeLanguage);
			flash.addFlashAttribute("message", "Signed: the attendees' logs will not change; corrections are addenda.");
		}
		catch (ConflictException | RuleViolationException ex) {
			flash.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/groups/" + id + "/meetings/" + meetingId;
	}

	private String formPage(Map<String, String> form, List<String> days, Map<String, String> errors, @Nullable String problem,
			Model model) {
		model.addAttribute("form", form);
		model.addAttribute("chosenDays", days);
		model.addAttribute("errors", errors);
		model.addAttribute("problem", problem);
		model.addAttribute("conditions", knowledge.conditions());
		model.addAttribute("exercises", knowledge.exercises());
		model.addAttribute("days", DayOfWeek.values());
		model.addAttribute("professionals", scheduling.professionals());
		return "groups/group-form";
	}

	private static @Nullable Integer number(@Nullable String text, String field, Map<String, String> errors) {
		try {
			return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
		}
		catch (NumberFormatException ex) {
			errors.put(field, "must be a whole number");
			return null;
		}
	}

}
