package org.medexpro.chart;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.medexpro.knowledge.Cutoff;
import org.medexpro.knowledge.Measure;
import org.medexpro.outcomes.Outcome;

/**
 * An outcome measure's trend drawn as an SVG line chart, computed here so the page only
 * places numbers (no script, no chart library): dates on x, values on y, the first
 * cut-off as a dashed line.
 */
public record TrendChart(int width, int height, String points, List<Dot> dots, String top, String bottom,
		@Nullable Line cutoff, String direction) {

	static final int WIDTH = 340;

	static final int HEIGHT = 140;

	static final int PAD_LEFT = 44;

	static final int PAD = 14;

	/** A measurement on the chart, with its tooltip. */
	public record Dot(double x, double y, String label) {
	}

	/** A horizontal reference line, e.g. a fall-risk cut-off. */
	public record Line(double y, String label) {
	}

	static TrendChart of(Outcome outcome, Measure measure) {
		List<Outcome.Point> trend = outcome.trend();
		double low = trend.stream().mapToDouble(Outcome.Point::value).min().orElse(0);
		double high = trend.stream().mapToDouble(Outcome.Point::value).max().orElse(1);
		Cutoff cutoff = measure.cutoffs().isEmpty() ? null : measure.cutoffs().get(0);
		if (cutoff != null && cutoff.value() >= measure.min() && cutoff.value() <= measure.max()) {
			low = Math.min(low, cutoff.value());
			high = Math.max(high, cutoff.value());
		}
		double span = high - low;
		double pad = span == 0 ? Math.max(1, Math.abs(high) * 0.1) : span * 0.12;
		double yMin = Math.max(measure.min(), low - pad);
		double yMax = Math.min(measure.max(), high + pad);
		if (yMax <= yMin) {
			yMax = yMin + 1;
		}
		long days = trend.size() < 2 ? 0 : ChronoUnit.DAYS.between(trend.get(0).on(), trend.get(trend.size() - 1).on());
		List<Dot> dots = new ArrayList<>();
		StringBuilder points = new StringBuilder();
		for (Outcome.Point point : trend) {
			double x = days == 0 ? PAD_LEFT + (WIDTH - PAD_LEFT - PAD) / 2.0
					: PAD_LEFT + (WIDTH - PAD_LEFT - PAD) * ChronoUnit.DAYS.between(trend.get(0).on(), point.on()) / (double) days;
			double y = y(point.value(), yMin, yMax);
			dots.add(new Dot(round(x), round(y), point.on() + ": " + measure.format(point.value()) + " " + measure.unit()));
			points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
		}
		Line line = cutoff == null || cutoff.value() < yMin || cutoff.value() > yMax ? null
				: new Line(round(y(cutoff.value(), yMin, yMax)), cutoff.label() + " " + measure.format(cutoff.value()));
		return new TrendChart(WIDTH, HEIGHT, points.toString().strip(), dots, measure.format(yMax), measure.format(yMin), line,
				measure.higherIsBetter() ? "higher is better" : "lower is better");
	}

	private static double y(double value, double yMin, double yMax) {
		return PAD + (HEIGHT - 2 * PAD) * (1 - (value - yMin) / (yMax - yMin));
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}
