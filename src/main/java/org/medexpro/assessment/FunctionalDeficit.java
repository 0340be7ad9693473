package org.medexpro.assessment;

import org.jspecify.annotations.Nullable;

/**
 * A functional deficit found by the latest screen (“Hip, left: limited, 80°”), which the
 * exercise engine uses to choose indicated activities.
 */
public record FunctionalDeficit(String point, String name, String region, ScreenFinding.Result result,
		@Nullable String side, @Nullable Integer rangeDegrees, @Nullable Integer strength, @Nullable String notes) {

	public String summary() {
		StringBuilder out = new StringBuilder(name);
		if (side != null) {
			out.append(", ").append(side.toLowerCase());
		}
		out.append(": ").append(result.name().toLowerCase());
		if (rangeDegrees != null) {
			out.append(", ").append(rangeDegrees).append("°");
		}
		if (strength != null) {
			out.append(", strength ").append(strength).append("/5");
		}
		return out.toString();
	}

}
