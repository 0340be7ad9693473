package org.medexpro.knowledge;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.jspecify.annotations.Nullable;

/**
 * Matches an exercise with a movement of one of the joints, in one of the motions,
 * beyond {@code overDegrees}, produced in one of the modes (any mode when none given).
 *
 * @param overMeasured where given, the limit is the client's latest value of that range
 * measure plus a margin, and {@code overDegrees} only stands in until it is measured
 */
public record MovementClause(@NotEmpty List<@NotNull Joint> joints, @NotEmpty List<@NotNull Motion> motions,
		@PositiveOrZero @Max(180) int overDegrees, List<@NotNull MovementMode> modes, @Nullable @Valid Measured overMeasured) {

	/** A limit taken from a recorded range: the latest value of {@code code} plus {@code plusDegrees}. */
	public record Measured(@NotBlank String code, @PositiveOrZero @Max(30) int plusDegrees) {
	}

	public MovementClause {
		joints = List.copyOf(joints == null ? List.of() : joints);
		motions = List.copyOf(motions == null ? List.of() : motions);
		modes = modes == null ? List.of() : List.copyOf(modes);
	}

	public MovementClause(List<Joint> joints, List<Motion> motions, int overDegrees, List<MovementMode> modes) {
		this(joints, motions, overDegrees, modes, null);
	}

	public boolean matches(Movement movement) {
		return joints.contains(movement.joint()) && motions.contains(movement.motion())
				&& movement.maxDegrees() > overDegrees && (modes.isEmpty() || modes.contains(movement.mode()));
	}

	/** This clause with its limit taken from the client's recorded range, where it has one. */
	public MovementClause resolved(Map<String, Double> latestMeasures) {
		Double measured = overMeasured == null ? null : latestMeasures.get(overMeasured.code());
		if (measured == null) {
			return this;
		}
		int limit = (int) Math.max(0, Math.min(180, Math.floor(measured + overMeasured.plusDegrees())));
		return new MovementClause(joints, motions, limit, modes, overMeasured);
	}

	/** “hip flexion past 90°”, for the pages. */
	public String describe() {
		String what = String.join(" or ", joints.stream().map(j -> j.name().toLowerCase()).toList()) + " "
				+ String.join(" or ", motions.stream().map(m -> m.name().toLowerCase().replace('_', ' ')).toList());
		String modesText = modes.isEmpty() ? "" : " (" + String.join(" or ", modes.stream().map(m -> m.name().toLowerCase()).toList()) + ")";
		if (overMeasured != null) {
			return what + " past the latest measured " + overMeasured.code() + " + " + overMeasured.plusDegrees() + "° (past "
					+ overDegrees + "° until measured)" + modesText;
		}
		return what + (overDegrees > 0 ? " past " + overDegrees + "°" : "") + modesText;
	}

}
