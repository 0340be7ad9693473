package org.medexpro.clients.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.medexpro.clients.BreakGlassGrant;
import org.medexpro.clients.CareTeamMember;
import org.medexpro.clients.ClientDetails;
import org.medexpro.clients.ClientListItem;
import org.medexpro.clients.ClientService;
import org.medexpro.clients.ClientStatus;
import org.medexpro.clients.StatusChange;
import org.medexpro.security.Access;
import org.medexpro.shared.FieldErrorsException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
class ClientApiController {

	private final ClientService clients;

	ClientApiController(ClientService clients) {
		this.clients = clients;
	}

	record StatusRequest(@NotNull ClientStatus status, @Nullable @Size(max = 500) String reason) {
	}

	record CareTeamRequest(@NotBlank @Size(max = 100) String username) {
	}

	record BreakGlassRequest(@NotBlank @Size(max = 500) String reason) {
	}

	@PostMapping("/clients")
	@PreAuthorize(Access.CLIENT_REGISTRATION)
	ResponseEntity<ClientDetails> register(@Valid @RequestBody ClientForm form) {
		ClientDetails client = clients.register(form.toData());
		return ResponseEntity.created(URI.create("/api/v1/clients/" + client.id())).body(client);
	}

	@GetMapping("/clients")
	@PreAuthorize(Access.CLIENT_CONTACT)
	List<ClientListItem> search(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "20") int limit) {
		return clients.search(q, limit);
	}

	@GetMapping("/clients/{id}")
	@PreAuthorize(Access.CLIENT_CONTACT)
	ClientDetails show(@PathVariable UUID id) {
		return clients.get(id);
	}

	@PutMapping("/clients/{id}")
	@PreAuthorize(Access.CLIENT_REGISTRATION)
	ClientDetails update(@PathVariable UUID id, @Valid @RequestBody ClientForm form) {
		if (form.getVersion() == null) {
			throw new FieldErrorsException("version", "send the version of the client you edited");
		}
		return clients.update(id, form.getVersion(), form.toData());
	}

	@PostMapping("/clients/{id}/status")
	@PreAuthorize(Access.CLINICAL)
	ClientDetails changeStatus(@PathVariable UUID id, @Valid @RequestBody StatusRequest request) {
		return clients.changeStatus(id, request.status(), request.reason());
	}

	@GetMapping("/clients/{id}/status-history")
	@PreAuthorize(Access.CLINICAL)
	List<StatusChange> statusHistory(@PathVariable UUID id) {
		return clients.statusHistory(id);
	}

	@GetMapping("/clients/{id}/care-team")
	@PreAuthorize(Access.CLINICAL)
	List<CareTeamMember> careTeam(@PathVariable UUID id) {
		return clients.careTeam(id);
	}

	@PostMapping("/clients/{id}/care-team")
	@PreAuthorize(Access.OWNER)
	ResponseEntity<List<CareTeamMember>> addToCareTeam(@PathVariable UUID id, @Valid @RequestBody CareTeamRequest request) {
		clients.addToCareTeam(id, request.username());
		return ResponseEntity.created(URI.create("/api/v1/clients/" + id + "/care-team")).body(clients.careTeam(id));
	}

	@DeleteMapping("/clients/{id}/care-team/{username}")
	@PreAuthorize(Access.OWNER)
	ResponseEntity<Void> removeFromCareTeam(@PathVariable UUID id, @PathVariable String username) {
		clients.removeFromCareTeam(id, username);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/clients/{id}/break-glass")
	@PreAuthorize(Access.CLINICAL)
	ResponseEntity<BreakGlassGrant> breakGlass(@PathVariable UUID id, @Valid @RequestBody BreakGlassRequest request) {
		BreakGlassGrant grant = clients.breakGlass(id, request.reason());
		return ResponseEntity.created(URI.create("/api/v1/clients/" + id)).body(grant);
	}

	@GetMapping("/break-glass")
	@PreAuthorize(Access.OWNER)
	List<BreakGlassGrant> breakGlassReview(
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate since) {
		return clients.breakGlassSince(since == null ? LocalDate.now().minusDays(30) : since);
	}

}
