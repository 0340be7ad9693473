package org.medexpro.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.medexpro.assessment.IntakeResult.RedFlagView;
import org.medexpro.assessment.internal.AssessmentRepository;
import org.medexpro.assessment.internal.AssessmentRepository.ConditionRow;
import org.medexpro.assessment.internal.AssessmentRepository.StoredIntake;
import org.medexpro.assessment.internal.CategoryRule;
import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditTrail;
import org.medexpro.clients.ClientAccessLevel;
import org.medexpro.clients.ClientService;
import org.medexpro.clients.ClientStatus;
import org.medexpro.knowledge.Condition;
import org.medexpro.knowledge.KnowledgeBase;
import org.medexpro.knowledge.MedicationClass;
import org.medexpro.knowledge.RedFlagDefinition;
import org.medexpro.knowledge.Vital;
import org.medexpro.knowledge.VitalLimit;
import org.medexpro.physicians.Physician;
import org.medexpro.physicians.PhysicianService;
import org.medexpro.security.CurrentStaff;
import org.medexpro.shared.FieldErrorsException;
import org.medexpro.shared.FieldErrorsException.FieldMessage;
import org.medexpro.shared.NotFoundException;
import org.medexpro.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The intake, the client's conditions and category, red flags and clearance. Every read
 * and write is audited; only the owner and the client's care team may use it.
 */
@Service
public class AssessmentService {

	static final String HOLD_RED_FLAG = "RED_FLAG";

	static final String HOLD_REFERRAL = "REFERRAL_REQUIRED";

	private final AssessmentRepository repository;

	private final ClientService clients;

	private final KnowledgeBase knowledge;

	private final PhysicianService physicians;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	AssessmentService(AssessmentRepository repository, ClientService clients, KnowledgeBase knowledge,
			PhysicianService physicians, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
		this.repository = repository;
		this.clients = clients;
		this.knowledge = knowledge;
		this.physicians = physicians;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Records a MET-Q intake: its conditions, the red flags its symptoms and resting vitals
	 * raise, the category, and whether training must wait for a clearance.
	 * @throws FieldErrorsException naming the field of an unknown code, side or approach
	 */
	@Transactional
	public IntakeResult recordIntake(UUID clientId, IntakeData intake) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		List<Condition> named = checkIntake(intake);
		OffsetDateTime now = now();
		String username = CurrentStaff.username();

		List<ConditionRow> rows = new ArrayList<>();
		for (int i = 0; i < intake.conditionList().size(); i++) {
			IntakeData.ConditionEntry entry = intake.conditionList().get(i);
			ConditionRow row = new ConditionRow(UUID.randomUUID(), named.get(i).code(), upper(entry.side()),
					upper(entry.approach()), entry.eventDate(), entry.icd10(), true);
			repository.insertCondition(clientId, row, now, username);
			rows.add(row);
		}
		boolean maintenance = Boolean.TRUE.equals(intake.maintenance());
		List<LocalDate> eventDates = new ArrayList<>(rows.stream().map(ConditionRow::eventDate).toList());
		repository.conditions(clientId).stream().filter(ConditionRow::active).map(ConditionRow::eventDate).forEach(eventDates::add);
		Category category = CategoryRule.categorize(eventDates, maintenance, today());

		List<String> medicationFlags = intake.medicationList().stream()
			.flatMap(m -> knowledge.classesOf(m).stream())
			.map(MedicationClass::code)
			.distinct()
			.toList();
		repository.insertIntake(new StoredIntake(UUID.randomUUID(), clientId, intake.referringPhysicianId(),
				category.name(), intake.medicalNecessity(), intake.diagnosedBy(),
				lines(intake.surgeries() == null ? List.of()
						: intake.surgeries().stream().map(s -> s.description() + (s.date() == null ? "" : " (" + s.date() + ")")).toList()),
				lines(intake.medicationList()),
				lines(intake.history() == null ? List.of()
						: intake.history().stream().map(h -> h.question() + ": " + (h.answer() ? "yes" : "no")
								+ (h.note() == null || h.note().isBlank() ? "" : " — " + h.note())).toList()),
				lines(intake.symptomList()), intake.worseningActivities(),
				lines(intake.functionalGoals() == null ? List.of() : intake.functionalGoals()),
				vital(intake, IntakeData.Vitals::systolic), vital(intake, IntakeData.Vitals::diastolic),
				vital(intake, IntakeData.Vitals::heartRate), vital(intake, IntakeData.Vitals::spo2),
				vital(intake, IntakeData.Vitals::glucose),
				intake.restingVitals() == null ? null : intake.restingVitals().ketones(), maintenance, now, username));
		audit.record(AuditAction.CREATE, "Intake", clientId, clientId, null);

		List<RedFlagView> raised = new ArrayList<>();
		for (String code : new LinkedHashSet<>(intake.symptomList())) {
			RedFlagDefinition flag = knowledge.redFlag(code).orElseThrow();
			raised.add(raise(clientId, flag.code(), flag.description(), flag.level().name(), "INTAKE", null, now));
		}
		for (VitalReading reading : abnormalVitals(intake.restingVitals())) {
			raised.add(raise(clientId, reading.limit().code(), reading.limit().description(),
					reading.limit().level().name(), "VITALS", reading.observed(), now));
		}
		boolean referralMissing = category == Category.POST_REHAB && intake.referringPhysicianId() == null;
		if (!raised.isEmpty()) {
			repository.hold(clientId, HOLD_RED_FLAG, now);
		}
		else if (referralMissing) {
			repository.hold(clientId, HOLD_REFERRAL, now);
		}
		else if (repository.hold(clientId).filter(HOLD_REFERRAL::equals).isPresent()
				&& repository.openRedFlags(clientId).isEmpty()) {
			// The referral the hold waited for is on file now.
			repository.release(clientId);
		}
		boolean clearanceRequired = repository.hold(clientId).isPresent();
		clients.moveAlong(clientId, clearanceRequired ? ClientStatus.CLEARANCE_REQUIRED : ClientStatus.ACTIVE,
				clearanceRequired ? "intake: clearance required" : "intake completed");
		ClientStatus status = clients.get(clientId).status();
		return new IntakeResult(raised, clearanceRequired, category, status, medicationFlags);
	}

