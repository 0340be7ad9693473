package org.medexpro.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.medexpro.assessment.AssessmentService;
import org.medexpro.assessment.ClientCondition;
import org.medexpro.assessment.IntakeView;
import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditTrail;
import org.medexpro.clients.ClientAccessLevel;
import org.medexpro.clients.ClientListItem;
import org.medexpro.clients.ClientService;
import org.medexpro.outcomes.Outcome;
import org.medexpro.outcomes.OutcomeService;
import org.medexpro.physicians.MedicalRelationsService;
import org.medexpro.reports.ReimbursementReadiness.Item;
import org.medexpro.sessions.Attendance;
import org.medexpro.sessions.LateLog;
import org.medexpro.sessions.SessionLogService;
import org.medexpro.sessions.ToleranceTrend;
import org.medexpro.shared.PracticeTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reimbursement readiness per client episode and for the practice: what each one still misses. */
@Service
public class ReadinessService {

	private final ClientService clients;

	private final AssessmentService assessment;

	private final OutcomeService outcomes;

	private final SessionLogService sessions;

	private final MedicalRelationsService relations;

	private final DocumentService documents;

	private final AuditTrail audit;

	private final PracticeTime time;

	private final Clock clock;

	ReadinessService(ClientService clients, AssessmentService assessment, OutcomeService outcomes, SessionLogService sessions,
			MedicalRelationsService relations, DocumentService documents, AuditTrail audit, PracticeTime time, Clock clock) {
		this.clients = clients;
		this.assessment = assessment;
		this.outcomes = outcomes;
		this.sessions = sessions;
		this.relations = relations;
		this.documents = documents;
		this.audit = audit;
		this.time = time;
		this.clock = clock;
	}

	@Transactional
	public ReimbursementReadiness of(UUID clientId) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		audit.record(AuditAction.READ, "ReimbursementReadiness", clientId, clientId, null);
		return check(clientId, clients.get(clientId).fullName(), sessions.late());
	}

	/** Every client in the staff member's care, the least ready first. */
	@Transactional
	public List<ReimbursementReadiness> practice() {
		List<LateLog> late = sessions.late();
		List<ReimbursementReadiness> all = new ArrayList<>();
		for (ClientListItem client : clients.inMyCare()) {
			all.add(check(client.id(), client.fullName(), late));
		}
		all.sort(Comparator.comparingInt((ReimbursementReadiness r) -> r.missing().size()).reversed()
			.thenComparing(ReimbursementReadiness::clientName));
		audit.recordReads(AuditAction.SEARCH, "ReimbursementReadiness", all.stream().map(ReimbursementReadiness::clientId).toList());
		return all;
	}

	private ReimbursementReadiness check(UUID clientId, String name, List<LateLog> lateLogs) {
		IntakeView intake = assessment.latestIntake(clientId).orElse(null);
		List<Item> items = new ArrayList<>();
		boolean referral = (intake != null && intake.referringPhysicianId() != null) || !relations.referralsOfClient(clientId).isEmpty();
		items.add(new Item("REFERRAL", "Physician referral", referral,
				referral ? "on file" : "no referring physician on the intake and no referral received"));
		List<ClientCondition> conditions = assessment.conditions(clientId).stream().filter(ClientCondition::active).toList();
		List<String> codes = conditions.stream().map(ClientCondition::icd10).filter(c -> c != null && !c.isBlank()).toList();
		items.add(new Item("DIAGNOSIS", "ICD-10-CM code of the condition", !codes.isEmpty(),
				!codes.isEmpty() ? String.join(", ", codes) : conditions.isEmpty() ? "no condition recorded"
						: "no ICD-10-CM code on the client's conditions"));
		boolean necessity = intake != null && intake.medicalNecessity() != null && !intake.medicalNecessity().isBlank();
		items.add(new Item("MEDICAL_NECESSITY", "Medical necessity documented", necessity,
				necessity ? "on the intake" : "the intake does not state the medical necessity"));
		List<Outcome> measured = outcomes.outcomes(clientId);
		items.add(new Item("BASELINE_MEASURES", "Baseline functional outcome measures", !measured.isEmpty(),
				measured.isEmpty() ? "no measure recorded" : measured.size() + " measures"));
		boolean followUp = measured.stream().anyMatch(o -> o.count() >= 2);
		items.add(new Item("FOLLOW_UP_MEASURES", "Follow-up measures", followUp,
				followUp ? "re-measured" : "no measure re-tested since its baseline"));
		ToleranceTrend trend = sessions.tolerance(clientId);
		long attended = trend.sessions().stream().filter(p -> p.attendance() == Attendance.ATTENDED).count();
		long unsigned = trend.sessions().stream().filter(p -> !p.signed()).count();
		long late = lateLogs.stream().filter(l -> l.clientId().equals(clientId)).count();
		boolean logs = attended > 0 && unsigned == 0 && late == 0;
		items.add(new Item("SESSION_LOGS", "Session logs complete and signed on time", logs,
				attended == 0 ? "no session logged" : unsigned + " unsigned, " + late + " not signed within 24 hours"));
		List<Document> reports = documents.ofClient(clientId).stream()
			.filter(d -> d.kind() == DocumentKind.PROGRESS_REPORT).toList();
		boolean sent = reports.stream().anyMatch(d -> !d.sent().isEmpty());
		LocalDate firstSession = trend.sessions().stream().filter(p -> p.attendance() == Attendance.ATTENDED)
			.map(ToleranceTrend.Point::on).min(Comparator.naturalOrder()).orElse(null);
		boolean reportOwed = firstSession != null && firstSession.plusDays(30).isBefore(LocalDate.now(clock.withZone(time.zone())));
		items.add(new Item("REPORTS_SENT", "Progress reports sent", sent || !reportOwed,
				sent ? "sent" : reportOwed ? "no progress report sent after 30 days of training" : "none due yet"));
		return ReimbursementReadiness.of(clientId, name, items);
	}

}
