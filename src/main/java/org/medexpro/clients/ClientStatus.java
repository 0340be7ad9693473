package org.medexpro.clients;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a client stands in the practice. The normal path is
 * {@code REFERRED → INTAKE → (CLEARANCE_REQUIRED →) ACTIVE → DISCHARGED}; a client can be
 * paused ({@code ON_HOLD}) and stepped down to {@code MAINTENANCE}.
 */
public enum ClientStatus {

	REFERRED("Referred"), INTAKE("Intake"), CLEARANCE_REQUIRED("Clearance required"), ACTIVE("Active"),
	MAINTENANCE("Maintenance"), ON_HOLD("On hold"), DISCHARGED("Discharged");

	private static final Map<ClientStatus, Set<ClientStatus>> NEXT = Map.of(
			REFERRED, EnumSet.of(INTAKE, ON_HOLD, DISCHARGED),
			INTAKE, EnumSet.of(CLEARANCE_REQUIRED, ACTIVE, ON_HOLD, DISCHARGED),
			CLEARANCE_REQUIRED, EnumSet.of(ACTIVE, ON_HOLD, DISCHARGED),
			ACTIVE, EnumSet.of(CLEARANCE_REQUIRED, MAINTENANCE, ON_HOLD, DISCHARGED),
			MAINTENANCE, EnumSet.of(ACTIVE, CLEARANCE_REQUIRED, ON_HOLD, DISCHARGED),
			ON_HOLD, EnumSet.of(INTAKE, CLEARANCE_REQUIRED, ACTIVE, MAINTENANCE, DISCHARGED),
			DISCHARGED, EnumSet.of(REFERRED, MAINTENANCE));

	private final String label;

	ClientStatus(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}

	/** The statuses a client in this status may move to. */
	public Set<ClientStatus> next() {
		return NEXT.get(this);
	}

	public boolean canMoveTo(ClientStatus other) {
		return next().contains(other);
	}

	/**
	 * The statuses staff may choose by hand. Clearance is not among them: a red flag puts a
	 * client into CLEARANCE_REQUIRED, and only a recorded physician clearance takes them out.
	 */
	public Set<ClientStatus> manualNext() {
		Set<ClientStatus> manual = EnumSet.copyOf(next());
		manual.remove(CLEARANCE_REQUIRED);
		if (this == CLEARANCE_REQUIRED) {
			manual.remove(ACTIVE);
			manual.remove(MAINTENANCE);
		}
		return manual;
	}

}
