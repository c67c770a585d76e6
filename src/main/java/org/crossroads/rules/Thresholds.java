package org.crossroads.rules;

/** The score at which each path is shown. */
public record Thresholds(int therapy, int coaching) {
}
