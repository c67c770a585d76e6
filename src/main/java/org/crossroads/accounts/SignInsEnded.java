package org.crossroads.accounts;

/**
 * An account's sessions end on every node: its password was reset or changed, so whoever signed in
 * with the old one is out. {@code exceptCurrent} keeps the session of the person who changed their
 * own password. (A disabled account needs no event: every node checks the account on each admin
 * request and ends its session there, with a notice saying why.)
 */
public record SignInsEnded(String username, boolean exceptCurrent) {
}
