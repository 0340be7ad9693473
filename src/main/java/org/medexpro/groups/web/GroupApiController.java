package org.medexpro.groups.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.medexpro.groups.Enrollment;
import org.medexpro.groups.GroupLogRequest;
import org.medexpro.groups.GroupMeeting;
import org.medexpro.groups.GroupProgram;
import org.medexpro.groups.GroupProgramRequest;
import org.medexpro.groups.GroupService;
import org.medexpro.security.Access;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Group programs over the API (API.md, Practice). The list and the meetings name no client;
 * enrolments and logs are clinical (a condition-based group tells a client's condition).
 */
@RestController
@RequestMapping("/api/v1/group-programs")
class GroupApiController {

	record EnrollmentRequest(@NotNull UUID clientId) {
	}

	record SignRequest(@Nullable Boolean acknowledgeLanguage) {
	}

	private final GroupService groups;

	GroupApiController(GroupService groups) {
		this.groups = groups;
	}

	@PostMapping
	@PreAuthorize(Access.CLINICAL)
	ResponseEntity<GroupProgram> create(@RequestBody GroupProgramRequest request) {
		GroupProgram group = groups.create(request);
		return ResponseEntity.created(URI.create("/api/v1/group-programs/" + group.id())).body(group);
	}

	@GetMapping
	@PreAuthorize(Access.STAFF)
	List<GroupProgram> list() {
		return groups.list();
	}

	@GetMapping("/{id}")
	@PreAuthorize(Access.STAFF)
	GroupProgram get(@PathVariable UUID id) {
		return groups.get(id);
	}

	/** 201 with {@code status} ENROLLED or WAITLISTED (and the place in the waitlist), with the engine's warnings. */
	@PostMapping("/{id}/enrollments")
	@PreAuthorize(Access.CLINICAL)
	ResponseEntity<Enrollment> enroll(@PathVariable UUID id, @Valid @RequestBody EnrollmentRequest request) {
		Enrollment enrollment = groups.enroll(id, request.clientId());
		return ResponseEntity.created(URI.create("/api/v1/group-programs/" + id + "/enrollments/" + request.clientId()))
			.body(enrollment);
	}

	@GetMapping("/{id}/enrollments")
	@PreAuthorize(Access.CLINICAL)
	List<GroupService.Member> members(@PathVariable UUID id) {
		return groups.members(id);
	}

	/** The client leaves; answers with the client promoted from the waitlist, if any. */
	@DeleteMapping("/{id}/enrollments/{clientId}")
	@PreAuthorize(Access.CLINICAL)
	Map<String, @Nullable Enrollment> withdraw(@PathVariable UUID id, @PathVariable UUID clientId) {
		java.util.HashMap<String, @Nullable Enrollment> answer = new java.util.HashMap<>();
		answer.put("promoted", groups.withdraw(id, clientId).orElse(null));
		return answer;
	}

	@GetMapping("/{id}/meetings")
	@PreAuthorize(Access.STAFF)
	List<GroupMeeting> meetings(@PathVariable UUID id) {
		return groups.meetings(id);
	}

	/** The meeting's group log: a session log for each enrolled client, to sign within 24 hours. */
	@PostMapping("/{id}/meetings/{meetingId}/log")
	@PreAuthorize(Access.CLINICAL)
	ResponseEntity<GroupMeeting> log(@PathVariable UUID id, @PathVariable UUID meetingId, @RequestBody GroupLogRequest request) {
		GroupMeeting meeting = groups.logMeeting(id, meetingId, request);
		return ResponseEntity.created(URI.create("/api/v1/group-programs/" + id + "/meetings")).body(meeting);
	}

	@PostMapping("/{id}/meetings/{meetingId}/sign")
	@PreAuthorize(Access.CLINICAL)
	GroupMeeting sign(@PathVariable UUID id, @PathVariable UUID meetingId, @RequestBody(required = false) @Nullable SignRequest request) {
		return groups.signMeeting(id, meetingId, request != null && Boolean.TRUE.equals(request.acknowledgeLanguage()));
	}

}
