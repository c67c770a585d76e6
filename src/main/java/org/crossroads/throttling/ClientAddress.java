package org.crossroads.throttling;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The key a client is throttled under: {@code request.getRemoteAddr()}, which Tomcat's RemoteIpValve
 * takes from X-Forwarded-For only when the connection comes from a trusted proxy
 * ({@code server.tomcat.remoteip.internal-proxies} / {@code trusted-proxies}). An IPv6 client counts by
 * its /64, the block one subscriber is usually given whole: otherwise one machine could be a new
 * client at every request. Parsed by hand, never by InetAddress, which would look up a name.
 */
final class ClientAddress {

	private static final Pattern GROUP = Pattern.compile("[0-9a-fA-F]{1,4}");

	private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

	private ClientAddress() {
	}

	static String key(String remoteAddress) {
		String address = remoteAddress.strip();
		if (address.startsWith("[") && address.endsWith("]")) {
			address = address.substring(1, address.length() - 1);
		}
		int zone = address.indexOf('%');
		if (zone >= 0) {
			address = address.substring(0, zone);
		}
		if (address.indexOf(':') < 0) {
			return address;
		}
		List<String> groups = ipv6Groups(address);
		if (groups == null) {
			return address;
		}
		if (groups.size() == 7 && groups.subList(0, 5).stream().allMatch("0"::equals) && groups.get(5).equals("ffff")
				&& IPV4.matcher(groups.get(6)).matches()) {
			return groups.get(6);
		}
		return String.join(":", groups.subList(0, 4)) + "::/64";
	}

	/** The eight groups, lower-case without leading zeros (an IPv4 tail as one item), or null when malformed. */
	private static @Nullable List<String> ipv6Groups(String address) {
		String[] halves = address.split("::", -1);
		if (halves.length > 2) {
			return null;
		}
		List<String> head = split(halves[0]);
		List<String> tail = halves.length == 2 ? split(halves[1]) : List.of();
		if (head == null || tail == null) {
			return null;
		}
		List<String> all = new ArrayList<>(head);
		List<String> last = tail.isEmpty() ? head : tail;
		boolean ipv4Tail = !last.isEmpty() && last.get(last.size() - 1).indexOf('.') >= 0;
		int width = head.size() + tail.size() + (ipv4Tail ? 1 : 0);
		int missing = 8 - width;
		if (halves.length == 1 ? missing != 0 : missing < 1) {
			return null;
		}
		for (int i = 0; i < (halves.length == 2 ? missing : 0); i++) {
			all.add("0");
		}
		all.addAll(tail);
		for (int i = 0; i < all.size(); i++) {
			String group = all.get(i);
			boolean lastItem = i == all.size() - 1;
			if (lastItem && ipv4Tail) {
				if (!IPV4.matcher(group).matches()) {
					return null;
				}
			}
			else if (!GROUP.matcher(group).matches()) {
				return null;
			}
			else {
				all.set(i, Integer.toHexString(Integer.parseInt(group, 16)).toLowerCase(Locale.ROOT));
			}
		}
		return all;
	}

	private static @Nullable List<String> split(String part) {
		if (part.isEmpty()) {
			return List.of();
		}
		List<String> groups = List.of(part.split(":", -1));
		return groups.contains("") ? null : groups;
	}
}
