package org.medexpro.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A recorded screen with its findings. Health information. */
public record Screen(UUID id, String formCode, String formVersion, LocalDate takenOn, String takenBy,
		List<ScreenFinding> findings) {
}
