package org.medexpro.billing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.medexpro.scheduling.BookingAdvice;
import org.springframework.stereotype.Component;

/**
 * Tells the front desk, as it books, what the billing pages say of a client's pre-authorisation:
 * a visit after it ends, or its visits or time running out (a claim for such a visit is denied).
 */
@Component
class AuthorizationAdvice implements BookingAdvice {

	private final PayerService payers;

	AuthorizationAdvice(PayerService payers) {
		this.payers = payers;
	}

	@Override
	public List<String> adviceFor(UUID clientId, LocalDate lastDay) {
		List<String> advice = new ArrayList<>();
		for (Coverage coverage : payers.coveragesOf(clientId)) {
			if (!coverage.active() || (coverage.authorizedTo() == null && coverage.authorizedVisits() == null)) {
				continue;
			}
			if (coverage.authorizedTo() != null && lastDay.isAfter(coverage.authorizedTo())) {
				advice.add(coverage.payerName() + ": the visit on " + lastDay + " is after the authorisation ends ("
						+ coverage.authorizedTo() + "): ask the payer for an extension before it.");
			}
			else {
				payers.warnings(coverage).forEach(warning -> advice.add(coverage.payerName() + ": " + warning));
			}
		}
		return advice;
	}

}
