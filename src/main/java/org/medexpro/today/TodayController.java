package org.medexpro.today;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.medexpro.clients.ClientService;
import org.medexpro.security.Access;
import org.medexpro.security.CurrentStaff;
import org.medexpro.security.Role;
import org.medexpro.security.StaffService;
import org.medexpro.sessions.SessionLogService;
import org.medexpro.shared.PracticeTime;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class TodayController {

	private final ClientService clients;

	private final StaffService staff;

	private final Clock clock;

	private final SessionLogService sessions;

	TodayController(ClientService clients, StaffService staff, SessionLogService sessions, Clock clock, PracticeTime time) {
		this.clients = clients;
		this.staff = staff;
		this.sessions = sessions;
		this.clock = clock.withZone(time.zone());
	}

	@GetMapping("/")
	@PreAuthorize(Access.STAFF)
	String today(Model model) {
		model.addAttribute("today", LocalDate.now(clock));
		model.addAttribute("me", staff.find(CurrentStaff.username()).orElse(null));
		boolean trainerOnly = CurrentStaff.has(Role.TRAINER) && !CurrentStaff.has(Role.OWNER)
				&& !CurrentStaff.has(Role.FRONT_DESK) && !CurrentStaff.has(Role.BILLING);
		model.addAttribute("myClients", trainerOnly ? clients.search("") : List.of());
		boolean writesLogs = CurrentStaff.has(Role.OWNER) || CurrentStaff.has(Role.TRAINER);
		model.addAttribute("unsignedLogs", writesLogs ? sessions.myUnsignedLogs() : List.of());
		if (CurrentStaff.has(Role.OWNER)) {
			model.addAttribute("lateLogs", sessions.late().size());
			model.addAttribute("clientCount", clients.count());
			model.addAttribute("breakGlass", clients.breakGlassSince(LocalDate.now(clock).minusDays(7)));
		}
		return "today/today";
	}

}
