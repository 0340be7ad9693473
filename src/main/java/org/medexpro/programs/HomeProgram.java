package org.medexpro.programs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.medexpro.assessment.TrainingGuard;
import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditTrail;
import org.medexpro.clients.ClientDetails;
import org.medexpro.clients.ClientService;
import org.medexpro.security.CurrentStaff;
import org.medexpro.shared.PdfRenderer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.context.Context;

/** The program a client takes home: each exercise with its dose and cues, as a PDF. */
@Service
public class HomeProgram {

	private final ProgramService programs;

	private final ClientService clients;

	private final PdfRenderer renderer;

	private final AuditTrail audit;

	private final Clock clock;

	private final TrainingGuard trainingGuard;

	private final String practiceName;

	HomeProgram(ProgramService programs, ClientService clients, PdfRenderer renderer, AuditTrail audit, Clock clock,
			TrainingGuard trainingGuard, @Value("${medex.practice.name:MedExPRO Practice}") String practiceName) {
		this.programs = programs;
		this.clients = clients;
		this.renderer = renderer;
		this.audit = audit;
		this.clock = clock;
		this.trainingGuard = trainingGuard;
		this.practiceName = practiceName;
	}

	/**
	 * Suspended exercises are left out: the client must not do them until they are replaced.
	 * A client awaiting clearance takes no program home until it is recorded.
	 */
	@Transactional
	public byte[] pdf(UUID programId) {
		Program program = programs.program(programId);
		trainingGuard.requireClearedForTraining(program.clientId());
		ClientDetails client = clients.get(program.clientId());
		Context context = new Context(Locale.ENGLISH);
		context.setVariable("practice", practiceName);
		context.setVariable("date", LocalDate.now(clock));
		context.setVariable("client", client.firstName() + " " + client.lastName());
		context.setVariable("program", program);
		context.setVariable("exercises", program.exercises().stream().filter(e -> !e.suspended()).toList());
		context.setVariable("author", CurrentStaff.username());
		byte[] pdf = renderer.render("programs/home-program", context);
		audit.record(AuditAction.READ, "HomeProgram", programId, program.clientId(), "printed as PDF");
		return pdf;
	}

}
