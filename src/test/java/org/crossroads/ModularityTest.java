package org.crossroads;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.jspecify.annotations.NullMarked;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application's modules (one per package under org.crossroads) and their boundaries, checked on every build,
 * and the module documentation in docs/modules kept equal to what the code says.
 */
class ModularityTest {

	static final ApplicationModules modules = ApplicationModules.of(CrossroadsApplication.class);

	static final Path SOURCES = Path.of("src/main/java");

	static final Path COMMITTED_DOCS = Path.of("docs/modules");

	static final Path GENERATED_DOCS = Path.of("target/modules-docs");

	/** Set to true to rewrite docs/modules from the code instead of comparing. */
	static final String WRITE_DOCS = "modules.docs.write";

	@Test
	void modulesRespectTheirBoundaries() {
		modules.verify();
	}

	@Test
	void rulesetExposesItsBasePackageAndThePublishedSnapshots() {
		ApplicationModule ruleset = modules.getModuleByName("ruleset").orElseThrow();

		assertThat(ruleset.getNamedInterfaces().getUnnamedInterface().contains(org.crossroads.ruleset.RuleSetEntity.class))
			.as("the aggregate in the base package, used by the admin area").isTrue();
		assertThat(ruleset.getNamedInterfaces().getByName("published")).hasValueSatisfying(
				published -> assertThat(published.contains(org.crossroads.ruleset.published.PublishedContent.class)).isTrue());
	}

	@Test
	void rulesDependOnNoOtherModule() {
		ApplicationModule rules = modules.getModuleByName("rules").orElseThrow();

		assertThat(rules.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName))
			.as("modules the rules engine depends on")
			.isEmpty();
	}

	@Test
	void rulesUseNothingButTheJdk() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.crossroads.rules");

		// package-info only carries the module's declaration; nullness annotations are no runtime dependency
		noClasses().that().resideInAPackage("org.crossroads.rules..").and().doNotHaveSimpleName("package-info")
			.should().dependOnClassesThat()
			.resideOutsideOfPackages("org.crossroads.rules..", "java..", "org.jspecify.annotations..")
			.because("the rules engine is plain Java: no Spring, JPA, Jakarta or other module types")
			.check(classes);
	}

	/**
	 * A dependency through a compile-time constant alone is inlined, so the class files (and verify()) never see it:
	 * read the sources' references between modules too.
	 */
	@Test
	void noCyclesBetweenModulesInTheSources() throws IOException {
		Map<String, Set<String>> uses = new TreeMap<>();
		Pattern reference = Pattern.compile("\\borg\\.crossroads\\.([a-z]+)\\b");
		try (Stream<Path> files = Files.walk(SOURCES.resolve("org/crossroads"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				Path relative = SOURCES.resolve("org/crossroads").relativize(file);
				if (relative.getNameCount() < 2) {
					continue; // the shared root package
				}
				String module = relative.getName(0).toString();
				Set<String> used = uses.computeIfAbsent(module, m -> new TreeSet<>());
				Matcher m = reference.matcher(Files.readString(file));
				while (m.find()) {
					if (!m.group(1).equals(module) && Files.isDirectory(SOURCES.resolve("org/crossroads").resolve(m.group(1)))) {
						used.add(m.group(1));
					}
				}
			}
		}
		for (String start : uses.keySet()) {
			assertThat(pathBack(start, start, uses, new TreeSet<>(), new ArrayList<>()))
				.as("a cycle of source references between modules (module -> module it names): %s", uses)
				.isEmpty();
		}
	}

	private static List<String> pathBack(String start, String at, Map<String, Set<String>> uses, Set<String> seen,
			List<String> path) {
		path.add(at);
		for (String next : uses.getOrDefault(at, Set.of())) {
			if (next.equals(start)) {
				path.add(next);
				return path;
			}
			if (seen.add(next)) {
				List<String> found = pathBack(start, next, uses, seen, path);
				if (!found.isEmpty()) {
					return found;
				}
			}
		}
		path.remove(path.size() - 1);
		return List.of();
	}

	@Test
	void everyMainPackageIsNullMarked() throws IOException, ClassNotFoundException {
		List<String> unmarked = new ArrayList<>();
		try (Stream<Path> dirs = Files.walk(SOURCES)) {
			for (Path dir : dirs.filter(Files::isDirectory).filter(ModularityTest::holdsClasses).toList()) {
				String pkg = SOURCES.relativize(dir).toString().replace('/', '.').replace('\\', '.');
				if (!Files.exists(dir.resolve("package-info.java"))
						|| !Class.forName(pkg + ".package-info").isAnnotationPresent(NullMarked.class)) {
					unmarked.add(pkg);
				}
			}
		}
		assertThat(unmarked).as("main packages without a package-info.java annotated @NullMarked").isEmpty();
	}

	private static boolean holdsClasses(Path dir) {
		try (Stream<Path> files = Files.list(dir)) {
			return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	@Test
	void committedModuleDocsMatchTheCode() throws IOException {
		new Documenter(modules, GENERATED_DOCS.toString()).writeDocumentation();
		Map<String, String> generated = new TreeMap<>();
		read(GENERATED_DOCS).forEach((name, text) -> generated.put(name, stableOrder(name, text)));
		assertThat(generated).as("generated module docs").isNotEmpty();

		if (Boolean.getBoolean(WRITE_DOCS)) {
			if (Files.isDirectory(COMMITTED_DOCS)) {
				for (String stale : read(COMMITTED_DOCS).keySet()) {
					Files.delete(COMMITTED_DOCS.resolve(stale));
				}
			}
			Files.createDirectories(COMMITTED_DOCS);
			for (Map.Entry<String, String> file : generated.entrySet()) {
				Files.writeString(COMMITTED_DOCS.resolve(file.getKey()), file.getValue());
			}
		}

		assertThat(read(COMMITTED_DOCS))
			.as("docs/modules is out of date with the code; refresh it with "
					+ "./mvnw test -Dtest=ModularityTest -D" + WRITE_DOCS + "=true and commit the result")
			.isEqualTo(generated);
	}

	/** The Documenter lists modules and relations in no fixed order: sort them, so an unchanged design reads the same. */
	static String stableOrder(String name, String text) {
		if (name.equals("all-docs.adoc")) {
			List<String> sections = new ArrayList<>(List.of(text.split("\n\n", -1)));
			List<String> modules = new ArrayList<>(sections.subList(1, sections.size()));
			modules.removeIf(String::isBlank);
			modules.replaceAll(String::strip);
			modules.sort(null);
			return sections.get(0) + "\n\n" + String.join("\n\n", modules) + "\n";
		}
		List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
		for (String kind : List.of("Rel(", "Component(")) {
			for (int start = 0; start < lines.size(); start++) {
				int end = start;
				while (end < lines.size() && lines.get(end).strip().startsWith(kind)) {
					end++;
				}
				lines.subList(start, end).sort(null);
				start = end;
			}
		}
		return String.join("\n", lines);
	}

	private static Map<String, String> read(Path dir) throws IOException {
		Map<String, String> files = new TreeMap<>();
		if (!Files.isDirectory(dir)) {
			return files;
		}
		try (Stream<Path> paths = Files.list(dir)) {
			for (Path file : paths.filter(Files::isRegularFile).toList()) {
				files.put(file.getFileName().toString(), Files.readString(file));
			}
		}
		return files;
	}
}
