package org.medexpro.scheduling;

import org.medexpro.clients.ClientStatus;
import org.medexpro.clients.ClientStatusChanged;
import org.medexpro.sessions.SessionLogSaved;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the calendar in step with the client's status and session logs, in the transaction
 * that changes them: a client who comes to need a clearance, or is discharged, has their
 * training cancelled; an appointment is attended (or missed) as its session log says.
 */
@Component
class StatusListener {

	private final SchedulingService scheduling;

	StatusListener(SchedulingService scheduling) {
		this.scheduling = scheduling;
	}

	@EventListener
	void on(ClientStatusChanged event) {
		if (event.to() == ClientStatus.CLEARANCE_REQUIRED) {
			scheduling.cancelTrainingOf(event.clientId(), "Clearance required: waiting for the physician");
		}
		else if (event.to() == ClientStatus.DISCHARGED) {
			scheduling.cancelTrainingOf(event.clientId(), "Discharged");
		}
	}

	@EventListener
	void on(SessionLogSaved event) {
		scheduling.sessionLogged(event);
	}

}
