/**
 * The second editor's approval of changes to what keeps people safe: which items those are
 * ({@link org.crossroads.admin.publishing.safety.SafetyItems}), who changed them, and who approved them.
 */
@NullMarked
package org.crossroads.admin.publishing.safety;

import org.jspecify.annotations.NullMarked;
