package org.medexpro.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.medexpro.assessment.internal.ScreenForms;
import org.medexpro.assessment.internal.ScreenRepository;
import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditTrail;
import org.medexpro.clients.ClientAccessLevel;
import org.medexpro.clients.ClientService;
import org.medexpro.security.CurrentStaff;
import org.medexpro.shared.FieldErrorsException;
import org.medexpro.shared.FieldErrorsException.FieldMessage;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The musculoskeletal screen: its form, recording findings, and the functional deficits
 * they leave, which the exercise engine uses.
 */
@Service
public class ScreenService {

	private final ScreenForms forms;

	private final ScreenRepository screens;

	private final ClientService clients;

	private final AuditTrail audit;

	private final Clock clock;

	ScreenService(ScreenForms forms, ScreenRepository screens, ClientService clients, AuditTrail audit, Clock clock) {
		this.forms = forms;
		this.screens = screens;
		this.clients = clients;
		this.audit = audit;
		this.clock = clock;
	}

	public ScreenForm form() {
		return forms.form();
	}

	/**
	 * Records a screen. Every finding names a point of the form once; a point left out was
	 * not screened.
	 */
	@Transactional
	public Screen record(UUID clientId, LocalDate takenOn, List<ScreenFinding> findings) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		ScreenForm form = forms.form();
		List<FieldMessage> errors = new ArrayList<>();
		if (takenOn.isAfter(LocalDate.now(clock))) {
			errors.add(new FieldMessage("takenOn", "must not be in the future"));
		}
		if (findings.isEmpty()) {
			errors.add(new FieldMessage("findings", "record at least one point of the screen"));
		}
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < findings.size(); i++) {
			ScreenFinding finding = findings.get(i);
			var point = form.point(finding.point());
			if (point.isEmpty()) {
				errors.add(new FieldMessage("findings[" + i + "].point", "is not a point of the form " + form.code()));
				continue;
			}
			if (!seen.add(finding.point())) {
				errors.add(new FieldMessage("findings[" + i + "].point", "is recorded twice"));
			}
			if (finding.side() != null && !Set.of("LEFT", "RIGHT", "BILATERAL").contains(finding.side())) {
				errors.add(new FieldMessage("findings[" + i + "].side", "must be LEFT, RIGHT or BILATERAL"));
			}
			if (finding.side() != null && !point.get().sided()) {
				errors.add(new FieldMessage("findings[" + i + "].side", "does not apply to " + point.get().name()));
			}
		}
		if (!errors.isEmpty()) {
			throw new FieldErrorsException(errors);
		}
		UUID id = UUID.randomUUID();
		screens.insert(id, clientId, form.code(), form.version(), takenOn, findings, OffsetDateTime.now(clock),
				CurrentStaff.username());
		audit.record(AuditAction.CREATE, "Screen", id, clientId, null);
		return screens.screens(clientId).stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
	}

	/** The client's screens, newest first (audited). */
	@Transactional
	public List<Screen> screens(UUID clientId) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		audit.record(AuditAction.READ, "Screen", clientId, clientId, null);
		return screens.screens(clientId);
	}

	/** The functional deficits of the latest screen: its limited and painful points (audited). */
	@Transactional
	public List<FunctionalDeficit> deficits(UUID clientId) {
		List<Screen> all = screens(clientId);
		if (all.isEmpty()) {
			return List.of();
		}
		ScreenForm form = forms.form();
		return all.get(0).findings().stream().filter(ScreenFinding::deficit).map(f -> {
			var point = form.point(f.point());
			return new FunctionalDeficit(f.point(), point.map(ScreenForm.Point::name).orElse(f.point()),
					point.map(ScreenForm.Point::region).orElse(""), f.result(), f.side(), f.rangeDegrees(), f.strength(),
					f.notes());
		}).toList();
	}

}
