package org.medexpro.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.assessment.AssessmentService;
import org.medexpro.assessment.ClientCondition;
import org.medexpro.assessment.IntakeView;
import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditTrail;
import org.medexpro.clients.ClientAccessLevel;
import org.medexpro.clients.ClientListItem;
import org.medexpro.clients.ClientService;
import org.medexpro.clients.ClientStatus;
import org.medexpro.clients.StatusChange;
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

/**
 * Reimbursement readiness of each client's current episode (since the client was registered, or
 * came back after a discharge) and for the practice: what each one still misses.
 */
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
		return check(clientId, clients.get(clientId).fullName(), sessions.lateOf(List.of(clientId)));
	}

	/** Every client in the staff member's care, the least ready first. */
	@Transactional
	public List<ReimbursementReadiness> practice() {
		List<ClientListItem> inCare = clients.inMyCare();
		List<LateLog> late = sessions.lateOf(inCare.stream().map(ClientListItem::id).toList());
		List<ReimbursementReadiness> all = new ArrayList<>();
		for (ClientListItem client : inCare) {
			all.add(check(client.id(), client.fullName(), late));
		}
		all.sort(Comparator.comparingInt((ReimbursementReadiness r) -> r.missing().size()).reversed()
			.thenComparing(ReimbursementReadiness::clientName));
		audit.recordReads(AuditAction.SEARCH, "ReimbursementReadiness", all.stream().map(ReimbursementReadiness::clientId).toList());
		return all;
	}

	private ReimbursementReadiness check(UUID clientId, String name, List<LateLog> lateLogs) {
		ZoneId zone = time.zone();
		Episode episode = episode(clientId);
		LocalDate today = LocalDate.now(clock.withZone(zone));
		IntakeView intake = assessment.latestIntake(clientId).filter(i -> episode.contains(i.takenAt())).orElse(null);
		List<Item> items = new ArrayList<>();
		boolean referral = (intake != null && intake.referringPhysicianId() != null)
				|| relations.referralsOfClient(clientId).stream().anyMatch(r -> episode.contains(r.recordedAt()));
		items.add(new Item("REFERRAL", "Physician referral", referral, referral ? "on file"
				: episode.after() == null ? "no referring physician on the intake and no referral received"
						: "no referral or intake naming a physician since this episode began"));
		List<ClientCondition> conditions = assessment.conditions(clientId).stream().filter(ClientCondition::active).toList();
		List<String> codes = conditions.stream().map(ClientCondition::icd10).filter(c -> c != null && !c.isBlank()).toList();
		items.add(new Item("DIAGNOSIS", "ICD-10-CM code of the condition", !codes.isEmpty(),
				!codes.isEmpty() ? String.join(", ", codes) : conditions.isEmpty() ? "no condition recorded"
						: "no ICD-10-CM code on the client's conditions"));
		boolean necessity = intake != null && intake.medicalNecessity() != null && !intake.medicalNecessity().isBlank();
		items.add(new Item("MEDICAL_NECESSITY", "Medical necessity documented", necessity,
				necessity ? "on the intake" : intake == null && episode.after() != null ? "no intake since this episode began"
						: "the intake does not state the medical necessity"));
		List<Long> measurements = outcomes.outcomes(clientId).stream()
			.map(o -> o.trend().stream().filter(p -> episode.containsDay(p.on(), zone)).count())
			.filter(n -> n > 0)
			.toList();
		items.add(new Item("BASELINE_MEASURES", "Baseline functional outcome measures", !measurements.isEmpty(),
				measurements.isEmpty() ? "no measure recorded in this episode" : measurements.size() + " measures"));
		boolean followUp = measurements.stream().anyMatch(n -> n >= 2);
		items.add(new Item("FOLLOW_UP_MEASURES", "Follow-up measures", followUp,
				followUp ? "re-measured" : "no measure re-tested since its baseline"));
		List<ToleranceTrend.Point> sessionsInEpisode = sessions.tolerance(clientId).sessions().stream()
			.filter(p -> episode.contains(p.startedAt()))
			.toList();
		long attended = sessionsInEpisode.stream().filter(p -> p.attendance() == Attendance.ATTENDED).count();
		long unsigned = sessionsInEpisode.stream().filter(p -> !p.signed()).count();
		long late = lateLogs.stream().filter(l -> l.clientId().equals(clientId) && episode.contains(l.endedAt())).count();
		boolean logs = attended > 0 && unsigned == 0 && late == 0;
		items.add(new Item("SESSION_LOGS", "Session logs complete and signed on time", logs,
				attended == 0 ? "no session logged in this episode" : unsigned + " unsigned, " + late + " not signed within 24 hours"));
		LocalDate firstSession = sessionsInEpisode.stream().filter(p -> p.attendance() == Attendance.ATTENDED)
			.map(ToleranceTrend.Point::on).min(Comparator.naturalOrder()).orElse(null);
		List<LocalDate> reportsSent = documents.ofClient(clientId).stream()
			.filter(d -> d.kind() == DocumentKind.PROGRESS_REPORT && !d.sent().isEmpty() && d.signedAt() != null
					&& episode.contains(d.signedAt()))
			.map(d -> d.data().periodTo())
			.sorted()
			.toList();
		items.add(reportsSent(firstSession, reportsSent, episode.ended() != null ? episode.ended().atZoneSameInstant(zone).toLocalDate() : today));
		return ReimbursementReadiness.of(clientId, name, episode.began() == null ? null : episode.began().atZoneSameInstant(zone).toLocalDate(),
				episode.ended() == null ? null : episode.ended().atZoneSameInstant(zone).toLocalDate(), items);
	}

	/**
	 * A progress report sent for each 30-day period of the episode that has ended: the first
	 * from the first session, each next one from the end of the last report's period (as the
	 * deadlines count them).
	 * @param lastDay today, or the day the episode ended with a discharge
	 */
	private static Item reportsSent(@Nullable LocalDate firstSession, List<LocalDate> sentPeriodsEnd, LocalDate lastDay) {
		int periods = 0;
		LocalDate base = firstSession;
		while (base != null && base.plusDays(DocumentDeadlines.REPORT_EVERY_DAYS).isBefore(lastDay)) {
			LocalDate from = base;
			LocalDate next = sentPeriodsEnd.stream().filter(end -> end.isAfter(from)).findFirst().orElse(null);
			if (next == null) {
				return new Item("REPORTS_SENT", "Progress reports sent", false, "no progress report sent for the 30 days from "
						+ from + " to " + from.plusDays(DocumentDeadlines.REPORT_EVERY_DAYS));
			}
			periods++;
			base = next;
		}
		return new Item("REPORTS_SENT", "Progress reports sent", true,
				periods == 0 ? "none due yet" : "sent for each 30-day period (" + periods + ")");
	}

	/**
	 * The client's current episode, from their status history: it began at registration, or
	 * when a discharged client came back, and ends with a discharge (a step down to maintenance
	 * goes on). After a discharge the next episode starts fresh.
	 */
	private Episode episode(UUID clientId) {
		List<StatusChange> history = clients.statusHistory(clientId);
		List<OffsetDateTime> discharges = history.stream().filter(h -> h.to() == ClientStatus.DISCHARGED)
			.map(StatusChange::changedAt).sorted().toList();
		boolean discharged = clients.get(clientId).status() == ClientStatus.DISCHARGED && !discharges.isEmpty();
		OffsetDateTime ended = discharged ? discharges.get(discharges.size() - 1) : null;
		int previous = discharges.size() - (discharged ? 2 : 1);
		OffsetDateTime after = previous >= 0 ? discharges.get(previous) : null;
		OffsetDateTime began = history.stream().map(StatusChange::changedAt).filter(t -> after == null || t.isAfter(after))
			.min(Comparator.naturalOrder()).orElse(null);
		return new Episode(after, began, ended);
	}

	/**
	 * @param after the discharge that ended the episode before, if any
	 * @param ended the discharge that ended this one, if it has
	 */
	private record Episode(@Nullable OffsetDateTime after, @Nullable OffsetDateTime began, @Nullable OffsetDateTime ended) {

		boolean contains(OffsetDateTime time) {
			return (after == null || time.isAfter(after)) && (ended == null || !time.isAfter(ended));
		}

		/** A measurement's day: on or after the day the previous episode ended, up to the day this one did. */
		boolean containsDay(LocalDate day, ZoneId zone) {
			return (after == null || !day.isBefore(after.atZoneSameInstant(zone).toLocalDate()))
					&& (ended == null || !day.isAfter(ended.atZoneSameInstant(zone).toLocalDate()));
		}

	}

}
