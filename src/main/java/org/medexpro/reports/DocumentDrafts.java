package org.medexpro.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.medexpro.assessment.AssessmentService;
import org.medexpro.assessment.ClientCondition;
import org.medexpro.assessment.Goal;
import org.medexpro.assessment.GoalService;
import org.medexpro.assessment.Screen;
import org.medexpro.assessment.ScreenFinding;
import org.medexpro.assessment.ScreenService;
import org.medexpro.clients.ClientDetails;
import org.medexpro.knowledge.Cutoff;
import org.medexpro.knowledge.KnowledgeBase;
import org.medexpro.knowledge.Measure;
import org.medexpro.outcomes.Outcome;
import org.medexpro.outcomes.OutcomeService;
import org.medexpro.physicians.Physician;
import org.medexpro.programs.Program;
import org.medexpro.programs.ProgramService;
import org.medexpro.programs.ProgramStatus;
import org.medexpro.reports.DocumentData.CodedCondition;
import org.medexpro.reports.DocumentData.GoalLine;
import org.medexpro.reports.DocumentData.MeasureLine;
import org.medexpro.reports.DocumentData.PhysicianLine;
import org.medexpro.reports.internal.ReportDomains;
import org.medexpro.reports.internal.ReportDomains.Domain;
import org.medexpro.sessions.Attendance;
import org.medexpro.sessions.SessionLogService;
import org.medexpro.sessions.ToleranceTrend;
import org.springframework.stereotype.Component;

/**
 * Drafts a document from what is recorded: the data it shows and a first wording of each
 * part, in MedSpeak (concise, objective, in scope: what was measured and observed, never a
 * diagnosis or a treatment), for the professional to edit before signing.
 */
@Component
class DocumentDrafts {

	/** What a draft starts from. */
	record Draft(DocumentData data, Map<String, String> sections) {
	}

	private final AssessmentService assessment;

	private final ScreenService screens;

	private final GoalService goals;

	private final OutcomeService outcomes;

	private final ProgramService programs;

	private final SessionLogService sessions;

	private final KnowledgeBase knowledge;

	private final ReportDomains domains;

	DocumentDrafts(AssessmentService assessment, ScreenService screens, GoalService goals, OutcomeService outcomes,
			ProgramService programs, SessionLogService sessions, KnowledgeBase knowledge, ReportDomains domains) {
		this.assessment = assessment;
		this.screens = screens;
		this.goals = goals;
		this.outcomes = outcomes;
		this.programs = programs;
		this.sessions = sessions;
		this.knowledge = knowledge;
		this.domains = domains;
	}

	Draft draft(DocumentKind kind, ClientDetails client, @Nullable Physician physician, LocalDate from, LocalDate to,
			String practice, String author, @Nullable String event) {
		List<ClientCondition> active = assessment.conditions(client.id()).stream().filter(ClientCondition::active).toList();
		List<CodedCondition> conditions = active.stream()
			// The code is the physician's, copied from the referral: never one the practice picks for them.
			.map(c -> new CodedCondition(c.icd10(), c.name() + (c.side() != null ? ", " + c.side().toLowerCase(Locale.ROOT) : "")))
			.toList();
		ToleranceTrend trend = sessions.tolerance(client.id());
		List<ToleranceTrend.Point> inPeriod = trend.sessions().stream()
			.filter(p -> !p.on().isBefore(from) && !p.on().isAfter(to))
			.toList();
		int attended = (int) inPeriod.stream().filter(p -> p.attendance() == Attendance.ATTENDED).count();
		List<MeasureLine> measures = outcomes.outcomes(client.id()).stream()
			.filter(o -> !domains.leftOut().contains(o.measureCode()))
			.map(this::line)
			.toList();
		List<GoalLine> goalLines = goals.goals(client.id()).stream()
			.map(g -> new GoalLine(g.term().equals("SHORT") ? "30-day" : "90-day", g.description(), goalStatus(g)))
			.toList();
		String phase = programs.programs(client.id()).stream()
			.filter(p -> p.status() == ProgramStatus.ACTIVE)
			.map(p -> p.protocolName() + ", phase " + p.phase() + " of " + p.phases() + ": " + p.phaseName())
			.collect(Collectors.collectingAndThen(Collectors.joining("; "), s -> s.isEmpty() ? null : s));
		List<ScreenFinding> latestFindings = screens.screens(client.id()).stream()
			.max(Comparator.comparing(Screen::takenOn))
			.map(s -> s.findings().stream().filter(ScreenFinding::deficit).toList())
			.orElse(List.of());
		List<String> findings = latestFindings.stream().map(DocumentDrafts::finding).toList();
		PhysicianLine doctor = physician == null ? null
				: new PhysicianLine(physician.id(), physician.name(), physician.practice(), physician.fax(), physician.email());
		DocumentData data = new DocumentData(practice, to, client.fullName(), client.dateOfBirth(), doctor, conditions, from,
				to, attended, inPeriod.size(), measures, goalLines, phase, findings, event, author,
				client.consentToShare() ? client.consentDate() : null);
		return new Draft(data, sections(kind, client, data, inPeriod, latestFindings));
	}

