package org.crossroads.accounts;

import org.crossroads.security.SecurityIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.crossroads.audit.AuditEventRepository;
import org.crossroads.audit.AuditKind;

@SecurityIntegrationTest
class PasswordChangeTest {

	static final String NEW_PASSWORD = "a new passphrase of my own";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	AuditEventRepository auditEvents;

	@Test
	void aOneTimePasswordMustBeChangedBeforeAnythingElse() throws Exception {
		AccountService.IssuedPassword issued = accounts.create("test", TestAccounts.freshUsername(), Role.ADMIN);
		TestAccounts.Credentials temporary = new TestAccounts.Credentials(issued.username(), issued.temporaryPassword());
		MockHttpSession session = TestAccounts.signIn(mvc, temporary);

		for (String path : List.of("/admin", "/admin/accounts", "/admin/audit", "/admin/criteria")) {
			mvc.perform(get(path).session(session)).andExpect(redirectedUrl("/admin/password"));
		}
		mvc.perform(post("/admin/accounts").session(session).with(csrf())
				.param("username", TestAccounts.freshUsername()).param("role", "EDITOR"))
			.andExpect(redirectedUrl("/admin/password"));
		String page = mvc.perform(get("/admin/password").session(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"must-change\"", "id=\"change-password\"");

		change(session, temporary.password(), NEW_PASSWORD, NEW_PASSWORD)
			.andExpect(redirectedUrl("/admin/password?changed"));

		mvc.perform(get("/admin/accounts").session(session)).andExpect(status().isOk());
		assertThat(accounts.findByUsername(issued.username()).orElseThrow().isMustChangePassword()).isFalse();
		signIn(issued.username(), temporary.password()).andExpect(unauthenticated());
		signIn(issued.username(), NEW_PASSWORD).andExpect(authenticated());
		assertThat(auditEvents.findAll()).anySatisfy(e -> {
			assertThat(e.getKind()).isEqualTo(AuditKind.PASSWORD_CHANGE);
			assertThat(e.getActor()).isEqualTo(issued.username());
			assertThat(e.getBefore()).contains("must-change-password=true");
			assertThat(e.getAfter()).contains("must-change-password=false").doesNotContain(NEW_PASSWORD);
		});
	}

	@Test
	void eachMistakeIsShownBesideItsField() throws Exception {
		TestAccounts.Credentials editor = testAccounts.create(Role.EDITOR);
		MockHttpSession session = TestAccounts.signIn(mvc, editor);

		assertThat(errorPage(change(session, "not my password", NEW_PASSWORD, NEW_PASSWORD)))
			.contains("id=\"currentPassword-error\"", "This is not your current password.");
		assertThat(errorPage(change(session, "", NEW_PASSWORD, NEW_PASSWORD)))
			.contains("id=\"currentPassword-error\"", "Enter your current password.");
		assertThat(errorPage(change(session, editor.password(), "too short", "too short")))
			.contains("id=\"newPassword-error\"", "at least 12 characters");
		assertThat(errorPage(change(session, editor.password(), "x".repeat(73), "x".repeat(73))))
			.contains("id=\"newPassword-error\"", "too long");
		assertThat(errorPage(change(session, editor.password(), NEW_PASSWORD, NEW_PASSWORD + "!")))
			.contains("id=\"repeatPassword-error\"", "not the same");
		assertThat(errorPage(change(session, editor.password(), editor.password(), editor.password())))
			.contains("id=\"newPassword-error\"", "must differ");

		String page = errorPage(change(session, "wrong current", NEW_PASSWORD, NEW_PASSWORD));
		assertThat(page).contains("class=\"error-summary\"", "href=\"#currentPassword\"")
			.doesNotContain(NEW_PASSWORD, "wrong current");

		// nothing changed: the old password still works
		signIn(editor.username(), editor.password()).andExpect(authenticated());
	}

	@Test
	void aCommonPasswordOrOneWithTheUserNameIsRefusedAndTheOldOneStays() throws Exception {
		TestAccounts.Credentials editor = testAccounts.create(Role.EDITOR);
		MockHttpSession session = TestAccounts.signIn(mvc, editor);

		String page = errorPage(change(session, editor.password(), "QwertyuiopASDFGHJKL", "QwertyuiopASDFGHJKL"));
		assertThat(page).contains("id=\"newPassword-error\"", "href=\"#newPassword\"",
				"This password is too common: it appears in lists of leaked passwords. Choose another.")
			.doesNotContain("QwertyuiopASDFGHJKL");
		String withName = "my own " + editor.username().toUpperCase() + " passphrase";
		assertThat(errorPage(change(session, editor.password(), withName, withName)))
			.contains("id=\"newPassword-error\"", "The new password must not contain your user name.");

		// the field's hint says so before anyone tries
		assertThat(mvc.perform(get("/admin/password").session(session)).andReturn().getResponse().getContentAsString())
			.contains("aria-describedby=\"newPassword-hint\"", "Common and leaked passwords are refused");
		signIn(editor.username(), "QwertyuiopASDFGHJKL").andExpect(unauthenticated());
		signIn(editor.username(), editor.password()).andExpect(authenticated());
	}

	@Test
	void aChangeGivesTheSessionANewId() throws Exception {
		TestAccounts.Credentials editor = testAccounts.create(Role.EDITOR);
		MockHttpSession session = TestAccounts.signIn(mvc, editor);
		String before = SessionCookies.idOf(session);
		change(session, editor.password(), NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/admin/password?changed"));
		assertThat(SessionCookies.idOf(session)).isNotNull().isNotEqualTo(before);
	}

	@Test
	void aChangeEndsTheAccountsOtherSessionsWhereverTheyAre() throws Exception {
		TestAccounts.Credentials editor = testAccounts.create(Role.EDITOR);
		MockHttpSession here = TestAccounts.signIn(mvc, editor);
		MockHttpSession elsewhere = TestAccounts.signIn(mvc, editor);
		TestAccounts.Credentials other = testAccounts.create(Role.EDITOR);
		MockHttpSession someoneElse = TestAccounts.signIn(mvc, other);

		change(here, editor.password(), NEW_PASSWORD, NEW_PASSWORD).andExpect(redirectedUrl("/admin/password?changed"));

		mvc.perform(get("/admin").session(here)).andExpect(status().isOk());
		mvc.perform(get("/admin").session(elsewhere)).andExpect(redirectedUrl("/admin/sign-in?ended"));
		mvc.perform(get("/admin").session(someoneElse)).andExpect(status().isOk());
	}

	private ResultActions change(MockHttpSession session, String current, String next, String repeat) throws Exception {
		return mvc.perform(post("/admin/password").session(session).with(csrf())
			.param("currentPassword", current).param("newPassword", next).param("repeatPassword", repeat));
	}

	private static String errorPage(ResultActions result) throws Exception {
		return result.andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
	}

	private ResultActions signIn(String username, String password) throws Exception {
		return mvc.perform(post("/admin/sign-in").with(csrf()).param("username", username).param("password", password));
	}
}
