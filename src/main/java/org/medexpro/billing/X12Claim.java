package org.medexpro.billing;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Writes a claim as an ASC X12 837 professional (005010X222A1) interchange: ISA/GS/ST
 * envelopes with matching control numbers and counts, the billing provider, subscriber and
 * payer loops, the claim with its ICD-10-CM codes, referring provider and service lines.
 * Plain text, one segment a line; the payer's clearinghouse validates it further.
 */
final class X12Claim {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");

	private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("yyMMdd");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

	private final List<String> segments = new ArrayList<>();

	private X12Claim() {
	}

	/**
	 * @param usage {@code T} test or {@code P} production (ISA15)
	 * @param submitterId the practice's id with the clearinghouse (ISA06, NM1*41)
	 */
	static String write(ClaimData claim, OffsetDateTime now, String usage, String submitterId) {
		X12Claim x = new X12Claim();
		long control = claim.controlNumber() == null ? 1 : claim.controlNumber();
		String isaControl = String.format(Locale.ROOT, "%09d", control);
		String receiver = claim.payer().payerCode() == null ? "PAYER" : claim.payer().payerCode();
		Invoice invoice = claim.invoice();
		x.add("ISA", "00", pad("", 10), "00", pad("", 10), "ZZ", pad(submitterId, 15), "ZZ", pad(receiver, 15),
				now.format(SHORT_DATE), now.format(TIME), "^", "00501", isaControl, "0", usage, ":");
		x.add("GS", "HC", clean(submitterId), clean(receiver), now.format(DATE), now.format(TIME), String.valueOf(control), "X",
				"005010X222A1");
		int stStart = x.segments.size();
		x.add("ST", "837", "0001", "005010X222A1");
		x.add("BHT", "0019", "00", String.valueOf(invoice.number()), now.format(DATE), now.format(TIME), "CH");
		BillingProvider provider = claim.provider();
		x.add("NM1", "41", "2", clean(provider.name()), "", "", "", "", "46", clean(submitterId));
		x.add("PER", "IC", clean(provider.name()), digits(provider.phone()).isEmpty() ? "" : "TE", digits(provider.phone()));
		x.add("NM1", "40", "2", clean(claim.payer().name()), "", "", "", "", "46", clean(receiver));
		x.add("HL", "1", "", "20", "1");
		x.add("NM1", "85", "2", clean(provider.name()), "", "", "", "", "XX", digits(provider.npi()));
		x.add("N3", clean(provider.addressLine()));
		x.add("N4", clean(provider.city()), clean(provider.state()), digits(provider.postalCode()));
		x.add("REF", "EI", digits(provider.taxId()));
		Coverage coverage = claim.coverage();
		boolean clientInsured = coverage == null || coverage.clientIsInsured();
		String memberId = coverage == null || coverage.memberId() == null ? "" : clean(coverage.memberId());
		// The subscriber is the insured: the client, or (loop 2000C, a patient of their own) the employer of a
		// workers' compensation claim, a spouse or a parent. SBR02 18 says the client is the subscriber.
		x.add("HL", "2", "1", "22", clientInsured ? "0" : "1");
		x.add("SBR", "P", clientInsured ? "18" : "", coverage == null || coverage.groupNumber() == null ? ""
				: clean(coverage.groupNumber()), "", "", "", "", "", filingIndicator(claim.payer().kind()));
		if (clientInsured) {
			x.add("NM1", "IL", "1", clean(claim.client().lastName()), clean(claim.client().firstName()), "", "", "", "MI", memberId);
			x.client(claim);
		}
		else {
			x.add("NM1", "IL", claim.insuredIsOrganisation() ? "2" : "1", clean(claim.insuredName()), "", "", "", "", "MI", memberId);
		}
		x.add("NM1", "PR", "2", clean(claim.payer().name()), "", "", "", "", "PI", clean(receiver));
		if (!clientInsured) {
			x.add("HL", "3", "2", "23", "0");
			x.add("PAT", coverage.relationship().x12Code());
			x.add("NM1", "QC", "1", clean(claim.client().lastName()), clean(claim.client().firstName()));
			x.client(claim);
		}
		String related = claim.employment() ? "EM" : claim.autoAccident()
				? "AA:::" + (coverage == null || coverage.accidentState() == null ? "" : coverage.accidentState()) : "";
		x.add("CLM", String.valueOf(invoice.number()), invoice.total().plain(), "", "", provider.placeOfService() + ":B:1", "Y",
				"A", "Y", "Y", "", related);
		if (coverage != null && coverage.injuryDate() != null && (claim.employment() || claim.autoAccident())) {
			x.add("DTP", "439", "D8", coverage.injuryDate().format(DATE));
		}
		if (coverage != null && coverage.authorizationNumber() != null) {
			x.add("REF", "G1", clean(coverage.authorizationNumber()));
		}
		if (coverage != null && coverage.claimNumber() != null) {
			x.add("REF", "Y4", clean(coverage.claimNumber()));
		}
		List<String> hi = new ArrayList<>();
		hi.add("HI");
		for (int i = 0; i < invoice.icd10Codes().size(); i++) {
			hi.add((i == 0 ? "ABK:" : "ABF:") + invoice.icd10Codes().get(i).replace(".", ""));
		}
		x.add(hi.toArray(String[]::new));
		if (claim.referrer() != null) {
			String[] name = names(claim.referrer().name());
			x.add("NM1", "DN", "1", clean(name[1]), clean(name[0]), "", "", "", "XX", digits(claim.referrer().npi()));
		}
		String pointers = String.join(":", claim.pointers().chars().mapToObj(c -> String.valueOf(c - 'A' + 1)).toList());
		int lx = 0;
		for (Invoice.Line line : invoice.lines()) {
			x.add("LX", String.valueOf(++lx));
			x.add("SV1", "HC:" + line.cptCode(), line.amount().plain(), "UN", String.valueOf(line.units()), "", "", pointers);
			x.add("DTP", "472", "D8", line.serviceDate().format(DATE));
		}
		int count = x.segments.size() - stStart + 1;
		x.add("SE", String.valueOf(count), "0001");
		x.add("GE", "1", String.valueOf(control));
		x.add("IEA", "1", isaControl);
		return String.join("\n", x.segments) + "\n";
	}

