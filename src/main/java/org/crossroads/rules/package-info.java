/**
 * The rules engine: an immutable snapshot of a published rule set and the pure function that
 * turns a visitor's answers into a result. Plain Java on purpose: no Spring, JPA or HTTP types,
 * so it is trivially tested and never touches the database while a visitor waits.
 */
package org.crossroads.rules;
