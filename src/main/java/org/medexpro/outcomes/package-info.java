/**
 * Outcomes (point 5 of the 6-Point system): functional outcome measurements (performance
 * values, and questionnaires scored from their items), and per measure the baseline, the
 * latest value, the change and whether it is real (at least the MCID) and better.
 */
@ApplicationModule(displayName = "Outcomes", allowedDependencies = { "shared", "security", "audit", "clients", "knowledge" })
@NullMarked
package org.medexpro.outcomes;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
