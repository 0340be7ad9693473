/**
 * Staff accounts, roles, passwords and personal API tokens; login for the pages (form,
 * CSRF, idle logout) and for the API (HTTP Basic, Bearer tokens); lock-out after repeated
 * failed logins; security headers. Roles are enforced on every handler with
 * {@code @PreAuthorize}, and a test checks that no handler lacks one.
 */
@ApplicationModule(displayName = "Security", allowedDependencies = { "shared", "audit" })
@NullMarked
package org.medexpro.security;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
