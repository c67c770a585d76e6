package org.crossroads.audit;

/** The kinds of event the audit trail records. */
public enum AuditKind {
	SIGN_IN, SIGN_IN_FAILED, SIGN_OUT, EDIT, PUBLISH, RESTORE, ACCOUNT_CHANGE, PASSWORD_CHANGE
}
