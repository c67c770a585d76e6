package org.crossroads.browser;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.Response;

/**
 * Records every request a browser context makes. Requests to any other origin than the app are
 * recorded and then aborted, so a page that names a CDN fails its test without reaching the network.
 */
final class Traffic {

	/** One finished request with the bytes that went over the wire for its response. */
	record Transfer(String url, String resourceType, int status, long bytes) {
	}

	private final URI app;

	private final List<String> requested = new ArrayList<>();

	/** Finished requests; sizes are asked for only when weighed, never inside an event (the context may be closing). */
	private final List<Request> finished = new ArrayList<>();

	private final List<String> failedSubresources = new ArrayList<>();

	private Response lastDocument;

	Traffic(BrowserContext context, URI app) {
		this.app = app;
		context.route(url -> !isApp(url), route -> route.abort("blockedbyclient"));
		context.onRequest(request -> requested.add(request.url()));
		context.onRequestFinished(finished::add);
		context.onResponse(response -> {
			Request request = response.request();
			if (request.isNavigationRequest() && response.frame().parentFrame() == null
					&& (response.status() < 300 || response.status() >= 400)) {
				lastDocument = response;
			}
			else if (!request.isNavigationRequest() && response.status() >= 400) {
				failedSubresources.add(response.status() + " " + request.url());
			}
		});
	}

	private static Transfer weigh(Request request) {
		Response response = request.response();
		com.microsoft.playwright.options.Sizes sizes = request.sizes();
		long bytes = Math.max(0, sizes.responseHeadersSize) + Math.max(0, sizes.responseBodySize);
		return new Transfer(request.url(), request.resourceType(), response == null ? 0 : response.status(), bytes);
	}

	/** Same scheme, host and port as the app; data: URLs name no host and stay inside the page. */
	boolean isApp(String url) {
		URI uri = URI.create(url);
		if ("data".equals(uri.getScheme()) || "about".equals(uri.getScheme())) {
			return true;
		}
		String host = uri.getHost();
		boolean local = "127.0.0.1".equals(host) || "localhost".equals(host);
		return local && uri.getPort() == app.getPort() && app.getScheme().equals(uri.getScheme());
	}

	List<String> requested() {
		return List.copyOf(requested);
	}

	List<String> foreignRequests() {
		return requested.stream().filter(url -> !isApp(url)).toList();
	}

	List<String> failedSubresources() {
		return List.copyOf(failedSubresources);
	}

	List<Transfer> transfers() {
		return List.copyOf(finished).stream().map(Traffic::weigh).toList();
	}

	/** The served HTML of the page the main frame shows now, not the DOM the browser made of it. */
	Response lastDocument() {
		if (lastDocument == null) {
			throw new AssertionError("No document has been loaded in this context yet");
		}
		return lastDocument;
	}

	void clearTransfers() {
		finished.clear();
	}
}
