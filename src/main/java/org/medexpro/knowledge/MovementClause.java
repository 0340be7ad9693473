package org.medexpro.knowledge;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Matches an exercise with a movement of one of the joints, in one of the motions,
 * beyond {@code overDegrees}, produced in one of the modes (any mode when none given).
 */
public record MovementClause(@NotEmpty List<@NotNull Joint> joints, @NotEmpty List<@NotNull Motion> motions,
		@PositiveOrZero @Max(180) int overDegrees, List<@NotNull MovementMode> modes) {

	public MovementClause {
		joints = List.copyOf(joints == null ? List.of() : joints);
		motions = List.copyOf(motions == null ? List.of() : motions);
		modes = modes == null ? List.of() : List.copyOf(modes);
	}

	public boolean matches(Movement movement) {
		return joints.contains(movement.joint()) && motions.contains(movement.motion())
				&& movement.maxDegrees() > overDegrees && (modes.isEmpty() || modes.contains(movement.mode()));
	}

	/** “hip flexion past 90°”, for the pages. */
	public String describe() {
		String what = String.join(" or ", joints.stream().map(j -> j.name().toLowerCase()).toList()) + " "
				+ String.join(" or ", motions.stream().map(m -> m.name().toLowerCase().replace('_', ' ')).toList());
		String modesText = modes.isEmpty() ? "" : " (" + String.join(" or ", modes.stream().map(m -> m.name().toLowerCase()).toList()) + ")";
		return what + (overDegrees > 0 ? " past " + overDegrees + "°" : "") + modesText;
	}

}