	/** The first wording of each part of the document. */
	private Map<String, String> sections(DocumentKind kind, ClientDetails client, DocumentData data,
			List<ToleranceTrend.Point> sessionsInPeriod, List<ScreenFinding> findings) {
		Map<String, String> parts = new LinkedHashMap<>();
		String first = client.firstName();
		String conditions = data.conditions().isEmpty() ? "" : " for " + data.conditions().stream().map(CodedCondition::name)
			.collect(Collectors.joining(", ")).toLowerCase(Locale.ROOT);
		switch (kind) {
			case INTRODUCTORY_LETTER -> parts.put("body", "Thank you for referring " + client.fullName() + ". " + first
					+ " began medical exercise training with us on " + data.periodFrom() + conditions + ". We train within the "
					+ "precautions of the condition and any limits you set, and will send you a progress report every 30 days. "
					+ "Please let us know of any concern about " + first + "'s participation, or limits you would like us to respect.");
			case ASSESSMENT_SUMMARY -> {
				parts.put("strength", domainSentence("strength", data, true));
				parts.put("flexibility", data.findings().isEmpty() ? "No limitation of range found on the musculoskeletal screen."
						: "Screen findings: " + String.join("; ", data.findings()) + ".");
				parts.put("function", domainSentence("function", data, true));
				parts.put("endurance", domainSentence("endurance", data, true));
				parts.put("stability", domainSentence("stability", data, true));
				parts.put("pain", painAtBaseline(client.id()));
				parts.put("plan", data.phase() != null ? "Exercise program: " + data.phase() + ", two to three sessions a week, "
						+ "progressed when the phase's criteria are met by measured data." : "A plan of exercise follows the first sessions.");
			}
			case PROGRESS_REPORT -> {
				for (Domain domain : domains.domains()) {
					String sentence = domainSentence(domain.code(), data, false);
					List<String> points = findings.stream().filter(f -> domain.screenPoints().contains(f.point()))
						.map(DocumentDrafts::finding).toList();
					if (!points.isEmpty()) {
						sentence = (sentence.startsWith("Not measured") ? "" : sentence + " ") + "Screen: " + String.join("; ", points) + ".";
					}
					parts.put(domain.code(), sentence);
				}
				long attended = sessionsInPeriod.stream().filter(p -> p.attendance() == Attendance.ATTENDED).count();
				parts.put("recommendations", (data.phase() != null ? "Continue " + data.phase() + ". " : "Continue the exercise program. ")
						+ "Re-test the measures above in 30 days." + (attended < sessionsInPeriod.size()
								? " Attendance " + attended + " of " + sessionsInPeriod.size() + " sessions: we will discuss scheduling with "
										+ first + "." : ""));
			}
			case CHANGE_IN_STATUS -> parts.put("body", "We are writing to let you know of a change in " + client.fullName()
					+ "'s status: " + (data.event() != null ? data.event() : "[describe the change: a red flag, a new condition, a "
							+ "hospital stay, a pause or a return]") + ". We will keep training within your guidance and "
					+ "welcome any instruction you would like us to follow.");
			case DISCHARGE_SUMMARY -> {
				List<String> lines = new ArrayList<>();
				data.goals().forEach(g -> lines.add(g.term() + " goal \"" + g.description() + "\": " + g.status() + "."));
				data.measures().forEach(m -> lines.add(m.name() + " from " + m.baseline() + " to " + m.latest() + " " + m.unit()
						+ " (" + m.verdict() + ")."));
				parts.put("outcomes", lines.isEmpty() ? "No goals or measures were recorded." : String.join(" ", lines));
				parts.put("reason", data.event() != null ? data.event() : "");
				parts.put("nextSteps", "");
			}
		}
		return parts;
	}

