package org.crossroads.admin.publishing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What publishing the draft posts: the note the history shows. */
record PublishForm(
		@NotBlank(message = "{admin.error.note}") @Size(max = 2000, message = "{admin.error.too-long}") String note) {
}
