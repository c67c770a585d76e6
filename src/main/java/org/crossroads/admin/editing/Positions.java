package org.crossroads.admin.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.ToIntFunction;

/** Order numbers of sibling items, kept as 1..n so that "position 2" means the second. */
public final class Positions {

	private Positions() {
	}

	/** Moves an item to a place among its siblings (clamped), renumbering only the items whose number changes. */
	static <T> void place(List<T> siblings, T item, int wanted, ToIntFunction<T> position, ObjIntConsumer<T> setPosition,
			Function<T, Long> id) {
		List<T> order = new ArrayList<>(Items.sorted(siblings, position, id));
		order.remove(item);
		order.add(Math.max(0, Math.min(wanted - 1, order.size())), item);
		for (int i = 0; i < order.size(); i++) {
			if (position.applyAsInt(order.get(i)) != i + 1) {
				setPosition.accept(order.get(i), i + 1);
			}
		}
	}

	/** Adds an item to its siblings, at the place asked for (clamped). */
	static <T> void add(List<T> siblings, T item, int wanted, ToIntFunction<T> position, ObjIntConsumer<T> setPosition,
			Function<T, Long> id) {
		setPosition.accept(item, next(siblings, position));
		siblings.add(item);
		place(siblings, item, wanted, position, setPosition, id);
	}

	public static <T> int next(List<T> siblings, ToIntFunction<T> position) {
		return siblings.stream().mapToInt(position).max().orElse(0) + 1;
	}
}
