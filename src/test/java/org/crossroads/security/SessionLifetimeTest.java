package org.crossroads.security;

import org.crossroads.accounts.Role;
import org.crossroads.accounts.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import org.crossroads.CrossroadsSettings;

/** A session ends at its absolute lifetime however busy it is, besides the idle timeout. */
@SecurityIntegrationTest
class SessionLifetimeTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	MutableClock clock;

	@Autowired
	CrossroadsSettings settings;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theDefaultLifetimeIsTwelveHours() {
		assertThat(settings.sessionLifetime()).isEqualTo(Duration.ofHours(12));
	}

	@Test
	void aSessionInUseAllDayEndsAtItsLifetimeAndSaysSo() throws Exception {
		MockHttpSession session = TestAccounts.signIn(mvc, testAccounts.create(Role.EDITOR));
		Duration lifetime = settings.sessionLifetime();

		// requests all along keep it from idling out; only the absolute lifetime ends it
		for (Duration at = Duration.ofHours(1); at.compareTo(lifetime) < 0; at = at.plusHours(1)) {
			clock.advance(Duration.ofHours(1));
			mvc.perform(get("/admin").session(session)).andExpect(status().isOk());
		}
		clock.advance(Duration.ofHours(1));
		mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/admin/sign-in?ended"));
		mvc.perform(get("/admin").session(session)).andExpect(redirectedUrl("/admin/sign-in"));
	}

	@Test
	void aFreshSignInAfterTheEndStartsAFullLifetime() throws Exception {
		TestAccounts.Credentials editor = testAccounts.create(Role.EDITOR);
		MockHttpSession first = TestAccounts.signIn(mvc, editor);
		clock.advance(settings.sessionLifetime());
		mvc.perform(get("/admin").session(first)).andExpect(redirectedUrl("/admin/sign-in?ended"));

		MockHttpSession second = TestAccounts.signIn(mvc, editor);
		clock.advance(settings.sessionLifetime().minusMinutes(1));
		mvc.perform(get("/admin").session(second)).andExpect(status().isOk());
	}
}
