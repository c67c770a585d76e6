/**
 * Immutable snapshots of what was published: read by the site, the assessment and the admin area,
 * so exposed as the module's "published" interface. A node is ready for visitors once a snapshot is
 * loaded (the "publishedContent" health indicator in the readiness group).
 */
@NamedInterface("published")
@NullMarked
package org.crossroads.ruleset.published;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
