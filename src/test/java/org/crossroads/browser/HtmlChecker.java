package org.crossroads.browser;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Nu HTML checker, run in-process on a served document. It lives in a class loader of its own
 * (jars copied to target/nu-validator by the build), so its Jetty 11 stays off the test classpath.
 */
final class HtmlChecker {

	static final Path JARS = Path.of(System.getProperty("crossroads.nu-validator.dir", "target/nu-validator"));

	/** One message of the checker. */
	record Message(String type, String subType, int line, int column, String text, String extract) {

		/** "error" (with sub-type "fatal" when parsing stopped) or a failure to read the document at all. */
		boolean isError() {
			return type.equals("error") || type.equals("non-document-error");
		}

		@Override
		public String toString() {
			return (subType.isEmpty() ? type : type + "/" + subType) + " at " + line + ":" + column + ": " + text
					+ (extract.isBlank() ? "" : "  [" + extract.strip().replaceAll("\\s+", " ") + "]");
		}
	}

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static ClassLoader loader;

	private HtmlChecker() {
	}

	static List<Message> check(String html) {
		String output = validate(html);
		List<Message> messages = new ArrayList<>();
		for (JsonNode m : JSON.readTree(output).path("messages")) {
			messages.add(new Message(m.path("type").asString(), m.path("subType").asString(""),
					m.path("lastLine").asInt(), m.path("firstColumn").asInt(), m.path("message").asString(),
					m.path("extract").asString("")));
		}
		return messages;
	}

	static List<Message> errors(String html) {
		return check(html).stream().filter(Message::isError).toList();
	}

	private static String validate(String html) {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		try {
			ClassLoader nu = loader();
			thread.setContextClassLoader(nu);
			Class<?> validatorClass = nu.loadClass("nu.validator.client.EmbeddedValidator");
			Class<?> formatClass = nu.loadClass("nu.validator.client.EmbeddedValidator$OutputFormat");
			Object validator = validatorClass.getConstructor().newInstance();
			Object json = formatClass.getField("JSON").get(null);
			validatorClass.getMethod("setOutputFormat", formatClass).invoke(validator, json);
			Method validate = validatorClass.getMethod("validate", InputStream.class);
			return (String) validate.invoke(validator,
					new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("The Nu HTML checker could not run", e);
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	private static synchronized ClassLoader loader() {
		if (loader == null) {
			try (Stream<Path> files = Files.list(JARS)) {
				URL[] jars = files.filter(f -> f.toString().endsWith(".jar")).map(HtmlChecker::url).toArray(URL[]::new);
				if (jars.length == 0) {
					throw new IOException("no jars");
				}
				loader = new URLClassLoader("nu-validator", jars, ClassLoader.getPlatformClassLoader());
			}
			catch (IOException e) {
				throw new IllegalStateException("The Nu HTML checker's jars are not in " + JARS.toAbsolutePath()
						+ ": run the tests through Maven (./mvnw test), whose generate-test-resources phase copies them", e);
			}
		}
		return loader;
	}

	private static URL url(Path file) {
		try {
			return file.toUri().toURL();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}
}
