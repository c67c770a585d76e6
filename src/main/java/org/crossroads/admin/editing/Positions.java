package org.crossroads.admin.editing;

import java.util.ArrayList;
import java.util.List;

import org.crossroads.ruleset.Positioned;

/** Order numbers of sibling items, kept as 1..n so that "position 2" means the second. */
public final class Positions {

	private Positions() {
	}

	/** Moves an item to the place asked for, if that is not where it is. */
	static <T extends Positioned> void move(List<T> siblings, T item, int wanted) {
		if (wanted != item.getPosition()) {
			place(siblings, item, wanted);
		}
	}

	/** Moves an item to a place among its siblings (clamped), renumbering only the items whose number changes. */
	static <T extends Positioned> void place(List<T> siblings, T item, int wanted) {
		List<T> order = new ArrayList<>(Items.sorted(siblings, Positioned::getPosition, Positioned::getId));
		order.remove(item);
		order.add(Math.max(0, Math.min(wanted - 1, order.size())), item);
		for (int i = 0; i < order.size(); i++) {
			if (order.get(i).getPosition() != i + 1) {
				order.get(i).setPosition(i + 1);
			}
		}
	}

	/** Adds an item to its siblings, at the place asked for (clamped). */
	static <T extends Positioned> void add(List<T> siblings, T item, int wanted) {
		item.setPosition(next(siblings));
		siblings.add(item);
		place(siblings, item, wanted);
	}

	/** The number after the last of the siblings'. */
	public static int next(List<? extends Positioned> siblings) {
		return siblings.stream().mapToInt(Positioned::getPosition).max().orElse(0) + 1;
	}
}
