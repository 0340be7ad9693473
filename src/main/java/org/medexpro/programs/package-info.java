/**
 * The exercise engine (points 2, 4, 5 and 6 of the 6-Point system): the contraindication
 * filter applied before any exercise is chosen, the indicated exercises ranked by the
 * client's protocol phase, deficits and goals, and programs that move to the next phase
 * only when recorded data meet its criteria. {@link org.medexpro.programs.ExerciseGuard}
 * is the one check for every place an exercise enters a client's care.
 */
@ApplicationModule(displayName = "Programs",
		allowedDependencies = { "shared", "security", "audit", "clients", "knowledge", "assessment", "outcomes" })
@NullMarked
package org.medexpro.programs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
