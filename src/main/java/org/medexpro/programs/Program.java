package org.medexpro.programs;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A client's exercise program: a protocol, its current phase, the exercises with their
 * dose, and the phase's criteria with their status.
 */
public record Program(UUID id, UUID clientId, String protocolCode, String protocolName, String conditionCode, int phase,
		String phaseName, int phases, List<String> goals, int rpeLow, int rpeHigh, LocalDate startedOn, LocalDate phaseStartedOn,
		ProgramStatus status, int version, List<ProgramEntry> exercises, List<CriterionStatus> criteria) {

	public boolean lastPhase() {
		return phase >= phases;
	}

	public boolean criteriaMet() {
		return criteria.stream().allMatch(CriterionStatus::met);
	}

}
