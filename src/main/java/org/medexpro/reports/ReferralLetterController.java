package org.medexpro.reports;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.medexpro.security.Access;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The referral-back letter as a PDF download, from the pages and the API. */
@RestController
@PreAuthorize(Access.CLINICAL)
class ReferralLetterController {

	private final ReferralLetterService letters;

	ReferralLetterController(ReferralLetterService letters) {
		this.letters = letters;
	}

	@GetMapping({ "/api/v1/clients/{id}/referral-letter/pdf", "/clients/{id}/referral-letter.pdf" })
	ResponseEntity<byte[]> pdf(@PathVariable UUID id, @RequestParam(required = false) @Nullable UUID physicianId,
			@RequestParam(defaultValue = "false") boolean acknowledgeLanguage) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("referral-letter.pdf").build().toString())
			.body(letters.letter(id, physicianId, acknowledgeLanguage));
	}

}
