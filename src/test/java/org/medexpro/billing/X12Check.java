package org.medexpro.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A structural check of an X12 837P interchange, as a clearinghouse's first pass does it:
 * the envelope segments in order, ISA of fixed width, matching control numbers, segment and
 * group counts, no segment without data, addresses with a state, the hierarchy of HL loops
 * (billing provider, subscriber, and the client when the client is not the subscriber),
 * numbered service lines, and a claim total equal to the sum of its lines.
 */
final class X12Check {

	private X12Check() {
	}

	static void structure(String interchange) {
		assertThat(interchange).doesNotContain("**~").endsWith("~\n");
		List<String[]> segments = new ArrayList<>();
		for (String raw : interchange.split("~")) {
			String segment = raw.strip();
			if (!segment.isEmpty()) {
				String[] elements = segment.split("\\*", -1);
				assertThat(Arrays.stream(elements).skip(1).anyMatch(e -> !e.isBlank())).as("segment with data: " + segment).isTrue();
				segments.add(elements);
			}
		}
		String[] isa = segments.get(0);
		assertThat(isa[0]).isEqualTo("ISA");
		assertThat(interchange.substring(0, interchange.indexOf('~'))).as("ISA is fixed-width").hasSize(105);
		assertThat(isa).hasSize(17);
		assertThat(isa[12]).isEqualTo("00501").as("version");
		assertThat(isa[13]).matches("\\d{9}");
		String[] gs = segments.get(1);
		assertThat(gs[0]).isEqualTo("GS");
		assertThat(gs[1]).isEqualTo("HC");
		assertThat(gs[8]).isEqualTo("005010X222A1");
		String[] st = segments.get(2);
		assertThat(st[0]).isEqualTo("ST");
		assertThat(st[1]).isEqualTo("837");
		String[] iea = segments.get(segments.size() - 1);
		String[] ge = segments.get(segments.size() - 2);
		String[] se = segments.get(segments.size() - 3);
		assertThat(iea[0]).isEqualTo("IEA");
		assertThat(iea[1]).as("one functional group").isEqualTo("1");
		assertThat(iea[2]).as("IEA02 = ISA13").isEqualTo(isa[13]);
		assertThat(ge[0]).isEqualTo("GE");
		assertThat(ge[1]).as("one transaction set").isEqualTo("1");
		assertThat(ge[2]).as("GE02 = GS06").isEqualTo(gs[6]);
		assertThat(se[0]).isEqualTo("SE");
		assertThat(se[2]).as("SE02 = ST02").isEqualTo(st[2]);
		assertThat(Integer.parseInt(se[1])).as("SE01 counts ST to SE").isEqualTo(segments.size() - 2 - 3 + 1);
		assertThat(segments.stream().filter(s -> s[0].equals("ST")).count()).isEqualTo(1);

		List<String> hlIds = new ArrayList<>();
		int lx = 0;
		BigDecimal lines = BigDecimal.ZERO;
		BigDecimal claim = null;
		for (String[] s : segments) {
			switch (s[0]) {
				case "HL" -> {
					assertThat(s[1]).as("HL ids count up").isEqualTo(String.valueOf(hlIds.size() + 1));
					if (!s[2].isEmpty()) {
						assertThat(hlIds).as("an HL's parent comes before it").contains(s[2]);
					}
					hlIds.add(s[1]);
				}
				case "LX" -> assertThat(s[1]).as("service lines count up").isEqualTo(String.valueOf(++lx));
				case "SV1" -> {
					assertThat(s[1]).matches("HC:\\d{4}[0-9A-Z]");
					lines = lines.add(new BigDecimal(s[2]));
					assertThat(s[3]).isEqualTo("UN");
					assertThat(Integer.parseInt(s[4])).isPositive();
				}
				case "CLM" -> claim = new BigDecimal(s[2]);
				case "NM1" -> assertThat(Arrays.asList("41", "40", "85", "IL", "PR", "DN", "QC")).contains(s[1]);
				case "N4" -> {
					assertThat(s).as("N4 city, state and ZIP: " + String.join("*", s)).hasSizeGreaterThanOrEqualTo(4);
					assertThat(s[2]).as("N4 state").matches("[A-Z]{2}");
					assertThat(s[3]).as("N4 ZIP").matches("\\d{5}(\\d{4})?");
				}
				default -> {
				}
			}
		}
		assertThat(lx).as("at least one service line").isPositive();
		assertThat(claim).as("CLM02 is the sum of the SV1 charges").isEqualByComparingTo(lines);
		assertThat(hlIds).as("billing provider, subscriber, and the client when not the subscriber")
			.isIn(List.of("1", "2"), List.of("1", "2", "3"));
	}

}
