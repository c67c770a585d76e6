package org.crossroads.admin.publishing;

import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What publishing an old version again posts: an optional note. */
record RestoreForm(@Size(max = 2000, message = "{admin.error.too-long}") @Nullable String note) {
}
