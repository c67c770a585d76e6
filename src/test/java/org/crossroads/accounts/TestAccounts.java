package org.crossroads.accounts;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Real accounts for tests, each with a fresh name so tests never collide in a shared database.
 * For a test that only needs a signed-in user, {@code @WithMockUser(roles = "EDITOR")} and
 * {@code .with(csrf())} are enough; these are for tests of sign-in itself or of a full session.
 * A bean in contexts that {@code @Import(TestAccounts.class)} (as {@link SecurityIntegrationTest} does).
 */
public class TestAccounts {

	public static final String PASSWORD = "correct horse battery staple";

	private final AccountService accounts;

	public TestAccounts(AccountService accounts) {
		this.accounts = accounts;
	}

	public record Credentials(String username, String password) {
	}

	public static String freshUsername() {
		return "t-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
	}

	/** A new enabled account with {@link #PASSWORD} that need not change it. */
	public Credentials create(Role role) {
		String username = freshUsername();
		accounts.create("test", username, role, PASSWORD, false);
		return new Credentials(username, PASSWORD);
	}

	/** Signs in through the real form (with a CSRF token) and returns the signed-in session. */
	public static MockHttpSession signIn(MockMvc mvc, Credentials credentials) throws Exception {
		MvcResult result = mvc.perform(post("/admin/sign-in").with(csrf())
				.param("username", credentials.username())
				.param("password", credentials.password()))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		MockHttpSession session = (MockHttpSession) result.getRequest().getSession(false);
		if (session == null || result.getResponse().getRedirectedUrl().contains("error")) {
			throw new AssertionError("sign-in refused for " + credentials.username());
		}
		return session;
	}
}
