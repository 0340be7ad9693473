package org.medexpro.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An invoice: the coded services of signed session logs (or a membership month), to the
 * client or to a payer that accepts the practice.
 *
 * @param icd10Codes the episode's ICD-10-CM codes, from the referral, first-listed first
 */
public record Invoice(UUID id, long number, UUID clientId, UUID payerId, String payerName, @Nullable UUID coverageId,
		BillTo billTo, LocalDate issuedOn, LocalDate dueOn, InvoiceStatus status, Money total, Money paid,
		List<String> icd10Codes, @Nullable UUID referringPhysicianId, List<Line> lines, List<Payment> payments,
		@Nullable String voidReason, int version) {

	public Money balance() {
		return status == InvoiceStatus.VOID ? Money.ZERO : total.minus(paid);
	}

	/** Who the invoice is addressed to. */
	public enum BillTo {
		CLIENT, PAYER
	}

	/**
	 * A CPT code on a date of service with its minutes and units (or a membership month,
	 * without a code).
	 */
	public record Line(int number, LocalDate serviceDate, @Nullable String cptCode, String description,
			@Nullable Integer minutes, int units, Money unitPrice, Money amount) {
	}

}
