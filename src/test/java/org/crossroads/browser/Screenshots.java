package org.crossroads.browser;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Page;

/** Full-page screenshots of a page at a phone's and a desktop's width, under target/screenshots. */
final class Screenshots {

	static final List<Integer> WIDTHS = List.of(375, 1280);

	static final Path DIRECTORY = Path.of("target", "screenshots");

	private Screenshots() {
	}

	static Path take(Page page, String name, int width) {
		Path file = DIRECTORY.resolve(name + "-" + width + ".png");
		page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(file).setAnimations(
				com.microsoft.playwright.options.ScreenshotAnimations.DISABLED));
		return file;
	}
}
