package org.medexpro.sessions.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.medexpro.security.Access;
import org.medexpro.sessions.Addendum;
import org.medexpro.sessions.LateLog;
import org.medexpro.sessions.SessionLog;
import org.medexpro.sessions.SessionLogService;
import org.medexpro.sessions.SessionRequest;
import org.medexpro.sessions.ToleranceTrend;
import org.medexpro.sessions.UnsignedLog;
import org.medexpro.sessions.VitalsCheck;
import org.medexpro.sessions.VitalsReadings;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Session logs and the safety gate: clinical detail, for the owner and the client's care team. */
@RestController
@RequestMapping("/api/v1")
@PreAuthorize(Access.CLINICAL)
class SessionApiController {

	record SignRequest(@Nullable Boolean acknowledgeLanguage) {
	}

	record AddendumRequest(@NotBlank @Size(max = 4000) String text, @Nullable Boolean acknowledgeLanguage) {
	}

	private final SessionLogService sessions;

	SessionApiController(SessionLogService sessions) {
		this.sessions = sessions;
	}

	@PostMapping("/clients/{id}/vitals-checks")
	VitalsCheck checkVitals(@PathVariable UUID id, @Valid @RequestBody VitalsReadings readings) {
		return sessions.checkVitals(id, readings);
	}

	@PostMapping("/clients/{id}/sessions")
	ResponseEntity<SessionLog> create(@PathVariable UUID id, @Valid @RequestBody SessionRequest request) {
		SessionLog log = sessions.create(id, request);
		return ResponseEntity.created(URI.create("/api/v1/sessions/" + log.id())).body(log);
	}

	@GetMapping("/clients/{id}/sessions")
	List<SessionLog> ofClient(@PathVariable UUID id) {
		return sessions.ofClient(id);
	}

	@GetMapping("/clients/{id}/tolerance")
	ToleranceTrend tolerance(@PathVariable UUID id) {
		return sessions.tolerance(id);
	}

	@GetMapping("/sessions/{id}")
	SessionLog get(@PathVariable UUID id) {
		return sessions.get(id);
	}

	/** The draft saved again as it is typed; 409 once signed. */
	@PutMapping("/sessions/{id}")
	SessionLog update(@PathVariable UUID id, @Valid @RequestBody SessionRequest request) {
		return sessions.update(id, request);
	}

	@PostMapping("/sessions/{id}/sign")
	SessionLog sign(@PathVariable UUID id, @RequestBody(required = false) @Nullable SignRequest request) {
		return sessions.sign(id, request != null && Boolean.TRUE.equals(request.acknowledgeLanguage()));
	}

	@PostMapping("/sessions/{id}/addenda")
	ResponseEntity<Addendum> addAddendum(@PathVariable UUID id, @Valid @RequestBody AddendumRequest request) {
		Addendum addendum = sessions.addAddendum(id, request.text(), Boolean.TRUE.equals(request.acknowledgeLanguage()));
		return ResponseEntity.created(URI.create("/api/v1/sessions/" + id)).body(addendum);
	}

	/** The 24-hour rule: the practice's late logs for the owner, a trainer's own. */
	@GetMapping("/documentation/late")
	List<LateLog> late() {
		return sessions.late();
	}

	/** The signed-in staff member's unsigned logs with the time left. */
	@GetMapping("/documentation/unsigned")
	List<UnsignedLog> unsigned() {
		return sessions.myUnsignedLogs();
	}

}
