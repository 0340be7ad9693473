package org.medexpro.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.assessment.AssessmentService;
import org.medexpro.assessment.IntakeView;
import org.medexpro.assessment.RedFlag;
import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditTrail;
import org.medexpro.clients.ClientAccessLevel;
import org.medexpro.clients.ClientDetails;
import org.medexpro.clients.ClientService;
import org.medexpro.physicians.Physician;
import org.medexpro.physicians.PhysicianService;
import org.medexpro.security.CurrentStaff;
import org.medexpro.security.StaffService;
import org.medexpro.shared.PracticeTime;
import org.medexpro.shared.PdfRenderer;
import org.medexpro.shared.RuleViolationException;
import org.medexpro.shared.ScopeLanguage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.context.Context;

/**
 * The referral-back letter (clinical-facts 2.9): to the referring physician, the observed
 * facts of the open red flags, measured values, when, and that training is paused until
 * their clearance. It names no diagnosis and suggests no treatment; observations typed in
 * words outside that scope are refused until the professional confirms them.
 */
@Service
public class ReferralLetterService {

	private final ClientService clients;

	private final AssessmentService assessment;

	private final PhysicianService physicians;

	private final StaffService staff;

	private final PdfRenderer renderer;

	private final AuditTrail audit;

	private final PracticeTime time;

	private final Clock clock;

	private final String practiceName;

	ReferralLetterService(ClientService clients, AssessmentService assessment, PhysicianService physicians,
			StaffService staff, PdfRenderer renderer, AuditTrail audit, PracticeTime time, Clock clock,
			@Value("${medex.practice.name:MedExPRO Practice}") String practiceName) {
		this.clients = clients;
		this.assessment = assessment;
		this.physicians = physicians;
		this.staff = staff;
		this.renderer = renderer;
		this.audit = audit;
		this.time = time;
		this.clock = clock;
		this.practiceName = practiceName;
	}

	/**
	 * The letter as a PDF, to the intake's referring physician or the one given.
	 * @throws RuleViolationException when the client has no open red flag to report
	 */
	@Transactional
	public byte[] letter(UUID clientId, @Nullable UUID physicianId, boolean acknowledgeLanguage) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		ClientDetails client = clients.get(clientId);
		List<RedFlag> open = assessment.redFlags(clientId).stream().filter(RedFlag::open).toList();
		if (open.isEmpty()) {
			throw new RuleViolationException("NO_OPEN_RED_FLAG", "The client has no open red flag to report to a physician.");
		}
		List<String> stray = open.stream().filter(f -> f.observed() != null)
			.flatMap(f -> ScopeLanguage.strayWords(f.observed()).stream()).distinct().toList();
		if (!stray.isEmpty() && !acknowledgeLanguage) {
			throw new RuleViolationException("OUT_OF_SCOPE_LANGUAGE", "The observations use words outside the scope of exercise ("
					+ String.join(", ", stray) + "). Reword them, or confirm (acknowledgeLanguage=true) to send them as written.",
					java.util.Map.of("words", stray));
		}
		Physician physician = (physicianId != null ? physicians.find(physicianId)
				: assessment.latestIntake(clientId).map(IntakeView::referringPhysicianId).flatMap(physicians::find))
			.orElse(null);
		Context context = new Context(Locale.ENGLISH);
		context.setVariable("practice", practiceName);
		context.setVariable("date", LocalDate.now(clock.withZone(time.zone())));
		context.setVariable("client", client);
		context.setVariable("physician", physician);
		context.setVariable("flags", open.stream().map(f -> new Fact(f.description(), f.observed(),
				time.format(f.raisedAt()), f.level())).toList());
		context.setVariable("author", staff.find(CurrentStaff.username()).map(m -> m.displayName()).orElse(CurrentStaff.username()));
		byte[] pdf = renderer.render("reports/referral-letter", context);
		audit.record(AuditAction.READ, "ReferralLetter", clientId, clientId, "printed as PDF");
		return pdf;
	}

	/** One observed fact of the letter. */
	public record Fact(String description, @Nullable String observed, String when, String level) {
	}

}
