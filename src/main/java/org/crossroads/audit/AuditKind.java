package org.crossroads.audit;

/** The kinds of event the audit trail records. */
public enum AuditKind {
	SIGN_IN, SIGN_IN_FAILED, SIGN_OUT, EDIT, PUBLISH, RESTORE, ACCOUNT_CHANGE, PASSWORD_CHANGE,
	/** A second editor approved a draft's changes to what keeps people safe; a later change withdrew it. */
	SAFETY_APPROVAL, SAFETY_APPROVAL_WITHDRAWN
}
