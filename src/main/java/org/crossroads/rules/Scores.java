package org.crossroads.rules;

public record Scores(int therapy, int coaching) {

	static Scores of(Iterable<Criterion> met) {
		int therapy = 0;
		int coaching = 0;
		for (Criterion c : met) {
			switch (c.pathway()) {
				case THERAPY -> therapy += c.weight();
				case COACHING -> coaching += c.weight();
				case SAFETY -> { }
			}
		}
		return new Scores(therapy, coaching);
	}
}
