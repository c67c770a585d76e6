package org.crossroads.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A deliberately dumb HTTP/1.1 client over a plain socket, so tests can send what no polite
 * client would: raw bytes in the request target, bodies without a length, oversized bodies,
 * bodies that do not match their Content-Type. One request per connection.
 */
final class RawHttp {

	private final int port;

	RawHttp(int port) {
		this.port = port;
	}

	record Response(int status, Map<String, String> headers, byte[] body) {

		String text() {
			return new String(body, StandardCharsets.UTF_8);
		}

		String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}

		String contentType() {
			String type = header("content-type");
			return type == null ? "" : type;
		}
	}

	Response get(String target) throws IOException {
		return send("GET", target, Map.of(), null, false);
	}

	Response postJson(String target, String json) throws IOException {
		return send("POST", target, Map.of("Content-Type", "application/json"), json.getBytes(StandardCharsets.UTF_8),
				false);
	}

	/**
	 * Sends one request. {@code target} goes on the wire as Latin-1 bytes, unencoded; with
	 * {@code chunked} the body is sent in chunks and without a Content-Length.
	 */
	Response send(String method, String target, Map<String, String> headers, byte[] body, boolean chunked)
			throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(30_000);
			StringBuilder head = new StringBuilder();
			head.append(method).append(' ').append(target).append(" HTTP/1.1\r\n");
			head.append("Host: localhost\r\nConnection: close\r\n");
			headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
			if (body != null) {
				head.append(chunked ? "Transfer-Encoding: chunked\r\n" : "Content-Length: " + body.length + "\r\n");
			}
			head.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			// The body goes out from another thread: the server may answer (413) and close before
			// reading it all, and the answer must still be read.
			Thread writer = null;
			if (body != null) {
				writer = new Thread(() -> writeBody(out, body, chunked));
				writer.start();
			}
			byte[] raw = readAll(socket.getInputStream());
			if (writer != null) {
				try {
					writer.join(5_000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
			return parse(raw);
		}
	}

	private static void writeBody(OutputStream out, byte[] body, boolean chunked) {
		try {
			if (!chunked) {
				out.write(body);
			}
			else {
				int chunk = 8192;
				for (int at = 0; at < body.length; at += chunk) {
					int n = Math.min(chunk, body.length - at);
					out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
					out.write(body, at, n);
					out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
				}
				out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
			}
			out.flush();
		}
		catch (IOException refusedMidway) {
			// the server stopped reading: expected for oversized bodies
		}
	}

	private static byte[] readAll(InputStream in) throws IOException {
		ByteArrayOutputStream all = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		try {
			for (int n; (n = in.read(buffer)) >= 0;) {
				all.write(buffer, 0, n);
			}
		}
		catch (java.net.SocketException resetAfterAnswer) {
			if (all.size() == 0) {
				throw resetAfterAnswer;
			}
		}
		return all.toByteArray();
	}

	private static Response parse(byte[] raw) throws IOException {
		int end = indexOf(raw, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
		if (end < 0) {
			throw new IOException("no complete response head: " + new String(raw, StandardCharsets.ISO_8859_1));
		}
		String[] lines = new String(raw, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
		}
		byte[] rest = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
		if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
			rest = dechunk(rest);
		}
		return new Response(status, headers, rest);
	}

	private static byte[] dechunk(byte[] data) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int at = 0;
		while (at < data.length) {
			int lineEnd = indexOf(data, new byte[] { '\r', '\n' }, at);
			if (lineEnd < 0) {
				throw new IOException("truncated chunked body");
			}
			String sizeText = new String(data, at, lineEnd - at, StandardCharsets.ISO_8859_1).split(";")[0].trim();
			int size = Integer.parseInt(sizeText, 16);
			if (size == 0) {
				break;
			}
			out.write(data, lineEnd + 2, size);
			at = lineEnd + 2 + size + 2;
		}
		return out.toByteArray();
	}

	private static int indexOf(byte[] data, byte[] pattern, int from) {
		outer: for (int i = from; i <= data.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}
}
