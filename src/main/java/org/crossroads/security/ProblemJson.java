package org.crossroads.security;

/**
 * Problem details (RFC 9457) written by hand, where no message converter is at hand: in a filter,
 * the firewall's handler and Tomcat's error valve.
 */
final class ProblemJson {

	private ProblemJson() {
	}

	static String of(String title, int status, String detail) {
		return "{\"type\":\"about:blank\",\"title\":\"" + escape(title) + "\",\"status\":" + status + ",\"detail\":\""
				+ escape(detail) + "\"}";
	}

	/** The texts come from the messages: a quote or a backslash there must not break the JSON. */
	private static String escape(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> out.append("\\\"");
				case '\\' -> out.append("\\\\");
				default -> {
					if (c < 0x20) {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}
}
