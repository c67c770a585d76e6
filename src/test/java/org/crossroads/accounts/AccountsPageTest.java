package org.crossroads.accounts;

import org.crossroads.security.SecurityIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.crossroads.audit.AuditEvent;
import org.crossroads.audit.AuditEventRepository;
import org.crossroads.audit.AuditKind;

@SecurityIntegrationTest
class AccountsPageTest {

	private static final Pattern SHOWN_PASSWORD = Pattern.compile("<code class=\"secret\">([^<]+)</code>");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	AuditEventRepository auditEvents;

	TestAccounts.Credentials admin;

	MockHttpSession session;

	@BeforeEach
	void signInAsAdmin() throws Exception {
		admin = testAccounts.create(Role.ADMIN);
		session = TestAccounts.signIn(mvc, admin);
	}

	@Test
	void theListShowsAccountsWithTheirActions() throws Exception {
		TestAccounts.Credentials editor = testAccounts.create(Role.EDITOR);
		String page = mvc.perform(get("/admin/accounts").session(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"account-" + editor.username() + "\"", "id=\"account-" + admin.username() + "\"",
				"Disable " + editor.username(), "Reset password of " + editor.username(), "name=\"_csrf\"")
			.doesNotContain("Disable " + admin.username());
	}

	@Test
	void anAdminCreatesAnEditorWhoseTemporaryPasswordIsShownOnce() throws Exception {
		String username = TestAccounts.freshUsername();
		String page = mvc.perform(post("/admin/accounts").session(session).with(csrf())
				.param("username", username).param("role", "EDITOR"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String temporary = shownPassword(page);

		Account created = accounts.findByUsername(username).orElseThrow();
		assertThat(created.getRole()).isEqualTo(Role.EDITOR);
		assertThat(created.isMustChangePassword()).isTrue();
		AuditEvent event = lastEvent(AuditKind.ACCOUNT_CHANGE, "account " + username);
		assertThat(event.getActor()).isEqualTo(admin.username());
		assertThat(event.getAfter()).contains("role=EDITOR", "enabled=true").doesNotContain(temporary);

		// the list does not show it again; the new editor signs in with it and must change it
		assertThat(mvc.perform(get("/admin/accounts").session(session)).andReturn().getResponse().getContentAsString())
			.doesNotContain(temporary);
		MockHttpSession editor = TestAccounts.signIn(mvc, new TestAccounts.Credentials(username, temporary));
		mvc.perform(get("/admin").session(editor)).andExpect(redirectedUrl("/admin/password"));
	}

	@Test
	void anAdminCanCreateAnotherAdmin() throws Exception {
		String username = TestAccounts.freshUsername();
		mvc.perform(post("/admin/accounts").session(session).with(csrf()).param("username", username).param("role", "ADMIN"))
			.andExpect(status().isOk());
		assertThat(accounts.findByUsername(username).orElseThrow().getRole()).isEqualTo(Role.ADMIN);
	}

	@Test
	void invalidInputIsShownBesideTheFieldAndNothingIsStored() throws Exception {
		TestAccounts.Credentials taken = testAccounts.create(Role.EDITOR);
		long before = accounts.all().size();

		assertThat(refused(taken.username(), "EDITOR")).contains("id=\"username-error\"", "already taken");
		assertThat(refused("a", "EDITOR")).contains("id=\"username-error\"", "3 to 50 characters");
		assertThat(refused("<script>alert(1)</script>", "EDITOR")).contains("id=\"username-error\"")
			.doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
		assertThat(refused("x".repeat(51), "EDITOR")).contains("id=\"username-error\"");
		assertThat(refused(TestAccounts.freshUsername(), "OWNER")).contains("id=\"role-error\"",
				"Choose one of the listed roles.");
		assertThat(refused(TestAccounts.freshUsername(), "")).contains("id=\"role-error\"", "Choose a role.");

		assertThat(accounts.all()).hasSize((int) before);
	}

	@Test
	void disablingStopsSignInAndEnablingRestoresItBothAudited() throws Exception {
		TestAccounts.Credentials editor = testAccounts.create(Role.EDITOR);
		long id = accounts.findByUsername(editor.username()).orElseThrow().getId();

		mvc.perform(post("/admin/accounts/{id}/disable", id).param("confirmed", "yes").session(session).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("notice", "accounts.notice.disabled"));
		signIn(editor).andExpect(unauthenticated());
		AuditEvent disabled = lastEvent(AuditKind.ACCOUNT_CHANGE, "account " + editor.username());
		assertThat(disabled.getBefore()).contains("enabled=true");
		assertThat(disabled.getAfter()).contains("enabled=false");
		assertThat(disabled.getActor()).isEqualTo(admin.username());

		mvc.perform(post("/admin/accounts/{id}/enable", id).session(session).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"));
		signIn(editor).andExpect(authenticated());
		assertThat(lastEvent(AuditKind.ACCOUNT_CHANGE, "account " + editor.username()).getAfter()).contains("enabled=true");
	}

	@Test
	void anAdminCannotDisableTheirOwnAccount() throws Exception {
		long id = accounts.findByUsername(admin.username()).orElseThrow().getId();
		mvc.perform(post("/admin/accounts/{id}/disable", id).param("confirmed", "yes").session(session).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("problem", "accounts.refused.own-account"));
		assertThat(accounts.find(id).orElseThrow().isEnabled()).isTrue();
	}

	@Test
	void anAdminChangesTheirOwnPasswordOnThePasswordPageNotByAReset() throws Exception {
		long id = accounts.findByUsername(admin.username()).orElseThrow().getId();
		mvc.perform(post("/admin/accounts/{id}/reset-password", id).session(session).with(csrf()))
			.andExpect(redirectedUrl("/admin/accounts"))
			.andExpect(flash().attribute("problem", "accounts.refused.own-password"));
		assertThat(accounts.find(id).orElseThrow().isMustChangePassword()).isFalse();
		mvc.perform(get("/admin/accounts").session(session)).andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers
				.containsString("/admin/accounts/" + id + "/reset-password"))));
	}

	@Test
	void resettingAPasswordIssuesATemporaryOne() throws Exception {
		TestAccounts.Credentials editor = testAccounts.create(Role.EDITOR);
		long id = accounts.findByUsername(editor.username()).orElseThrow().getId();

		String page = mvc.perform(post("/admin/accounts/{id}/reset-password", id).session(session).with(csrf()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		String temporary = shownPassword(page);

		signIn(editor).andExpect(unauthenticated());
		signIn(new TestAccounts.Credentials(editor.username(), temporary)).andExpect(authenticated());
		assertThat(accounts.find(id).orElseThrow().isMustChangePassword()).isTrue();
		AuditEvent event = lastEvent(AuditKind.ACCOUNT_CHANGE, "account " + editor.username());
		assertThat(event.getAfter()).contains("password reset", "must-change-password=true").doesNotContain(temporary);
	}

	@Test
	void anUnknownAccountIsNotFound() throws Exception {
		mvc.perform(post("/admin/accounts/{id}/reset-password", Long.MAX_VALUE).session(session).with(csrf()))
			.andExpect(status().isNotFound());
		mvc.perform(post("/admin/accounts/{id}/disable", "not-a-number").session(session).with(csrf()))
			.andExpect(status().isNotFound());
	}

	private String refused(String username, String role) throws Exception {
		return mvc.perform(post("/admin/accounts").session(session).with(csrf()).param("username", username)
				.param("role", role))
			.andExpect(status().isBadRequest())
			.andReturn().getResponse().getContentAsString();
	}

	private ResultActions signIn(TestAccounts.Credentials credentials) throws Exception {
		return mvc.perform(post("/admin/sign-in").with(csrf()).param("username", credentials.username())
			.param("password", credentials.password()));
	}

	private static String shownPassword(String page) {
		Matcher shown = SHOWN_PASSWORD.matcher(page);
		assertThat(shown.find()).as("the page shows the temporary password").isTrue();
		return shown.group(1);
	}

	private AuditEvent lastEvent(AuditKind kind, String subject) {
		List<AuditEvent> events = auditEvents.findAll().stream()
			.filter(e -> e.getKind() == kind && e.getSubject().equals(subject))
			.sorted(java.util.Comparator.comparing(AuditEvent::getId).reversed())
			.toList();
		assertThat(events).isNotEmpty();
		return events.get(0);
	}
}
