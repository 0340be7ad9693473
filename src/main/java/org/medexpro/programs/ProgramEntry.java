package org.medexpro.programs;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * An exercise in a program with its dose.
 *
 * @param cautions the caution rules the professional acknowledged when adding it
 * @param suspendedBy rules added since that exclude it for this client: it is not to be
 * trained until replaced
 */
public record ProgramEntry(UUID id, String exerciseCode, String name, String purpose, int sets, @Nullable Integer reps,
		@Nullable Integer minutes, @Nullable Integer holdSeconds, int rpeLow, int rpeHigh, List<String> cautions,
		@Nullable String cautionNote, List<String> suspendedBy, List<String> cues) {

	/** “2 × 10, RPE 11–13”, for pages and the home program. */
	public String dose() {
		StringBuilder out = new StringBuilder().append(sets).append(" × ");
		if (reps != null) {
			out.append(reps).append(reps == 1 ? " rep" : " reps");
		}
		if (minutes != null) {
			out.append(reps != null ? ", " : "").append(minutes).append(" min");
		}
		if (holdSeconds != null) {
			out.append(", hold ").append(holdSeconds).append(" s");
		}
		return out.append(", RPE ").append(rpeLow).append(rpeLow == rpeHigh ? "" : "–" + rpeHigh).toString();
	}

	public boolean suspended() {
		return !suspendedBy.isEmpty();
	}

}