	/** “Timed Up and Go from 15.2 to 11.8 s (meaningful improvement)”, for each measure of the part. */
	private String domainSentence(String domainCode, DocumentData data, boolean baselineOnly) {
		Domain domain = domains.domains().stream().filter(d -> d.code().equals(domainCode)).findFirst().orElseThrow();
		List<String> parts = new ArrayList<>();
		for (MeasureLine m : data.measures()) {
			if (domain.measures().contains(m.code())) {
				parts.add(baselineOnly ? m.name() + " " + m.baseline() + " " + m.unit() + " (" + m.interpretation() + ")"
						: m.name() + " from " + m.baseline() + " to " + m.latest() + " " + m.unit() + " (" + m.verdict()
								+ (m.latestCutoff() == null ? "" : "; now " + m.latestCutoff()) + ")");
			}
		}
		return parts.isEmpty() ? "Not measured in this period." : String.join("; ", parts) + ".";
	}

	private String painAtBaseline(UUID clientId) {
		return outcomes.outcomes(clientId).stream()
			.filter(o -> o.measureCode().equals("NPRS"))
			.findFirst()
			.map(o -> "Pain " + knowledge.measure("NPRS").map(m -> m.format(o.baseline())).orElse("") + "/10 at the assessment.")
			.orElse("Pain not rated at the assessment.");
	}

	private MeasureLine line(Outcome o) {
		Measure measure = knowledge.measure(o.measureCode()).orElseThrow();
		// Plain ASCII signs: the PDF's standard fonts have no minus sign or arrow.
		String change = (o.change() > 0 ? "+" : o.change() < 0 ? "-" : "") + measure.format(Math.abs(o.change()));
		return new MeasureLine(o.measureCode(), o.name(), o.unit(), measure.format(o.baseline()), o.baselineOn(),
				measure.format(o.latest()), o.latestOn(), change, o.mcid() == null ? null : measure.format(o.mcid()),
				o.meaningful(), o.improved(), o.interpretation(), sparkline(o, measure),
				measure.cutoffMetBy(o.latest()).map(Cutoff::interpretation).orElse(null));
	}

	/** The trend as a polyline in a 120 × 24 box, the better direction up. */
	private static String sparkline(Outcome o, Measure measure) {
		List<Outcome.Point> points = o.trend();
		if (points.size() < 2) {
			return "";
		}
		double min = points.stream().mapToDouble(Outcome.Point::value).min().orElse(0);
		double max = points.stream().mapToDouble(Outcome.Point::value).max().orElse(0);
		double span = max - min == 0 ? 1 : max - min;
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < points.size(); i++) {
			double fraction = (points.get(i).value() - min) / span;
			double y = 22 - 20 * (measure.higherIsBetter() ? fraction : 1 - fraction);
			out.append(String.format(Locale.ROOT, "%.1f,%.1f ", 2 + 116.0 * i / (points.size() - 1), y));
		}
		return out.toString().strip();
	}

	private static String goalStatus(Goal goal) {
		return switch (goal.status()) {
			case "MET" -> "met" + (goal.metOn() != null ? " on " + goal.metOn() : "");
			case "OPEN" -> "in progress, target " + goal.targetDate();
			default -> goal.status().toLowerCase(Locale.ROOT).replace('_', ' ');
		};
	}

	private static String finding(ScreenFinding f) {
		String point = f.point().charAt(0) + f.point().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ');
		return point + (f.side() != null ? " (" + f.side().toLowerCase(Locale.ROOT) + ")" : "") + ": "
				+ f.result().name().toLowerCase(Locale.ROOT) + (f.rangeDegrees() != null ? ", " + f.rangeDegrees() + "°" : "")
				+ (f.strength() != null ? ", strength " + f.strength() + "/5" : "");
	}

}
