/**
 * Group programs: finite, education-based courses per condition ("Diabetes & Exercise",
 * 8 sessions) with a capacity and a waitlist promoted in order when a place frees up; each
 * client's eligibility checked against the exercise engine (a client whose conditions
 * contraindicate the group's exercises is warned); the meetings on the calendar; the group
 * log of each meeting, which is a session log for each attendee (signed, 24-hour rule,
 * billed as group training).
 */
@ApplicationModule(displayName = "Group programs", allowedDependencies = { "shared", "security", "audit", "clients",
		"knowledge", "assessment", "programs", "sessions", "scheduling" })
@NullMarked
package org.medexpro.groups;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
