package org.medexpro.billing.web;

import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;
import org.medexpro.billing.CptCode;
import org.medexpro.billing.CptCodes;
import org.medexpro.billing.TimedUnits;
import org.medexpro.billing.UnitMethod;
import org.medexpro.security.Access;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The CPT codes and the coding of a day's minutes: no client data, so any staff member. */
@RestController
@RequestMapping("/api/v1/billing")
class CodingApiController {

	/**
	 * @param minutes direct one-to-one minutes by CPT code
	 * @param method CMS (the 8-minute rule, the default) or AMA (the rule of eights)
	 */
	record TimedUnitsRequest(@NotNull Map<String, Integer> minutes, @Nullable UnitMethod method) {
	}

	private final CptCodes codes;

	CodingApiController(CptCodes codes) {
		this.codes = codes;
	}

	@GetMapping("/codes")
	@PreAuthorize(Access.STAFF)
	List<CptCode> codes() {
		return codes.all();
	}

	/** API.md: total timed minutes give total units, shared out to the codes with the most minutes. */
	@PostMapping("/timed-units")
	@PreAuthorize(Access.STAFF)
	TimedUnits.Result timedUnits(@Validated @RequestBody TimedUnitsRequest request) {
		return codes.code(request.minutes(), request.method() == null ? UnitMethod.CMS : request.method());
	}

}
