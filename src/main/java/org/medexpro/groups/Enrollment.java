package org.medexpro.groups;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A client's place in a group (API.md {@code POST /group-programs/{id}/enrollments}).
 *
 * @param waitlistPlace for a client on the waitlist, their place in it (1 is next)
 * @param warnings what the exercise engine found against the group's exercises for this
 * client, and a condition that is not the group's: the professional decides
 */
public record Enrollment(UUID groupId, UUID clientId, EnrollmentStatus status, @Nullable Integer waitlistPlace,
		List<String> warnings, OffsetDateTime requestedAt, @Nullable OffsetDateTime enrolledAt) {
}
