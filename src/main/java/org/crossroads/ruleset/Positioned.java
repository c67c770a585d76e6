package org.crossroads.ruleset;

/** A part with an order number among its siblings (1..n), and an id that breaks ties. */
public interface Positioned {

	Long getId();

	int getPosition();

	void setPosition(int position);
}
