package org.crossroads.security;

import org.crossroads.accounts.Role;
import org.crossroads.accounts.AccountService;
import org.crossroads.accounts.TestAccounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import org.crossroads.audit.AuditEvent;
import org.crossroads.audit.AuditEventRepository;
import org.crossroads.audit.AuditKind;

@SecurityIntegrationTest
class SignInTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	AccountService accounts;

	@Autowired
	AuditEventRepository auditEvents;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@ParameterizedTest
	@ValueSource(strings = { "/admin", "/admin/", "/admin/password", "/admin/accounts", "/admin/accounts/new",
			"/admin/audit", "/admin/criteria", "/admin/anything/else" })
	void anonymousRequestsToTheAdminAreaAreSentToSignIn(String path) throws Exception {
		mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/admin/sign-in"));
	}

	@Test
	void theSignInPageIsAFormWithACsrfTokenInTheSiteFrame() throws Exception {
		String page = mvc.perform(get("/admin/sign-in"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"sign-in\"", "action=\"/admin/sign-in\"", "name=\"_csrf\"",
				"name=\"username\"", "name=\"password\"", "type=\"password\"", "class=\"skip-link\"",
				"class=\"crisis-line\"");
		assertThat(page).doesNotContain("id=\"sign-in-failed\"");
	}

	@Test
	void theRightPasswordSignsInAndIsAudited() throws Exception {
		TestAccounts.Credentials editor = testAccounts.create(Role.EDITOR);
		signIn(editor.username(), editor.password())
			.andExpect(redirectedUrl("/admin"))
			.andExpect(authenticated().withUsername(editor.username()).withRoles("EDITOR"));
		assertThat(events(editor.username(), AuditKind.SIGN_IN)).hasSize(1);
	}

	@Test
	void signingInAfterAskingForAnAdminPageLandsOnItsPlainAddress() throws Exception {
		TestAccounts.Credentials editor = testAccounts.create(Role.EDITOR);
		for (String asked : List.of("/admin", "/admin/criteria")) {
			MockHttpSession session = new MockHttpSession();
			mvc.perform(get(asked).session(session)).andExpect(redirectedUrl("/admin/sign-in"));
			mvc.perform(post("/admin/sign-in").session(session).with(csrf()).param("username", editor.username())
				.param("password", editor.password()))
				.andExpect(redirectedUrl("http://localhost" + asked));
			mvc.perform(get(asked).session(session)).andExpect(status().isOk());
		}
	}

	@Test
	void usernamesAreNotCaseSensitive() throws Exception {
		TestAccounts.Credentials editor = testAccounts.create(Role.EDITOR);
		signIn(" " + editor.username().toUpperCase() + " ", editor.password())
			.andExpect(authenticated().withUsername(editor.username()));
	}

	@Test
	void anAdminAlsoHoldsTheEditorRole() throws Exception {
		TestAccounts.Credentials admin = testAccounts.create(Role.ADMIN);
		signIn(admin.username(), admin.password()).andExpect(authenticated().withRoles("ADMIN", "EDITOR"));
	}

	@Test
	void anUnknownUserAndAWrongPasswordGetTheSameAnswer() throws Exception {
		TestAccounts.Credentials editor = testAccounts.create(Role.EDITOR);
		String unknown = TestAccounts.freshUsername();

		long before = newestEventId();
		signIn(unknown, "whatever it may be").andExpect(redirectedUrl("/admin/sign-in?error"))
			.andExpect(unauthenticated());
		signIn(editor.username(), "not the password at all").andExpect(redirectedUrl("/admin/sign-in?error"))
			.andExpect(unauthenticated());

		String page = mvc.perform(get("/admin/sign-in?error")).andReturn().getResponse().getContentAsString();
		assertThat(page).contains("id=\"sign-in-failed\"", "Sign-in failed. Check your username and password");

		// the audit trail, which only ADMIN reads, says which it was; the password is never stored
		List<AuditEvent> since = eventsAfter(before);
		assertThat(since).hasSize(2);
		AuditEvent unknownEvent = since.get(1);
		assertThat(unknownEvent.getKind()).isEqualTo(AuditKind.SIGN_IN_FAILED);
		assertThat(unknownEvent.getActor()).isEqualTo("(unknown name)");
		assertThat(unknownEvent.getAfter()).isEqualTo("no such account");
		AuditEvent wrongEvent = events(editor.username(), AuditKind.SIGN_IN_FAILED).get(0);
		assertThat(wrongEvent.getAfter()).isEqualTo("wrong password");
		assertThat(List.of(unknownEvent, wrongEvent)).allSatisfy(e -> assertThat(
				e.getActor() + e.getSubject() + e.getBefore() + e.getAfter())
			.doesNotContain("whatever it may be", "not the password at all"));
	}

	@Test
	void aNameOfNoAccountIsNeverRecordedSinceItMayBeAPassword() throws Exception {
		String typed = "my secret passphrase " + TestAccounts.freshUsername();
		for (String name : List.of(typed, typed + "\r\nforged line<b>" + "x".repeat(300), "  ")) {
			long before = newestEventId();
			signIn(name, "some password").andExpect(redirectedUrl("/admin/sign-in?error"));
			List<AuditEvent> recorded = eventsAfter(before);
			assertThat(recorded).hasSize(1).allSatisfy(e -> {
				assertThat(e.getKind()).isEqualTo(AuditKind.SIGN_IN_FAILED);
				assertThat(e.getActor()).isEqualTo("(unknown name)");
			});
		}
		assertThat(auditEvents.findAll()).noneSatisfy(e -> assertThat(
				e.getActor() + e.getSubject() + e.getBefore() + e.getAfter()).contains("secret passphrase"));
	}

	@Test
	void wrongPasswordsNeverLockTheAccount() throws Exception {
		TestAccounts.Credentials editor = testAccounts.create(Role.EDITOR);
		for (int i = 0; i < 12; i++) {
			signIn(editor.username(), "wrong guess " + i).andExpect(redirectedUrl("/admin/sign-in?error"));
		}
		signIn(editor.username(), editor.password()).andExpect(redirectedUrl("/admin"))
			.andExpect(authenticated().withUsername(editor.username()));
		assertThat(events(editor.username(), AuditKind.SIGN_IN_FAILED)).hasSize(12)
			.allSatisfy(e -> assertThat(e.getAfter()).isEqualTo("wrong password"));
	}

	@Test
	void aDisabledAccountCannotSignInAndItsSessionEnds() throws Exception {
		TestAccounts.Credentials editor = testAccounts.create(Role.EDITOR);
		MockHttpSession session = TestAccounts.signIn(mvc, editor);
		long id = accounts.findByUsername(editor.username()).orElseThrow().getId();

		accounts.setEnabled("test", id, false);

		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM spring_session WHERE principal_name = ?", Long.class,
				editor.username())).as("sessions left in the database").isZero();
		mvc.perform(get("/admin/password").session(session))
			.andExpect(redirectedUrl("/admin/sign-in?ended"))
			.andExpect(unauthenticated());
		signIn(editor.username(), editor.password()).andExpect(redirectedUrl("/admin/sign-in?error"));
		assertThat(events(editor.username(), AuditKind.SIGN_IN_FAILED).get(0).getAfter()).isEqualTo("account disabled");
	}

	@Test
	void aSignInWithoutCsrfTokenIsRefused() throws Exception {
		TestAccounts.Credentials editor = testAccounts.create(Role.EDITOR);
		mvc.perform(post("/admin/sign-in").param("username", editor.username()).param("password", editor.password()))
			.andExpect(redirectedUrl("/admin/sign-in?expired"))
			.andExpect(unauthenticated());
		mvc.perform(post("/admin/sign-in").with(csrf().useInvalidToken())
				.param("username", editor.username()).param("password", editor.password()))
			.andExpect(redirectedUrl("/admin/sign-in?expired"))
			.andExpect(unauthenticated());
		assertThat(events(editor.username(), AuditKind.SIGN_IN)).isEmpty();
	}

	@Test
	void adminFormPostsWithoutCsrfTokenAreForbidden() throws Exception {
		TestAccounts.Credentials admin = testAccounts.create(Role.ADMIN);
		MockHttpSession session = TestAccounts.signIn(mvc, admin);
		String username = TestAccounts.freshUsername();

		mvc.perform(post("/admin/accounts").session(session).param("username", username).param("role", "EDITOR"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/password").session(session).param("currentPassword", admin.password())
				.param("newPassword", "a brand new passphrase").param("repeatPassword", "a brand new passphrase"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/sign-out").session(session)).andExpect(status().isForbidden());

		assertThat(accounts.findByUsername(username)).isEmpty();
		signIn(admin.username(), admin.password()).andExpect(authenticated());
	}

	@Test
	void signOutEndsTheSessionAndIsAudited() throws Exception {
		TestAccounts.Credentials editor = testAccounts.create(Role.EDITOR);
		MockHttpSession session = TestAccounts.signIn(mvc, editor);

		mvc.perform(post("/admin/sign-out").session(session).with(csrf()))
			.andExpect(redirectedUrl("/admin/sign-in?signed-out"));

		assertThat(session.isInvalid()).isTrue();
		assertThat(events(editor.username(), AuditKind.SIGN_OUT)).hasSize(1);
		mvc.perform(get("/admin/sign-in?signed-out")).andExpect(content().string(
				org.hamcrest.Matchers.containsString("You have signed out.")));
	}

	@Test
	void anEditorCannotReachAccountsOrTheAuditTrail() throws Exception {
		TestAccounts.Credentials editor = testAccounts.create(Role.EDITOR);
		MockHttpSession session = TestAccounts.signIn(mvc, editor);
		for (String path : List.of("/admin/accounts", "/admin/accounts/new", "/admin/audit")) {
			mvc.perform(get(path).session(session)).andExpect(status().isForbidden());
		}
		mvc.perform(post("/admin/accounts").session(session).with(csrf())
				.param("username", TestAccounts.freshUsername()).param("role", "ADMIN"))
			.andExpect(status().isForbidden());
		mvc.perform(get("/admin/password").session(session)).andExpect(status().isOk());
	}

	@Test
	@WithMockUser(username = "mock-editor", roles = "EDITOR")
	void aMockEditorIsTreatedTheSame() throws Exception {
		mvc.perform(get("/admin/accounts")).andExpect(status().isForbidden());
		mvc.perform(get("/admin/audit")).andExpect(status().isForbidden());
		mvc.perform(get("/admin/password")).andExpect(status().isOk());
	}

	@Test
	void theNavigationShowsAccountsAndAuditToAdminsOnly() throws Exception {
		MockHttpSession editor = TestAccounts.signIn(mvc, testAccounts.create(Role.EDITOR));
		MockHttpSession admin = TestAccounts.signIn(mvc, testAccounts.create(Role.ADMIN));

		String editorPage = mvc.perform(get("/admin/password").session(editor)).andReturn().getResponse()
			.getContentAsString();
		String adminPage = mvc.perform(get("/admin/password").session(admin)).andReturn().getResponse()
			.getContentAsString();

		assertThat(editorPage).contains("href=\"/admin\"", "href=\"/admin/password\"", "action=\"/admin/sign-out\"")
			.doesNotContain("href=\"/admin/accounts\"", "href=\"/admin/audit\"");
		// one menu on every admin page: the editing links here too, the current page marked
		assertThat(editorPage).contains("href=\"/admin/questions\"", "href=\"/admin/preview\"",
				"href=\"/admin/password\" aria-current=\"page\"");
		assertThat(editorPage.split("class=\"admin-nav\"", -1)).hasSize(2);
		assertThat(adminPage).contains("href=\"/admin/accounts\"", "href=\"/admin/audit\"");
		// the sign-out form carries a CSRF token
		assertThat(adminPage.substring(adminPage.indexOf("action=\"/admin/sign-out\""))).contains("name=\"_csrf\"");
	}

	private ResultActions signIn(String username, String password) throws Exception {
		return mvc.perform(post("/admin/sign-in").with(csrf()).param("username", username).param("password", password));
	}

	private long newestEventId() {
		return auditEvents.findAll().stream().mapToLong(AuditEvent::getId).max().orElse(0);
	}

	/** Events recorded since the one with this id, newest first. */
	private List<AuditEvent> eventsAfter(long id) {
		return auditEvents.findAll().stream()
			.filter(e -> e.getId() > id)
			.sorted(java.util.Comparator.comparing(AuditEvent::getId).reversed())
			.toList();
	}

	/** This actor's events of one kind, newest first. */
	private List<AuditEvent> events(String actor, AuditKind kind) {
		return auditEvents.findAll().stream()
			.filter(e -> e.getActor().equals(actor) && e.getKind() == kind)
			.sorted(java.util.Comparator.comparing(AuditEvent::getId).reversed())
			.toList();
	}
}
