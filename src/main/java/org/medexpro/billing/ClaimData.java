package org.medexpro.billing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.medexpro.clients.ClientDetails;
import org.medexpro.physicians.Physician;

/**
 * Everything a superbill or a claim says, gathered once: the invoice, the practice, the
 * payer and coverage (and any other coverage of the client, CMS-1500 item 9), the client, the
 * referring physician, the first day of service of the episode (item 15) and the claim's
 * control number.
 */
public record ClaimData(Invoice invoice, BillingProvider provider, Payer payer, @Nullable Coverage coverage,
		@Nullable Coverage otherCoverage, ClientDetails client, @Nullable Physician referrer, @Nullable LocalDate firstVisit,
		@Nullable Long controlNumber) {

	/**
	 * What a claim cannot go without and is not recorded yet, as the fields to fill in: the
	 * client's address (item 5, the 837P's N3 and N4), the practice's name, address, tax ID
	 * and NPI (items 25 and 33), and for an injury claim its date (item 14) and, after a car
	 * accident, its state (item 10b).
	 */
	public Map<String, String> missingForClaim() {
		Map<String, String> missing = new LinkedHashMap<>();
		require(missing, "client.addressLine", client.addressLine(), "the client's street address (item 5)");
		require(missing, "client.city", client.city(), "the client's city (item 5)");
		require(missing, "client.state", client.state(), "the client's state (item 5)");
		require(missing, "client.postalCode", client.postalCode(), "the client's ZIP code (item 5)");
		require(missing, "medex.practice.address-line", provider.addressLine(), "the practice's street address (item 33)");
		require(missing, "medex.practice.city", provider.city(), "the practice's city (item 33)");
		require(missing, "medex.practice.state", provider.state(), "the practice's state (item 33)");
		require(missing, "medex.practice.postal-code", provider.postalCode(), "the practice's ZIP code (item 33)");
		require(missing, "medex.practice.tax-id", provider.taxId(), "the practice's federal tax ID (item 25)");
		require(missing, "medex.practice.npi", provider.npi(), "the practice's NPI (item 33a)");
		if (coverage != null && !coverage.clientIsInsured() && blank(coverage.insuredName()) && blank(coverage.employer())) {
			missing.put("coverage.insuredName", "the insured's name (item 4): the client is not the insured");
		}
		if (coverage != null && (payer.kind() == PayerKind.WORKERS_COMP || payer.kind() == PayerKind.AUTO)) {
			require(missing, "coverage.injuryDate", coverage.injuryDate() == null ? null : coverage.injuryDate().toString(),
					"the date of the injury (item 14)");
		}
		if (coverage != null && payer.kind() == PayerKind.AUTO) {
			require(missing, "coverage.accidentState", coverage.accidentState(), "the state of the accident (item 10b)");
		}
		return missing;
	}

	/** The name of the insured (item 4): the client, or the employer or person insured. */
	public String insuredName() {
		if (coverage == null || coverage.clientIsInsured()) {
			return client.lastName() + ", " + client.firstName();
		}
		return !blank(coverage.insuredName()) ? coverage.insuredName() : coverage.employer();
	}

	/** A date as the CMS-1500 wants it (NUCC instructions): {@code MM DD YY}, or {@code MM DD YYYY} for a birth date. */
	public static String formDate(@Nullable LocalDate date, boolean birth) {
		return date == null ? "" : date.format(birth ? BIRTH_DATE : FORM_DATE);
	}

	private static final DateTimeFormatter FORM_DATE = DateTimeFormatter.ofPattern("MM dd yy");

	private static final DateTimeFormatter BIRTH_DATE = DateTimeFormatter.ofPattern("MM dd yyyy");

	/** The insured's address (item 7): the client's own when they are the insured. */
	public String insuredAddress() {
		if (coverage == null || coverage.clientIsInsured()) {
			return "Same as item 5";
		}
		return blank(coverage.insuredAddress()) ? "" : coverage.insuredAddress();
	}

	/** The insured is an organisation: the employer of a workers' compensation claim. */
	public boolean insuredIsOrganisation() {
		return coverage != null && coverage.relationship() == Coverage.Relationship.EMPLOYER;
	}

	private static void require(Map<String, String> missing, String field, @Nullable String value, String what) {
		if (blank(value)) {
			missing.put(field, what);
		}
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}

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
