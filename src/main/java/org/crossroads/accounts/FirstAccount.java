package org.crossroads.accounts;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

import org.crossroads.CrossroadsSettings;

/**
 * At startup, creates the first ADMIN account when no account exists, from
 * crossroads.admin.username / crossroads.admin.password (CROSSROADS_ADMIN_USERNAME / _PASSWORD).
 * There is no default password: without one, a random one-time password is written to
 * {@value #PASSWORD_FILE} in crossroads.data-dir, readable by the app's user only, and never to
 * the log. The file is deleted at that account's first sign-in, or at a later start once the
 * account no longer needs to change its password (when the sign-in went to another node).
 */
@Component
class FirstAccount implements ApplicationRunner {

	static final String PASSWORD_FILE = "first-admin-password";

	private static final Logger log = LoggerFactory.getLogger(FirstAccount.class);

	private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

	private final AccountService accounts;

	private final String username;

	private final String password;

	private final Path passwordFile;

	@Autowired
	FirstAccount(AccountService accounts, CrossroadsSettings settings) {
		this(accounts, settings.admin(), Path.of(settings.dataDir()));
	}

	FirstAccount(AccountService accounts, CrossroadsSettings.Admin admin, Path dataDir) {
		this.accounts = accounts;
		this.username = Usernames.normalize(admin.username());
		this.password = admin.password();
		this.passwordFile = dataDir.resolve(PASSWORD_FILE).toAbsolutePath();
	}

	@Override
	public void run(ApplicationArguments args) {
		boolean[] written = { false };
		try {
			accounts.createFirstAccount(username, password, created -> {
				if (created.temporaryPassword() != null) {
					write(created.temporaryPassword());
					written[0] = true;
				}
			}).ifPresentOrElse(created -> {
				if (created.temporaryPassword() != null) {
					log.warn("Created the first admin account '{}'. Its one-time password is in the file {}, readable "
							+ "by this user only; it must be changed at the first sign-in at /admin/sign-in, which deletes "
							+ "the file", created.username(), passwordFile);
				}
				else {
					log.info("Created the first admin account '{}' from crossroads.admin.username/password",
							created.username());
				}
			}, this::deleteFileOnceUsed);
		}
		catch (DataIntegrityViolationException raced) {
			anotherNodeWasFirst(written[0]);
		}
		catch (AccountService.RefusedException refused) {
			// another node committed the same account between the count and the insert
			if (refused.refusal() != AccountService.Refusal.USERNAME_TAKEN) {
				throw refused;
			}
			anotherNodeWasFirst(written[0]);
		}
	}

	private void anotherNodeWasFirst(boolean written) {
		if (written) {
			delete("the account was not made");
		}
		log.info("The first admin account was created by another node at the same time");
	}

	/** The first account has signed in with its one-time password, so the file has done its work. */
	@EventListener
	void signedIn(AuthenticationSuccessEvent event) {
		if (username.equals(Usernames.normalize(event.getAuthentication().getName()))) {
			delete("the first admin account has signed in");
		}
	}

	Path passwordFile() {
		return passwordFile;
	}

	private void deleteFileOnceUsed() {
		if (Files.exists(passwordFile)
				&& !accounts.findByUsername(username).map(Account::isMustChangePassword).orElse(false)) {
			delete("the first admin account has changed its one-time password");
		}
	}

	/** Inside the account's transaction: if the password cannot be handed over, there is no account. */
	private void write(String oneTimePassword) {
		try {
			Files.createDirectories(passwordFile.getParent());
			// one left by an earlier database in this directory would name a password that no longer works
			Files.deleteIfExists(passwordFile);
			try {
				Files.createFile(passwordFile, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
			}
			catch (UnsupportedOperationException notPosix) {
				Files.createFile(passwordFile);
				File file = passwordFile.toFile();
				boolean restricted = file.setReadable(false, false) & file.setWritable(false, false)
						& file.setReadable(true, true) & file.setWritable(true, true);
				log.warn("{} is on a file system without POSIX permissions{}: make sure only the app's user can read it",
						passwordFile, restricted ? "" : " and could not be restricted");
			}
			Files.writeString(passwordFile, oneTimePassword + System.lineSeparator(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write the first admin account's one-time password to " + passwordFile
					+ ": make crossroads.data-dir writable, or set crossroads.admin.password", ex);
		}
	}

	private void delete(String why) {
		try {
			if (Files.deleteIfExists(passwordFile)) {
				log.info("Deleted {}: {}", passwordFile, why);
			}
		}
		catch (IOException ex) {
			log.warn("Could not delete {} ({}): delete it by hand", passwordFile, ex.toString());
		}
	}
}
