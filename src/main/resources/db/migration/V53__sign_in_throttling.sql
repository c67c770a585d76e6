-- Failed sign-ins are throttled in memory per address and per account name instead of locking the
-- account (a lock let anyone shut an editor out): the failure count and the lock go.
ALTER TABLE admin_account DROP CONSTRAINT admin_account_failures_not_negative;
ALTER TABLE admin_account DROP COLUMN failed_attempts;
ALTER TABLE admin_account DROP COLUMN locked_until;
