/**
 * Session logs, not SOAP notes: the pre-session safety gate (GO, HOLD or STOP from the
 * resting vitals, adjusted by the client's conditions and medications), logging on the gym
 * floor with every exercise passing the engine's guard, the exercise response flagged on the
 * spot, the 24-hour rule, sign-off, addenda that keep the original, and each client's trend
 * of pain, effort and attendance.
 */
@ApplicationModule(displayName = "Session logs",
		allowedDependencies = { "shared", "security", "audit", "clients", "knowledge", "assessment", "programs" })
@NullMarked
package org.medexpro.sessions;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