	/** The client's address and demographics (N3, N4, DMG). */
	private void client(ClaimData claim) {
		add("N3", clean(claim.client().addressLine()));
		add("N4", clean(claim.client().city()), clean(claim.client().state()), digits(claim.client().postalCode()));
		add("DMG", "D8", claim.client().dateOfBirth().format(DATE), sex(claim.client().sex().name()));
	}

	private void add(String... elements) {
		List<String> parts = new ArrayList<>(List.of(elements));
		while (parts.size() > 1 && parts.get(parts.size() - 1).isEmpty()) {
			parts.remove(parts.size() - 1);
		}
		segments.add(String.join("*", parts) + "~");
	}

	private static String filingIndicator(PayerKind kind) {
		return switch (kind) {
			case WORKERS_COMP -> "WC";
			case AUTO -> "AM";
			case COMMERCIAL -> "CI";
			case SELF_PAY -> "ZZ";
		};
	}

	private static String sex(String sex) {
		return sex.startsWith("F") ? "F" : sex.startsWith("M") ? "M" : "U";
	}

	/** First and last name of a physician's name as written ("Dr. Jane Q. Smith"). */
	static String[] names(String full) {
		String plain = full.replaceFirst("(?i)^dr\\.?\\s+", "").replaceAll(",.*$", "").strip();
		int last = plain.lastIndexOf(' ');
		return last < 0 ? new String[] { "", plain } : new String[] { plain.substring(0, last), plain.substring(last + 1) };
	}

	/** Text without the characters that separate X12 elements, components and segments. */
	static String clean(@Nullable String text) {
		return text == null ? "" : text.replaceAll("[*~:^]", " ").strip().toUpperCase(Locale.ROOT);
	}

	private static String digits(@Nullable String text) {
		return text == null ? "" : text.replaceAll("\\D", "");
	}

	private static String pad(String text, int width) {
		String clean = clean(text);
		return clean.length() >= width ? clean.substring(0, width) : clean + " ".repeat(width - clean.length());
	}

}
