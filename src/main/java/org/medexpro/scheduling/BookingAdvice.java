package org.medexpro.scheduling;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What another module has to tell whoever books a client (billing: a pre-authorisation that
 * runs out or does not cover the day). Advice shown with the booking, never a refusal.
 */
public interface BookingAdvice {

	/** The advice for booking this client up to this day, in plain words (none: an empty list). */
	List<String> adviceFor(UUID clientId, LocalDate lastDay);

}
