package org.medexpro.groups;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.medexpro.sessions.Attendance;

/**
 * A meeting's group log: whether each enrolled client came, the minutes of group training,
 * what the meeting covered, and notes (the same for every attendee's session log).
 */
public record GroupLogRequest(@NotEmpty Map<UUID, @NotNull Attendance> attendance, @NotNull @Min(1) @Max(240) Integer minutes,
		@Nullable @Size(max = 500) String topic, @Nullable @Size(max = 2000) String notes) {
}
