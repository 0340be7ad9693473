/**
 * Medical relations: the referring physicians, their practices and how to reach them
 * (phone, fax, e-mail), with their National Provider Identifier.
 */
@ApplicationModule(displayName = "Physicians", allowedDependencies = { "shared", "security", "audit" })
@NullMarked
package org.medexpro.physicians;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
