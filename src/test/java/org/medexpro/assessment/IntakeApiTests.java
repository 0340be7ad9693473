package org.medexpro.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.medexpro.audit.AuditAction;
import org.medexpro.audit.AuditQuery;
import org.medexpro.audit.AuditTrail;
import org.medexpro.clients.ClientDetails;
import org.medexpro.physicians.Physician;
import org.medexpro.physicians.PhysicianData;
import org.medexpro.physicians.PhysicianService;
import org.medexpro.security.Role;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@MedexIntegrationTest
class IntakeApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PhysicianService physicians;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	AuditTrail audit;

	String trainer;

	ClientDetails client;

	@org.junit.jupiter.api.BeforeEach
	void client() {
		trainer = fixtures.staffMember(Role.TRAINER);
		client = fixtures.clientOf(trainer);
	}

	@Test
	void placesARecentHipReplacementWithAReferralInPostRehabReadyToTrain() throws Exception {
		Physician surgeon = physician();
		intake("""
				{"referringPhysicianId":"%s",
				 "conditions":[{"code":"THR","side":"LEFT","approach":"POSTERIOR","eventDate":"%s","icd10":"Z96.642"}],
				 "medications":["Metoprolol 50 mg"],"symptoms":[],
				 "restingVitals":{"systolic":132,"diastolic":84,"heartRate":72,"spo2":97},
				 "medicalNecessity":"Deconditioned after hip replacement; cannot climb stairs."}"""
			.formatted(surgeon.id(), LocalDate.now().minusDays(44)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.category").value("POST_REHAB"))
			.andExpect(jsonPath("$.clearanceRequired").value(false))
			.andExpect(jsonPath("$.redFlags").isEmpty())
			.andExpect(jsonPath("$.status").value("ACTIVE"))
			.andExpect(jsonPath("$.medicationFlags[0]").value("BETA_BLOCKER"));
		trainingClearance().andExpect(status().isOk());
		assertThat(audit.find(new AuditQuery(client.id(), trainer, AuditAction.CREATE, null, null, 20)))
			.extracting(e -> e.entity()).contains("Intake");
	}

	@Test
	void holdsAPostRehabClientWithoutAReferralUntilClearance() throws Exception {
		intake("""
				{"conditions":[{"code":"TKR","side":"RIGHT","eventDate":"%s"}]}""".formatted(LocalDate.now().minusDays(60)))
			.andExpect(jsonPath("$.category").value("POST_REHAB"))
			.andExpect(jsonPath("$.clearanceRequired").value(true))
			.andExpect(jsonPath("$.status").value("CLEARANCE_REQUIRED"));
		trainingClearance().andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("CLEARANCE_REQUIRED"));
		clear().andExpect(status().isCreated());
		trainingClearance().andExpect(status().isOk());
	}

	@Test
	void needsNoClearanceForALongStandingConditionWithoutRedFlags() throws Exception {
		intake("""
				{"conditions":[{"code":"KNEE_OSTEOARTHRITIS","side":"LEFT","eventDate":"%s"}]}""".formatted(LocalDate.now().minusDays(400)))
			.andExpect(jsonPath("$.category").value("MEDICAL_EXERCISE"))
			.andExpect(jsonPath("$.clearanceRequired").value(false));
	}

	@Test
	void refusesTrainingNamingTheRedFlagUntilAClearanceIsRecorded() throws Exception {
		intake("""
				{"conditions":[{"code":"LUMBAR_SPINAL_STENOSIS","eventDate":"2019-03-01"}],
				 "symptoms":["RADIATING_PAIN"],"restingVitals":{"systolic":128,"diastolic":80}}""")
			.andExpect(jsonPath("$.category").value("MEDICAL_EXERCISE"))
			.andExpect(jsonPath("$.redFlags[0].code").value("RADIATING_PAIN"))
			.andExpect(jsonPath("$.clearanceRequired").value(true))
			.andExpect(jsonPath("$.status").value("CLEARANCE_REQUIRED"));
		trainingClearance().andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.redFlags[0]").value("RADIATING_PAIN"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("RADIATING_PAIN")));
		clear().andExpect(status().isCreated());
		trainingClearance().andExpect(status().isOk());
		mvc.perform(get("/api/v1/clients/{id}/red-flags", client.id()).with(user(trainer).roles("TRAINER")))
			.andExpect(jsonPath("$[0].resolvedAt").isNotEmpty());
		mvc.perform(get("/api/v1/clients/{id}", client.id()).with(user(trainer).roles("TRAINER")))
			.andExpect(jsonPath("$.status").value("ACTIVE"));
	}

	@Test
	void raisesARedFlagLaterWithTheSameEffect() throws Exception {
		intake("""
				{"conditions":[{"code":"HYPERTENSION","eventDate":"2015-01-01"}]}""").andExpect(status().isOk());
		trainingClearance().andExpect(status().isOk());
		mvc.perform(post("/api/v1/clients/{id}/red-flags", client.id()).with(user(trainer).roles("TRAINER"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"code\":\"CALF_PAIN_SWELLING\",\"observed\":\"left calf warm and swollen\"}"))
			.andExpect(status().isCreated());
		trainingClearance().andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.redFlags[0]").value("CALF_PAIN_SWELLING"));
	}

	@Test
	void refusesAClearanceDatedBeforeTheRedFlagItWouldClear() throws Exception {
		intake("{\"symptoms\":[\"NIGHT_PAIN\"]}").andExpect(jsonPath("$.clearanceRequired").value(true));
		mvc.perform(post("/api/v1/clients/{id}/clearances", client.id()).with(user(trainer).roles("TRAINER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"physicianId\":\"%s\",\"clearedOn\":\"%s\"}".formatted(physician().id(), LocalDate.now().minusYears(1))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.rule").value("CLEARANCE_PREDATES_RED_FLAG"));
		trainingClearance().andExpect(status().isUnprocessableContent());
	}

	@Test
	void leavesClearanceToRedFlagsAndClearancesNotToAHandMadeStatus() throws Exception {
		intake("{\"symptoms\":[\"NIGHT_PAIN\"]}").andExpect(jsonPath("$.status").value("CLEARANCE_REQUIRED"));
		mvc.perform(post("/api/v1/clients/{id}/status", client.id()).with(user(trainer).roles("TRAINER"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"ACTIVE\"}"))
			.andExpect(status().isConflict());
		clear().andExpect(status().isCreated());
		mvc.perform(post("/api/v1/clients/{id}/status", client.id()).with(user(trainer).roles("TRAINER"))
			.contentType(MediaType.APPLICATION_JSON).content("{\"status\":\"CLEARANCE_REQUIRED\"}"))
			.andExpect(status().isConflict());
		trainingClearance().andExpect(status().isOk());
	}

	@Test
	void releasesAReferralHoldWhenALaterIntakeBringsTheReferral() throws Exception {
		String recent = "{\"code\":\"TKR\",\"side\":\"RIGHT\",\"eventDate\":\"%s\"}".formatted(LocalDate.now().minusDays(30));
		intake("{\"conditions\":[" + recent + "]}").andExpect(jsonPath("$.clearanceRequired").value(true));
		intake("{\"referringPhysicianId\":\"%s\"}".formatted(physician().id()))
			.andExpect(jsonPath("$.category").value("POST_REHAB"))
			.andExpect(jsonPath("$.clearanceRequired").value(false));
		trainingClearance().andExpect(status().isOk());
	}

	static Stream<Arguments> badIntakes() {
		return Stream.of(
				Arguments.of("unknown condition", """
						{"conditions":[{"code":"GOUTY_ELBOW","eventDate":"2020-01-01"}]}""", "conditions[0].code"),
				Arguments.of("systolic 900", """
						{"restingVitals":{"systolic":900}}""", "restingVitals.systolic"),
				Arguments.of("surgery in the future", """
						{"conditions":[{"code":"THR","side":"LEFT","approach":"POSTERIOR","eventDate":"2999-01-01"}]}""", "conditions[0].eventDate"),
				Arguments.of("approach the condition does not have", """
						{"conditions":[{"code":"THR","side":"LEFT","approach":"SIDEWAYS","eventDate":"2026-01-01"}]}""", "conditions[0].approach"),
				Arguments.of("missing side", """
						{"conditions":[{"code":"TKR","eventDate":"2026-01-01"}]}""", "conditions[0].side"),
				Arguments.of("unknown symptom", """
						{"symptoms":["HEADACHE_OF_DOOM"]}""", "symptoms[0]"),
				Arguments.of("malformed ICD-10 code", """
						{"conditions":[{"code":"HYPERTENSION","eventDate":"2020-01-01","icd10":"hypertension"}]}""", "conditions[0].icd10"),
				Arguments.of("unknown physician", """
						{"referringPhysicianId":"%s"}""".formatted(UUID.randomUUID()), "referringPhysicianId"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("badIntakes")
	void refusesABadIntakeNamingTheFieldAndStoresNothing(String why, String body, String field) throws Exception {
		long before = count("intakes") + count("client_conditions") + count("red_flags");
		intake(body).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", org.hamcrest.Matchers.hasItem(field)));
		assertThat(count("intakes") + count("client_conditions") + count("red_flags")).isEqualTo(before);
	}

	@Test
	void keepsIntakeFromFrontDeskAndBilling() throws Exception {
		for (String role : new String[] { "FRONT_DESK", "BILLING" }) {
			mvc.perform(get("/api/v1/clients/{id}/conditions", client.id()).with(user("x").roles(role)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/clients/{id}/outcomes", client.id()).with(user("x").roles(role)))
				.andExpect(status().isForbidden());
			mvc.perform(get("/api/v1/clients/{id}/screens", client.id()).with(user("x").roles(role)))
				.andExpect(status().isForbidden());
		}
	}

	private ResultActions intake(String body) throws Exception {
		return mvc.perform(post("/api/v1/clients/{id}/intake", client.id()).with(user(trainer).roles("TRAINER"))
			.contentType(MediaType.APPLICATION_JSON).content(body));
	}

	private ResultActions trainingClearance() throws Exception {
		return mvc.perform(get("/api/v1/clients/{id}/training-clearance", client.id()).with(user(trainer).roles("TRAINER")));
	}

	private ResultActions clear() throws Exception {
		return mvc.perform(post("/api/v1/clients/{id}/clearances", client.id()).with(user(trainer).roles("TRAINER"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"physicianId\":\"%s\",\"clearedOn\":\"%s\",\"note\":\"may resume exercise\"}"
				.formatted(physician().id(), LocalDate.now())));
	}

	private Physician physician() {
		return Fixtures.as("owner", Set.of(Role.OWNER),
				() -> physicians.add(new PhysicianData("Dr. " + Fixtures.unique("Marsh"), "Riverton Orthopaedics", "555-0101", "555-0102", null, null)));
	}

	private long count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Long.class).single();
	}

}
