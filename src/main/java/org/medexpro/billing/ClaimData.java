package org.medexpro.billing;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.medexpro.clients.ClientDetails;
import org.medexpro.physicians.Physician;

/**
 * Everything a superbill or a claim says, gathered once: the invoice, the practice, the
 * payer and coverage, the client, the referring physician, and the claim's control number.
 */
public record ClaimData(Invoice invoice, BillingProvider provider, Payer payer, @Nullable Coverage coverage,
		ClientDetails client, @Nullable Physician referrer, @Nullable Long controlNumber) {

	/** The service lines in pages of six, as the CMS-1500 holds them (24A-J). */
	public List<List<Invoice.Line>> formPages() {
		List<Invoice.Line> lines = invoice.lines();
		List<List<Invoice.Line>> pages = new java.util.ArrayList<>();
		for (int i = 0; i < lines.size(); i += 6) {
			pages.add(lines.subList(i, Math.min(i + 6, lines.size())));
		}
		return pages.isEmpty() ? List.of(List.of()) : pages;
	}

	/** The diagnosis pointers of a line (24E): the first four codes, as letters, primary first. */
	public String pointers() {
		return "ABCD".substring(0, Math.max(1, Math.min(4, invoice.icd10Codes().size())));
	}

	/** The letter of the nth code of item 21 (A-L). */
	public static String letter(int index) {
		return String.valueOf((char) ('A' + index));
	}

	public boolean employment() {
		return payer.kind() == PayerKind.WORKERS_COMP;
	}

	public boolean autoAccident() {
		return payer.kind() == PayerKind.AUTO;
	}

}
