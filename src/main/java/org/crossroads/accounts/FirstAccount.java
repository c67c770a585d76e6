package org.crossroads.accounts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

import org.crossroads.CrossroadsSettings;

/**
 * At startup, creates the first ADMIN account when no account exists, from
 * crossroads.admin.username / crossroads.admin.password (CROSSROADS_ADMIN_USERNAME / _PASSWORD).
 * Without a password, a random one-time password is logged this once. There is no default password.
 */
@Component
class FirstAccount implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAccount.class);

	private final AccountService accounts;

	private final String username;

	private final String password;

	@Autowired
	FirstAccount(AccountService accounts, CrossroadsSettings settings) {
		this(accounts, settings.admin());
	}

	FirstAccount(AccountService accounts, CrossroadsSettings.Admin admin) {
		this.accounts = accounts;
		this.username = admin.username();
		this.password = admin.password();
	}

	@Override
	public void run(ApplicationArguments args) {
		try {
			accounts.createFirstAccount(username, password).ifPresent(created -> {
				if (created.temporaryPassword() != null) {
					log.warn("Created the first admin account '{}' with the one-time password: {}  "
							+ "(shown only now; it must be changed at the first sign-in at /admin/sign-in)",
							created.username(), created.temporaryPassword());
				}
				else {
					log.info("Created the first admin account '{}' from crossroads.admin.username/password",
							created.username());
				}
			});
		}
		catch (DataIntegrityViolationException raced) {
			log.info("The first admin account was created by another node at the same time");
		}
	}
}
