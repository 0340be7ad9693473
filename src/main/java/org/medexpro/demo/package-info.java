/**
 * The living demo: with the {@code demo} profile, an empty practice is filled with a
 * realistic fictional one (staff of every role, physicians, about forty clients in every
 * status), so a new user sees a working system. Every person in it is invented.
 */
@ApplicationModule(displayName = "Demo practice", allowedDependencies = { "shared", "security", "clients", "physicians", "assessment", "outcomes", "scheduling" })
@NullMarked
package org.medexpro.demo;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
