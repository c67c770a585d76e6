/**
 * The audit trail: records admin events and shows them to administrators.
 */
@NullMarked
package org.crossroads.audit;

import org.jspecify.annotations.NullMarked;
