package org.medexpro.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.medexpro.assessment.AssessmentService;
import org.medexpro.assessment.IntakeData;
import org.medexpro.clients.ClientDetails;
import org.medexpro.physicians.Physician;
import org.medexpro.physicians.PhysicianData;
import org.medexpro.physicians.PhysicianService;
import org.medexpro.security.Role;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@MedexIntegrationTest
class ReferralLetterTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Fixtures fixtures;

	@Autowired
	PhysicianService physicians;

	@Autowired
	AssessmentService assessment;

	@Test
	void asksBeforeSendingObservationsWordedOutsideTheScopeOfExercise() throws Exception {
		String trainer = fixtures.staffMember(Role.TRAINER);
		ClientDetails client = fixtures.clientOf(trainer);
		Fixtures.as(trainer, Set.of(Role.TRAINER),
				() -> assessment.raiseRedFlag(client.id(), "NIGHT_PAIN", "diagnosed a tear, treated with ice", "MANUAL"));
		mvc.perform(get("/api/v1/clients/{id}/referral-letter/pdf", client.id()).with(user(trainer).roles("TRAINER")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isUnprocessableContent())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.rule").value("OUT_OF_SCOPE_LANGUAGE"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.words[0]").value("diagnosed"));
		mvc.perform(get("/api/v1/clients/{id}/referral-letter/pdf", client.id()).param("acknowledgeLanguage", "true")
			.with(user(trainer).roles("TRAINER")))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isOk());
	}

	@Test
	void writesTheObservedFactsToTheReferringPhysicianInThePracticesLanguage() throws Exception {
		String trainer = fixtures.staffMember(Role.TRAINER);
		ClientDetails client = fixtures.clientOf(trainer);
		Physician physician = Fixtures.as("owner", Set.of(Role.OWNER), () -> physicians.add(
				new PhysicianData("Dr. Evelyn " + Fixtures.unique("Marsh"), "Riverton Orthopaedics", "555-0101", "555-0102", null, null)));
		Fixtures.as(trainer, Set.of(Role.TRAINER), () -> assessment.recordIntake(client.id(), new IntakeData(physician.id(), null,
				List.of(new IntakeData.ConditionEntry("THR", "LEFT", "POSTERIOR", LocalDate.now().minusDays(40), "Z96.642")),
				null, null, null, List.of("CALF_PAIN_SWELLING"), null, new IntakeData.Vitals(186, 96, 78, 97, null, null),
				null, null, null)));

		MvcResult result = mvc.perform(get("/api/v1/clients/{id}/referral-letter/pdf", client.id()).with(user(trainer).roles("TRAINER")))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(result.getResponse().getHeader("Content-Disposition")).startsWith("attachment");
		java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "documents"));
		java.nio.file.Files.write(java.nio.file.Path.of("target", "documents", "referral-letter.pdf"), result.getResponse().getContentAsByteArray());
		try (PDDocument pdf = Loader.loadPDF(result.getResponse().getContentAsByteArray())) {
			String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
			assertThat(text).contains(physician.name(), client.lastName(), "Calf or leg pain", "186 mmHg",
					"Exercise has been paused");
			assertThat(org.medexpro.shared.ScopeLanguage.strayWords(text)).as("out-of-scope words in: " + text).isEmpty();
			assertThat(pdf.getNumberOfPages()).isEqualTo(1);
		}
	}

}
