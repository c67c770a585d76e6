/**
 * Translating the texts of the draft: what each language still lacks or has outdated, a form for each
 * text, which texts keep people safe (and so must be translated before a publish or before a language
 * goes live), and switching languages on or off for visitors.
 */
@NullMarked
package org.crossroads.admin.translations;

import org.jspecify.annotations.NullMarked;
