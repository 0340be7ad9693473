package org.medexpro.demo;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.Random;

import java.math.BigDecimal;

import org.medexpro.assessment.AssessmentService;
import org.medexpro.assessment.IntakeData;
import org.medexpro.clients.ClientData;
import org.medexpro.clients.ClientDetails;
import org.medexpro.clients.ClientService;
import org.medexpro.clients.ClientStatus;
import org.medexpro.clients.Sex;
import org.medexpro.outcomes.OutcomeService;
import org.medexpro.physicians.Physician;
import org.medexpro.physicians.PhysicianData;
import org.medexpro.physicians.PhysicianService;
import org.medexpro.scheduling.AppointmentKind;
import org.medexpro.scheduling.AppointmentRequest;
import org.medexpro.scheduling.SchedulingService;
import org.medexpro.security.NewStaffAccount;
import org.medexpro.security.Role;
import org.medexpro.security.StaffService;
import org.medexpro.shared.PracticeTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds the fictional practice. Seeded, so every demo looks the same.
 */
@Component
public class DemoPractice {

	/** The password of every demo staff account except the owner. */
	public static final String STAFF_PASSWORD = "demo-practice-2026";

	private static final Logger log = LoggerFactory.getLogger(DemoPractice.class);

	private static final String[] FIRST_FEMALE = { "Margaret", "Dorothy", "Helen", "Ruth", "Carol", "Linda", "Susan",
			"Patricia", "Barbara", "Joan", "Nancy", "Evelyn", "Grace", "Irene", "Janet", "Marion", "Rosa", "Aiko",
			"Priya", "Fatima" };

	private static final String[] FIRST_MALE = { "Robert", "James", "William", "Richard", "Thomas", "Charles",
			"George", "Donald", "Kenneth", "Walter", "Harold", "Frank", "Arthur", "Samuel", "Raymond", "Luis", "Hiroshi",
			"Rajesh", "Omar", "Emeka" };

	private static final String[] LAST = { "Hale", "Whitfield", "Okafor", "Lindqvist", "Moreno", "Castellano",
			"Brennan", "Nakamura", "Sullivan", "Abernathy", "Kowalski", "Delacroix", "Fairbanks", "Gallagher",
			"Hargreaves", "Iverson", "Jablonski", "Kincaid", "Larkin", "Mendoza", "Novak", "Oyelaran", "Pemberton",
			"Quintero", "Ramsey", "Sandoval", "Thornbury", "Underwood", "Vasquez", "Winslow" };

	private static final String[] CITIES = { "Springfield", "Riverton", "Lakeside", "Fairview" };

	private final StaffService staff;

	private final ClientService clients;

	private final PhysicianService physicians;

	private final AssessmentService assessment;

	private final OutcomeService outcomes;

	/** A condition as a referral names it: code, side, approach, days since the event, ICD-10-CM. */
	private record Referral(String code, String side, String approach, int daysAgo, String icd10) {
	}

	private static final List<Referral> REFERRALS = List.of(
			new Referral("THR", "LEFT", "POSTERIOR", 45, "Z96.642"), new Referral("TKR", "RIGHT", null, 70, "Z96.651"),
			new Referral("KNEE_OSTEOARTHRITIS", "LEFT", null, 900, "M17.12"),
			new Referral("LUMBAR_SPINAL_STENOSIS", null, null, 1200, "M48.062"),
			new Referral("TYPE_2_DIABETES", null, null, 2000, "E11.9"), new Referral("PARKINSONS", null, null, 700, "G20.A1"),
			new Referral("OSTEOPOROSIS", null, null, 1500, "M81.0"), new Referral("HYPERTENSION", null, null, 3000, "I10"));

	private final SchedulingService scheduling;

	private final PracticeTime time;

	DemoPractice(StaffService staff, ClientService clients, PhysicianService physicians, AssessmentService assessment,
			OutcomeService outcomes, SchedulingService scheduling, PracticeTime time) {
		this.scheduling = scheduling;
		this.time = time;
		this.staff = staff;
		this.clients = clients;
		this.physicians = physicians;
		this.assessment = assessment;
		this.outcomes = outcomes;
	}

