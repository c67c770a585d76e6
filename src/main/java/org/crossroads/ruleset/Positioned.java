package org.crossroads.ruleset;

import org.jspecify.annotations.Nullable;

/** A part with an order number among its siblings (1..n), and an id that breaks ties. */
public interface Positioned {

	@Nullable Long getId();

	int getPosition();

	void setPosition(int position);
}