	/**
	 * The clients whose latest intake names this physician as the referring physician: ids
	 * only, for the physician's page, which shows the ones the staff member may open and audits them.
	 */
	@Transactional(readOnly = true)
	public List<UUID> clientsReferredBy(UUID physicianId) {
		return repository.clientsReferredBy(physicianId).stream().distinct().toList();
	}

	/** The client's latest intake, if any (clinical detail, audited). */
	@Transactional
	public Optional<IntakeView> latestIntake(UUID clientId) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		audit.record(AuditAction.READ, "Intake", clientId, clientId, null);
		return repository.latestIntake(clientId).map(stored -> {
			String physician = stored.referringPhysicianId() == null ? null
					: physicians.find(stored.referringPhysicianId()).map(Physician::name).orElse(null);
			return IntakeView.of(stored, physician);
		});
	}

	/**
	 * The codes billing puts on a superbill or claim, for the billing staff too (they see
	 * no other clinical detail). Audited.
	 */
	@Transactional
	public BillingFacts billingFacts(UUID clientId) {
		clients.requireAccess(clientId, ClientAccessLevel.CONTACT);
		audit.record(AuditAction.READ, "DiagnosisCodes", clientId, clientId, "billing");
		List<ClientCondition> active = conditionsOf(clientId).stream().filter(ClientCondition::active).toList();
		UUID physician = repository.latestIntake(clientId).map(i -> i.referringPhysicianId()).orElse(null);
		return new BillingFacts(active.stream().map(ClientCondition::icd10).filter(c -> c != null && !c.isBlank()).distinct().toList(),
				physician, active.isEmpty() ? null : active.get(0).eventDate());
	}

	/** The client's conditions, newest event first (clinical detail, audited). */
	@Transactional
	public List<ClientCondition> conditions(UUID clientId) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		audit.record(AuditAction.READ, "ClientCondition", clientId, clientId, null);
		return conditionsOf(clientId);
	}

	/**
	 * Every active condition of every client, for a practice-wide re-check by the system
	 * (after a rule change). Not for showing to anyone; the caller audits what it changes.
	 */
	@Transactional(readOnly = true)
	public java.util.Map<UUID, List<ClientCondition>> activeConditionsOfAll() {
		java.util.Map<UUID, List<ClientCondition>> byClient = new java.util.HashMap<>();
		repository.activeConditionsOfAll().forEach((client, rows) -> byClient.put(client, rows.stream().map(this::name).toList()));
		return byClient;
	}

	/**
	 * Adds a condition after the intake (a new diagnosis); the category is recomputed, and a
	 * new Post Rehab condition without a referral holds training until a clearance.
	 */
	@Transactional
	public ClientCondition addCondition(UUID clientId, IntakeData.ConditionEntry entry) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		Condition condition = checkCondition("", entry).orElseThrow();
		ConditionRow row = new ConditionRow(UUID.randomUUID(), condition.code(), upper(entry.side()), upper(entry.approach()),
				entry.eventDate(), entry.icd10(), true);
		OffsetDateTime now = now();
		repository.insertCondition(clientId, row, now, CurrentStaff.username());
		audit.record(AuditAction.CREATE, "ClientCondition", row.id(), clientId, null);
		events.publishEvent(new ConditionAdded(clientId, name(row)));
		if (categoryOf(clientId) == Category.POST_REHAB && !hasReferralOrClearance(clientId)) {
			repository.hold(clientId, HOLD_REFERRAL, now);
			clients.moveAlong(clientId, ClientStatus.CLEARANCE_REQUIRED, "new condition without a referral");
		}
		return name(row);
	}

	/** The client's category today: the 365-day rule over their active conditions (audited). */
	@Transactional
	public Category category(UUID clientId) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		audit.record(AuditAction.READ, "Category", clientId, clientId, null);
		return categoryOf(clientId);
	}

	/**
	 * Raises a red flag later (from a session or by hand): training holds until a clearance.
	 * @param code a red flag of the catalogue or of one of the client's conditions
	 * @param observed what was seen or measured, in plain words
	 */
	@Transactional
	public RedFlag raiseRedFlag(UUID clientId, String code, @Nullable String observed, String origin) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		RedFlagDefinition flag = knowledge.redFlag(code)
			.filter(f -> knowledge.redFlags().contains(f) || conditionRedFlagCodes(clientId).contains(f.code()))
			.orElseThrow(() -> new FieldErrorsException("code", "is not a red flag of the catalogue or of the client's conditions"));
		OffsetDateTime now = now();
		raise(clientId, flag.code(), flag.description(), flag.level().name(), origin, observed, now);
		repository.hold(clientId, HOLD_RED_FLAG, now);
		clients.moveAlong(clientId, ClientStatus.CLEARANCE_REQUIRED, "red flag " + flag.code());
		return repository.openRedFlags(clientId).get(0);
	}

	/**
	 * Raises the red flag of a reading the session safety gate stopped on (abnormal vital
	 * signs): the client is referred back to the physician and training holds until a
	 * clearance, as for a red flag of the catalogue.
	 * @param code the gate's limit, e.g. {@code RESTING_SYSTOLIC_ABOVE_200}
	 * @param observed the reading, in plain words
	 */
	@Transactional
	public RedFlag raiseVitalsRedFlag(UUID clientId, String code, String description, String level, String observed) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		OffsetDateTime now = now();
		raise(clientId, code, description, level, "SESSION_VITALS", observed, now);
		repository.hold(clientId, HOLD_RED_FLAG, now);
		clients.moveAlong(clientId, ClientStatus.CLEARANCE_REQUIRED, "red flag " + code);
		return repository.openRedFlags(clientId).get(0);
	}

	/** Every red flag of the client, open and resolved, newest first (audited). */
	@Transactional
	public List<RedFlag> redFlags(UUID clientId) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		audit.record(AuditAction.READ, "RedFlag", clientId, clientId, null);
		return repository.redFlags(clientId);
	}

	/**
	 * Records a physician's clearance: every open red flag is resolved, training may go on,
	 * and the client becomes active.
	 */
	@Transactional
	public Clearance recordClearance(UUID clientId, UUID physicianId, LocalDate clearedOn, @Nullable String note) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		Physician physician = physicians.find(physicianId)
			.orElseThrow(() -> new FieldErrorsException("physicianId", "is not a physician of the registry"));
		if (clearedOn.isAfter(today())) {
			throw new FieldErrorsException("clearedOn", "must not be in the future");
		}
		// A clearance answers what the physician knew: it cannot predate what it clears.
		repository.openRedFlags(clientId).stream()
			.map(f -> f.raisedAt().toLocalDate())
			.max(java.util.Comparator.naturalOrder())
			.filter(clearedOn::isBefore)
			.ifPresent(raised -> {
				throw new RuleViolationException("CLEARANCE_PREDATES_RED_FLAG", "A clearance dated " + clearedOn
						+ " cannot clear a red flag raised on " + raised + ": record the physician's clearance given after it.");
			});
		if (repository.hold(clientId).filter(HOLD_REFERRAL::equals).isPresent()) {
			latestEventDate(clientId).filter(clearedOn::isBefore).ifPresent(event -> {
				throw new RuleViolationException("CLEARANCE_PREDATES_EVENT", "A clearance dated " + clearedOn
						+ " cannot clear training after the surgery, injury or onset of " + event + ".");
			});
		}
		UUID id = UUID.randomUUID();
		OffsetDateTime now = now();
		repository.insertClearance(id, clientId, physicianId, clearedOn, note, now, CurrentStaff.username());
		int resolved = repository.resolveRedFlags(clientId, id, now);
		repository.release(clientId);
		audit.record(AuditAction.CREATE, "Clearance", id, clientId, "resolves " + resolved + " red flag(s)");
		clients.moveAlong(clientId, ClientStatus.ACTIVE, "clearance by " + physician.name());
		return repository.clearances(clientId).get(0).named(physician.name());
	}

	/** The clearances of the client, newest first (audited). */
	@Transactional
	public List<Clearance> clearances(UUID clientId) {
		clients.requireAccess(clientId, ClientAccessLevel.CLINICAL);
		audit.record(AuditAction.READ, "Clearance", clientId, clientId, null);
		return repository.clearances(clientId).stream()
			.map(c -> c.named(physicians.find(c.physicianId()).map(Physician::name).orElse("unknown physician")))
			.toList();
	}

	/** Whether training waits for a clearance, and why (no audit: it names no health detail). */
	@Transactional(readOnly = true)
	public Optional<String> holdReason(UUID clientId) {
		return repository.hold(clientId);
	}

	// --- rules -------------------------------------------------------------------------------

	private List<Condition> checkIntake(IntakeData intake) {
		List<FieldMessage> errors = new ArrayList<>();
		List<Condition> named = new ArrayList<>();
		for (int i = 0; i < intake.conditionList().size(); i++) {
			String prefix = "conditions[" + i + "].";
			try {
				checkCondition(prefix, intake.conditionList().get(i)).ifPresent(named::add);
			}
			catch (FieldErrorsException ex) {
				errors.addAll(ex.errors());
			}
		}
		Set<String> allowedSymptoms = knowledge.redFlags().stream().map(RedFlagDefinition::code).collect(Collectors.toSet());
		named.forEach(c -> c.redFlags().forEach(f -> allowedSymptoms.add(f.code())));
		List<String> symptoms = intake.symptomList();
		for (int i = 0; i < symptoms.size(); i++) {
			if (!allowedSymptoms.contains(symptoms.get(i))) {
				errors.add(new FieldMessage("symptoms[" + i + "]", "is not a red flag of the catalogue (GET /api/v1/red-flags) or of the client's conditions"));
			}
		}
		checkLength(errors, "surgeries", intake.surgeries() == null ? List.of()
				: intake.surgeries().stream().map(x -> x.description() + " (0000-00-00)").toList());
		checkLength(errors, "medications", intake.medicationList());
		checkLength(errors, "history", intake.history() == null ? List.of()
				: intake.history().stream().map(h -> h.question() + ": yes — " + (h.note() == null ? "" : h.note())).toList());
		checkLength(errors, "functionalGoals", intake.functionalGoals() == null ? List.of() : intake.functionalGoals());
		if (intake.referringPhysicianId() != null && physicians.find(intake.referringPhysicianId()).isEmpty()) {
			errors.add(new FieldMessage("referringPhysicianId", "is not a physician of the registry"));
		}
		if (intake.history() != null) {
			Set<String> questions = knowledge.historyQuestions().stream().map(q -> q.code()).collect(Collectors.toSet());
			for (int i = 0; i < intake.history().size(); i++) {
				if (!questions.contains(intake.history().get(i).question())) {
					errors.add(new FieldMessage("history[" + i + "].question", "is not a question of the intake"));
				}
			}
		}
		if (!errors.isEmpty()) {
			throw new FieldErrorsException(errors);
		}
		return named;
	}

	/** A list stored as lines must fit its column of 4000 characters. */
	private static void checkLength(List<FieldMessage> errors, String field, List<String> items) {
		if (String.join("\n", items).length() > 4000) {
			errors.add(new FieldMessage(field, "is too long: at most 4000 characters in all"));
		}
	}

	private Optional<Condition> checkCondition(String prefix, IntakeData.ConditionEntry entry) {
		Condition condition = knowledge.condition(entry.code())
			.orElseThrow(() -> new FieldErrorsException(prefix + "code", "is not a condition of the knowledge base (GET /api/v1/conditions)"));
		List<FieldMessage> errors = new ArrayList<>();
		String side = upper(entry.side());
		if (condition.sided() && side == null) {
			errors.add(new FieldMessage(prefix + "side", "is required for " + condition.name() + ": LEFT, RIGHT or BILATERAL"));
		}
		if (side != null && !Set.of("LEFT", "RIGHT", "BILATERAL").contains(side)) {
			errors.add(new FieldMessage(prefix + "side", "must be LEFT, RIGHT or BILATERAL"));
		}
		String approach = upper(entry.approach());
		if (approach != null && !condition.approaches().contains(approach)) {
			errors.add(new FieldMessage(prefix + "approach",
					condition.approaches().isEmpty() ? "does not apply to " + condition.name()
							: "must be one of " + String.join(", ", condition.approaches())));
		}
		if (entry.eventDate().isAfter(today())) {
			errors.add(new FieldMessage(prefix + "eventDate", "must not be in the future"));
		}
		if (entry.icd10() != null && !entry.icd10().matches(Condition.ICD10)) {
			errors.add(new FieldMessage(prefix + "icd10", "must be an ICD-10-CM code such as Z96.642"));
		}
		if (!errors.isEmpty()) {
			throw new FieldErrorsException(errors);
		}
		return Optional.of(condition);
	}

	/** A resting vital that meets a limit raising a red flag, with what was measured. */
	record VitalReading(VitalLimit limit, String observed) {
	}

	List<VitalReading> abnormalVitals(IntakeData.@Nullable Vitals vitals) {
		List<VitalReading> found = new ArrayList<>();
		if (vitals == null) {
			return found;
		}
		for (VitalLimit limit : knowledge.vitalLimits()) {
			Integer reading = switch (limit.vital()) {
				case SYSTOLIC -> vitals.systolic();
				case DIASTOLIC -> vitals.diastolic();
				case HEART_RATE -> vitals.heartRate();
				case SPO2 -> vitals.spo2();
				case GLUCOSE -> vitals.glucose();
			};
			if (limit.raisesRedFlag() && reading != null && limit.isMetBy(reading, vitals.ketones())) {
				found.add(new VitalReading(limit, "Resting " + limit.vital().label() + " measured at " + reading + " "
						+ limit.vital().unit() + (limit.vital() == Vital.GLUCOSE && Boolean.TRUE.equals(vitals.ketones())
								? " with moderate or large ketones" : "")));
			}
		}
		return found;
	}

	private RedFlagView raise(UUID clientId, String code, String description, String level, String origin,
			@Nullable String observed, OffsetDateTime now) {
		UUID id = UUID.randomUUID();
		repository.insertRedFlag(id, clientId, code, description, level, origin, observed, now, CurrentStaff.username());
		audit.record(AuditAction.CREATE, "RedFlag", id, clientId, null);
		return new RedFlagView(code, description, level);
	}

	private Category categoryOf(UUID clientId) {
		boolean maintenance = repository.latestIntake(clientId).map(StoredIntake::maintenance).orElse(false);
		return CategoryRule.categorize(repository.conditions(clientId).stream().filter(ConditionRow::active)
			.map(ConditionRow::eventDate).toList(), maintenance, today());
	}

	private boolean hasReferralOrClearance(UUID clientId) {
		LocalDate event = latestEventDate(clientId).orElse(LocalDate.MIN);
		return repository.latestIntake(clientId).map(i -> i.referringPhysicianId() != null).orElse(false)
				|| repository.clearances(clientId).stream().anyMatch(c -> !c.clearedOn().isBefore(event));
	}

	private Optional<LocalDate> latestEventDate(UUID clientId) {
		return repository.conditions(clientId).stream().filter(ConditionRow::active).map(ConditionRow::eventDate)
			.max(java.util.Comparator.naturalOrder());
	}

	private List<ClientCondition> conditionsOf(UUID clientId) {
		return repository.conditions(clientId).stream().map(this::name).toList();
	}

	private Set<String> conditionRedFlagCodes(UUID clientId) {
		return repository.conditions(clientId).stream()
			.flatMap(row -> knowledge.condition(row.conditionCode()).stream())
			.flatMap(c -> c.redFlags().stream())
			.map(RedFlagDefinition::code)
			.collect(Collectors.toSet());
	}

	private ClientCondition name(ConditionRow row) {
		String name = knowledge.condition(row.conditionCode()).map(Condition::name).orElse(row.conditionCode());
		return new ClientCondition(row.id(), row.conditionCode(), name, row.side(), row.approach(), row.eventDate(),
				row.icd10(), row.active());
	}

	private static @Nullable Integer vital(IntakeData intake, java.util.function.Function<IntakeData.Vitals, @Nullable Integer> reading) {
		return intake.restingVitals() == null ? null : reading.apply(intake.restingVitals());
	}

	private static @Nullable String lines(List<String> items) {
		return items.isEmpty() ? null : String.join("\n", items);
	}

	private static @Nullable String upper(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip().toUpperCase(java.util.Locale.ROOT);
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(clock);
	}

}
