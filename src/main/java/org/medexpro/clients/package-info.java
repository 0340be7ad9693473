/**
 * The client registry: demographics, contact and emergency contact, consent to share
 * information with the referring physician, the status lifecycle, the care team and
 * emergency (“break-glass”) access. Guards minimum-necessary access: front desk and
 * billing see contact data only, a trainer sees the clients on their care team, and every
 * read and write is audited.
 */
@ApplicationModule(displayName = "Clients", allowedDependencies = { "shared", "security", "audit" })
@NullMarked
package org.medexpro.clients;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
