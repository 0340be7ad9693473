/**
 * Scheduling: the calendar of each staff member and of the practice, appointments of a
 * kind (assessment, one-to-one, group, re-assessment), recurring series, confirmations,
 * check-in, cancellations and no-shows, reminders. No staff member and no client is ever
 * booked twice at once: the database refuses it, however many bookings arrive together.
 * A client waiting for a physician's clearance has no training booked. An appointment is
 * marked attended by its session log; a no-show is logged as the client's attendance.
 */
@ApplicationModule(displayName = "Scheduling", allowedDependencies = { "shared", "security", "audit", "clients", "sessions" })
@NullMarked
package org.medexpro.scheduling;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
