/**
 * The languages visitors read the site in, as data: which exist, which are live, and the one a request
 * is answered in (from {@code ?lang=}, then Accept-Language, then the source language). The choice
 * travels in the address, never in a cookie: every link and form of a page keeps it.
 */
@ApplicationModule(allowedDependencies = {})
@NullMarked
package org.crossroads.language;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
