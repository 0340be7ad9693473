package org.medexpro.scheduling;

/**
 * An appointment as a calendar shows it.
 *
 * @param title the client's name where the viewer may see it, the group's title for a
 * group meeting, or only "Booked" for a client outside a trainer's care team
 * @param visible whether the viewer may open the appointment
 */
public record CalendarEntry(Appointment appointment, String title, boolean visible) {
}
