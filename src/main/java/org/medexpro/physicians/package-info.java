/**
 * Medical relations: the referring physicians, their practices and how to reach them
 * (phone, fax, e-mail, the gatekeepers of their office), with their National Provider
 * Identifier; the referrals received, every communication, and the follow-ups.
 */
@ApplicationModule(displayName = "Physicians", allowedDependencies = { "shared", "security", "audit", "clients" })
@NullMarked
package org.medexpro.physicians;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
