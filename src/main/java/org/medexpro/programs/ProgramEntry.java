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

	/** “2 × 10 reps, RPE 11–13”, “1 × 30 min, RPE 11–13”, “3 × hold 20 s, RPE 11–13”, for pages and the home program. */
	public String dose() {
		List<String> volume = new java.util.ArrayList<>();
		if (reps != null) {
			volume.add(reps + (reps == 1 ? " rep" : " reps"));
		}
		if (minutes != null) {
			volume.add(minutes + " min");
		}
		if (holdSeconds != null) {
			volume.add("hold " + holdSeconds + " s");
		}
		return sets + " × " + String.join(", ", volume) + ", RPE " + rpeLow + (rpeLow == rpeHigh ? "" : "–" + rpeHigh);
	}

	public boolean suspended() {
		return !suspendedBy.isEmpty();
	}

}
