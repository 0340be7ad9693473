/**
 * Assessment (point 3 of the 6-Point system): the MET-Q intake, the client's conditions
 * and category (the 365-day rule), red flags and physician clearance, the musculoskeletal
 * screen and the functional goals. Guards invariant 2: a client with an unresolved red
 * flag, or a Post Rehab client without a referral, is not trained until a clearance is
 * recorded ({@link org.medexpro.assessment.TrainingGuard}).
 */
@ApplicationModule(displayName = "Assessment",
		allowedDependencies = { "shared", "security", "audit", "clients", "knowledge", "physicians" })
@NullMarked
package org.medexpro.assessment;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
