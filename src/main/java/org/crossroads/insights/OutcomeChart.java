package org.crossroads.insights;

import java.util.ArrayList;
import java.util.List;

import org.crossroads.rules.Outcome;

import org.jspecify.annotations.Nullable;

/**
 * The geometry of the stacked bar chart of an {@link OutcomeTable}, in the units of the SVG's
 * viewBox, so the template only places what is computed here.
 *
 * <p>Bars stack the shown counts of a period to scale, outcomes bottom-up in the legend's order.
 * Counts that are withheld (fewer than 5, or hidden to protect one) are not drawn to scale: each bar
 * that has any gets one hatched block of the same {@link #WITHHELD_HEIGHT} on top, whatever they
 * are, so neither a bar's height nor the space between segments reveals a withheld count.
 */
public record OutcomeChart(int width, int height, Area plot, List<Tick> ticks, List<Bar> bars, List<Label> labels) {

	static final int WIDTH = 640;

	static final int HEIGHT = 300;

	static final int WITHHELD_HEIGHT = 6;

	/** Beyond this many periods bars would be thinner than a few pixels: the table stays, the chart goes. */
	static final int MAX_BARS = 120;

	static final int MAX_LABELS = 6;

	public OutcomeChart {
		ticks = List.copyOf(ticks);
		bars = List.copyOf(bars);
		labels = List.copyOf(labels);
	}

	public record Area(int left, int top, int right, int bottom) {

		public int width() {
			return right - left;
		}

		public int height() {
			return bottom - top;
		}
	}

	/** A gridline with its value at the left axis. */
	public record Tick(long value, double y) {
	}

	/** A period's label under the axis, centred on its bar. */
	public record Label(String text, double x) {
	}

	/** A period's bar: its segments bottom-up, then the withheld block if any. */
	public record Bar(String label, double x, double width, List<Segment> segments) {

		public Bar {
			segments = List.copyOf(segments);
		}
	}

	/** A rectangle; {@code outcome} is null for the block of withheld counts. */
	public record Segment(@Nullable Outcome outcome, double y, double height) {

		/** The id of the SVG pattern that fills it, per outcome or for withheld counts. */
		public String fill() {
			return "url(#insights-fill-" + (outcome == null ? "withheld" : outcome.name()) + ")";
		}
	}

	static boolean drawable(OutcomeTable table) {
		return !table.periods().isEmpty() && table.periods().size() <= MAX_BARS;
	}

	static OutcomeChart of(OutcomeTable table) {
		Area plot = new Area(52, 12, WIDTH - 8, HEIGHT - 48);
		long max = table.periods().stream().mapToLong(OutcomeTable.Period::shownSum).max().orElse(0);
		long step = niceStep(max);
		long top = Math.max(step, ((max + step - 1) / step) * step);
		double scale = (plot.height() - WITHHELD_HEIGHT) / (double) top;
		List<Tick> ticks = new ArrayList<>();
		for (long value = 0; value <= top; value += step) {
			ticks.add(new Tick(value, round(plot.bottom() - value * scale)));
		}
		int n = table.periods().size();
		double slot = plot.width() / (double) Math.max(n, 1);
		double barWidth = round(Math.max(1, slot * 0.7));
		List<Bar> bars = new ArrayList<>();
		List<Label> labels = new ArrayList<>();
		int every = (n + MAX_LABELS - 1) / MAX_LABELS;
		for (int i = 0; i < n; i++) {
			OutcomeTable.Period period = table.periods().get(i);
			double x = round(plot.left() + i * slot + (slot - barWidth) / 2);
			double y = plot.bottom();
			List<Segment> segments = new ArrayList<>();
			for (int j = 0; j < OutcomeTable.OUTCOMES.size(); j++) {
				OutcomeTable.Cell cell = period.cells().get(j);
				if (cell.shown() && cell.value() > 0) {
					double h = cell.value() * scale;
					y -= h;
					segments.add(new Segment(OutcomeTable.OUTCOMES.get(j), round(y), round(h)));
				}
			}
			if (period.anyWithheld()) {
				y -= WITHHELD_HEIGHT;
				segments.add(new Segment(null, round(y), WITHHELD_HEIGHT));
			}
			bars.add(new Bar(period.label(), x, barWidth, segments));
			if (i % every == 0) {
				labels.add(new Label(period.label(), round(x + barWidth / 2)));
			}
		}
		return new OutcomeChart(WIDTH, HEIGHT, plot, ticks, bars, labels);
	}

	/** A step of 1, 2 or 5 times a power of ten giving at most five gridlines above zero. */
	static long niceStep(long max) {
		long magnitude = 1;
		while (true) {
			for (long factor : new long[] { 1, 2, 5 }) {
				long step = factor * magnitude;
				if (max <= step * 5) {
					return step;
				}
			}
			magnitude *= 10;
		}
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	public String viewBox() {
		return "0 0 " + width + " " + height;
	}
}
