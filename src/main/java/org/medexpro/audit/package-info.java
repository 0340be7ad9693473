/**
 * The audit trail: every read and write of client health information, every login and
 * every emergency (“break-glass”) access, written in the same transaction as the access
 * (fail closed), append-only and hash-chained so that a verifier finds the first
 * tampered entry.
 */
@ApplicationModule(displayName = "Audit trail", allowedDependencies = { "shared" })
@NullMarked
package org.medexpro.audit;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
