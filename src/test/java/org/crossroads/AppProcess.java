package org.crossroads;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.springframework.util.FileSystemUtils;

/**
 * The application in a JVM of its own, on a fresh embedded database, for what must not stay behind
 * in the test JVM (the logging set-up of a profile). Started until its "Started" line; closing it
 * stops the process and deletes its data.
 */
final class AppProcess implements AutoCloseable {

	private final Process process;

	private final int port;

	private final Path dataDir;

	private final List<String> startLines;

	private AppProcess(Process process, int port, Path dataDir, List<String> startLines) {
		this.process = process;
		this.port = port;
		this.dataDir = dataDir;
		this.startLines = startLines;
	}

	/** Starts with the given arguments and extra environment; SPRING_* variables of this run are dropped. */
	static AppProcess start(List<String> arguments, Map<String, String> environment) throws Exception {
		int port;
		try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			port = free.getLocalPort();
		}
		Path dataDir = Files.createTempDirectory(Path.of("target"), "app-process-").toAbsolutePath();
		String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx256m", "-cp", classpath, CrossroadsApplication.class.getName(), "--server.port=" + port,
				"--management.server.port=0", "--server.address=127.0.0.1", "--crossroads.data-dir=" + dataDir,
				"--spring.datasource.url=jdbc:h2:file:" + dataDir + "/crossroads;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE",
				"--spring.datasource.username=sa", "--spring.datasource.password="));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		// the embedded database, whatever database this test run was pointed at
		builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_"));
		builder.environment().putAll(environment);
		Process process = builder.start();
		List<String> lines = new ArrayList<>();
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		try {
			// a bound so a hung start fails the test rather than the build; not a measure of speed
			CompletableFuture.runAsync(() -> out.lines().takeWhile(line -> {
				lines.add(line);
				return !line.contains("Started CrossroadsApplication");
			}).count()).get(5, TimeUnit.MINUTES);
		}
		catch (Exception failed) {
			process.destroyForcibly();
			FileSystemUtils.deleteRecursively(dataDir);
			throw failed;
		}
		// keep draining, so a full pipe never blocks the app
		Thread drain = new Thread(() -> out.lines().forEach(line -> { }));
		drain.setDaemon(true);
		drain.start();
		return new AppProcess(process, port, dataDir, lines);
	}

	/** The log up to and including the "Started" line. */
	List<String> startLines() {
		return startLines;
	}

	/** The application's port on 127.0.0.1. */
	int port() {
		return port;
	}

	@Override
	public void close() throws Exception {
		process.destroy();
		process.waitFor(1, TimeUnit.MINUTES);
		FileSystemUtils.deleteRecursively(dataDir);
	}
}
