package org.medexpro.sessions.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.medexpro.sessions.Attendance;
import org.medexpro.sessions.RpeScale;
import org.medexpro.sessions.ToleranceTrend;

/**
 * The points of the tolerance chart (an inline SVG, no chart library): pain after training
 * on 0–10 and the mean RPE on the practice's scale, session by session, oldest on the left.
 */
public record ToleranceChart(String painPoints, String rpePoints, int sessions, String rpeLabel) {

	static final double LEFT = 40;

	static final double WIDTH = 560;

	static final double BOTTOM = 190;

	static final double HEIGHT = 170;

	static ToleranceChart of(ToleranceTrend trend, RpeScale scale) {
		List<ToleranceTrend.Point> attended = trend.sessions().stream().filter(p -> p.attendance() == Attendance.ATTENDED).toList();
		double step = attended.size() > 1 ? WIDTH / (attended.size() - 1) : 0;
		List<String> pain = new ArrayList<>();
		List<String> rpe = new ArrayList<>();
		for (int i = 0; i < attended.size(); i++) {
			ToleranceTrend.Point p = attended.get(i);
			double x = LEFT + step * i;
			if (p.painAfter() != null) {
				pain.add(point(x, p.painAfter() / 10.0));
			}
			if (p.meanRpe() != null) {
				rpe.add(point(x, (p.meanRpe().doubleValue() - scale.min()) / (scale.max() - scale.min())));
			}
		}
		return new ToleranceChart(String.join(" ", pain), String.join(" ", rpe), attended.size(),
				scale == RpeScale.CR10 ? "mean RPE (CR-10)" : "mean RPE (6–20)");
	}

	private static String point(double x, double fraction) {
		return String.format(Locale.ROOT, "%.1f,%.1f", x, BOTTOM - HEIGHT * Math.max(0, Math.min(1, fraction)));
	}

}