	/** Fills the practice; call as the owner. Returns the number of clients registered. */
	public int populate(int clientCount) {
		List<String> trainers = List.of("alex.rivera", "sam.chen");
		openAccount("alex.rivera", "Alex Rivera", EnumSet.of(Role.TRAINER));
		openAccount("sam.chen", "Sam Chen", EnumSet.of(Role.TRAINER));
		openAccount("jordan.blake", "Jordan Blake", EnumSet.of(Role.FRONT_DESK));
		openAccount("casey.morgan", "Casey Morgan", EnumSet.of(Role.BILLING));

		Physician surgeon = physicians.add(new PhysicianData("Dr. Evelyn Marsh", "Riverton Orthopaedics", "555-0101", "555-0102",
				"office@riverton-ortho.example", "1234567893"));
		physicians.add(new PhysicianData("Dr. Samuel Osei", "Lakeside Family Medicine", "555-0111", "555-0112",
				"frontdesk@lakeside-fm.example", null));
		physicians.add(new PhysicianData("Dr. Ingrid Halvorsen", "Fairview Spine Center", "555-0121", "555-0122",
				null, null));
		physicians.add(new PhysicianData("Dr. Marcus Bell", "Springfield Cardiology", "555-0131", "555-0132", null,
				null));
		physicians.add(new PhysicianData("Dr. Anita Desai", "Riverton Neurology", "555-0141", "555-0142", null, null));
		physicians.add(new PhysicianData("Dr. Paul Lindgren", "Lakeside Endocrinology", "555-0151", "555-0152", null,
				null));

		Random random = new Random(20261203L);
		List<ClientStatus> statuses = new ArrayList<>(List.of(ClientStatus.values()));
		Map<String, Integer> bookedHours = new HashMap<>();
		for (int i = 0; i < clientCount; i++) {
			boolean female = random.nextBoolean();
			String first = female ? FIRST_FEMALE[random.nextInt(FIRST_FEMALE.length)]
					: FIRST_MALE[random.nextInt(FIRST_MALE.length)];
			String last = LAST[random.nextInt(LAST.length)];
			LocalDate born = LocalDate.of(1938 + random.nextInt(50), 1 + random.nextInt(12), 1 + random.nextInt(28));
			String phone = String.format("555-%04d", 1000 + i);
			boolean consents = random.nextInt(4) > 0;
			ClientDetails client = clients.register(new ClientData(first, last, born, female ? Sex.FEMALE : Sex.MALE,
					first.toLowerCase() + "." + last.toLowerCase() + "@mail.example", phone, (10 + i) + " Elm Street",
					CITIES[random.nextInt(CITIES.length)], "ME", "0" + (4000 + i), "Pat " + last, "555-9" + (100 + i),
					random.nextBoolean() ? "Spouse" : "Daughter", consents,
					consents ? LocalDate.of(2026, 1 + random.nextInt(11), 1 + random.nextInt(28)) : null));
			String trainer = trainers.get(i % trainers.size());
			clients.addToCareTeam(client.id(), trainer);
			ClientStatus target = statuses.get(i % statuses.size());
			assess(client, target, REFERRALS.get(i % REFERRALS.size()), surgeon, random);
			if (target == ClientStatus.ACTIVE || target == ClientStatus.MAINTENANCE) {
				bookTraining(client.id(), trainer, 8 + bookedHours.merge(trainer, 1, Integer::sum) - 1);
			}
		}
		log.info("Demo practice: {} clients, 6 physicians, staff alex.rivera, sam.chen (trainers), jordan.blake "
				+ "(front desk), casey.morgan (billing)", clientCount);
		return clientCount;
	}

	/** Twice a week for four weeks from tomorrow, at the hour, so that the calendar has the practice's week. */
	private void bookTraining(UUID client, String trainer, int hour) {
		LocalDate tomorrow = LocalDate.now(time.zone()).plusDays(1);
		OffsetDateTime start = tomorrow.atTime(hour, 0).atZone(time.zone()).toOffsetDateTime();
		scheduling.book(new AppointmentRequest(client, trainer, start, start.plusMinutes(45), AppointmentKind.ONE_TO_ONE, null,
				new AppointmentRequest.Repeat(Set.of(tomorrow.getDayOfWeek(), tomorrow.plusDays(3).getDayOfWeek()), 4)));
	}

	private void openAccount(String username, String name, EnumSet<Role> roles) {
		if (staff.find(username).isEmpty()) {
			staff.create(new NewStaffAccount(username, STAFF_PASSWORD, name, roles));
		}
	}

	/**
	 * Takes a new client as far as the target status the way a practice would: intake
	 * (with a red flag for those awaiting clearance), then measures taken over two months.
	 */
	private void assess(ClientDetails client, ClientStatus target, Referral referral, Physician surgeon, Random random) {
		if (target == ClientStatus.REFERRED) {
			return;
		}
		if (target == ClientStatus.INTAKE) {
			clients.changeStatus(client.id(), ClientStatus.INTAKE, "first visit booked");
			return;
		}
		LocalDate today = LocalDate.now();
		assessment.recordIntake(client.id(), new IntakeData(surgeon.id(), "referring physician",
				List.of(new IntakeData.ConditionEntry(referral.code(), referral.side(), referral.approach(),
						today.minusDays(referral.daysAgo()), referral.icd10())),
				null, List.of(referral.code().equals("TYPE_2_DIABETES") ? "metformin" : "acetaminophen"), null,
				target == ClientStatus.CLEARANCE_REQUIRED ? List.of("NIGHT_PAIN") : List.of(), null,
				new IntakeData.Vitals(118 + random.nextInt(20), 72 + random.nextInt(10), 64 + random.nextInt(16), 97, null, null),
				"Functional limitations in walking, stairs and transfers since the " + referral.code().toLowerCase().replace('_', ' ') + ".",
				List.of("walk 20 minutes", "climb the stairs at home"), null));
		if (target == ClientStatus.CLEARANCE_REQUIRED) {
			return;
		}
		double tug = 16 + random.nextInt(40) / 10.0;
		int stands = 6 + random.nextInt(4);
		for (int visit = 0; visit < 3; visit++) {
			LocalDate on = today.minusDays(60 - visit * 28L);
			outcomes.record(client.id(), "TUG", BigDecimal.valueOf(tug - visit * 1.3).setScale(1, java.math.RoundingMode.HALF_UP), null, on, null);
			outcomes.record(client.id(), "CST30", BigDecimal.valueOf(stands + visit * 2L), null, on, null);
		}
		if (target != ClientStatus.ACTIVE) {
			clients.changeStatus(client.id(), target, target == ClientStatus.ON_HOLD ? "travelling for a month" : null);
		}
	}

}
