/**
 * The “Today” home page: what the signed-in staff member needs first (their clients, a
 * client search, and for the owner the emergency accesses to review).
 */
@ApplicationModule(displayName = "Today", allowedDependencies = { "shared", "security", "clients", "sessions" })
@NullMarked
package org.medexpro.today;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
