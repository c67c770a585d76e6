package org.crossroads.security;

import org.crossroads.accounts.AccountRepository;
import org.crossroads.accounts.AccountPrincipal;
import org.crossroads.accounts.Account;
import org.crossroads.accounts.PasswordPolicy;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.web.filter.OncePerRequestFilter;

import org.jspecify.annotations.Nullable;

/**
 * Runs on every admin request after authorization: a session whose account has been disabled
 * or removed, or that has outlived its absolute lifetime (however active it has been), ends at
 * once, and an account that must change its password is sent to the
 * password page from anywhere else. Authentications not made by the sign-in form (test users)
 * pass untouched. Deliberately not a bean, so it is not also registered for every request.
 */
final class AccountStateFilter extends OncePerRequestFilter {

	private static final Set<String> OPEN_WHILE_PASSWORD_MUST_CHANGE = Set.of(PasswordPolicy.CHANGE_PAGE,
			"/admin/sign-out", "/admin/sign-in");

	/** When the session signed in: an {@link Instant} of the application clock. */
	static final String SIGNED_IN_AT = AccountStateFilter.class.getName() + ".signedInAt";

	private final AccountRepository accounts;

	private final Clock clock;

	private final Duration sessionLifetime;

	AccountStateFilter(AccountRepository accounts, Clock clock, Duration sessionLifetime) {
		this.accounts = accounts;
		this.clock = clock;
		this.sessionLifetime = sessionLifetime;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			Optional<Account> account = accounts.findById(principal.accountId());
			if (account.isEmpty() || !account.get().isEnabled() || outlived(request.getSession(false))) {
				new SecurityContextLogoutHandler().logout(request, response, authentication);
				response.sendRedirect(request.getContextPath() + "/admin/sign-in?ended");
				return;
			}
			String path = request.getRequestURI().substring(request.getContextPath().length());
			if (account.get().isMustChangePassword() && !OPEN_WHILE_PASSWORD_MUST_CHANGE.contains(path)) {
				response.sendRedirect(request.getContextPath() + PasswordPolicy.CHANGE_PAGE);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * Counts from the sign-in, kept in the session so every node sees the same start. A session
	 * signed in without a start (made by an older release) starts counting now.
	 */
	private boolean outlived(@Nullable HttpSession session) {
		if (session == null) {
			return false;
		}
		Instant now = clock.instant();
		if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt)) {
			session.setAttribute(SIGNED_IN_AT, now);
			return false;
		}
		return !now.isBefore(signedInAt.plus(sessionLifetime));
	}
}
