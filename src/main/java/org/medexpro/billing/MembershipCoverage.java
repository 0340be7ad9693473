package org.medexpro.billing;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.medexpro.billing.internal.MembershipRepository;
import org.medexpro.billing.internal.MembershipRepository.MembershipRow;
import org.medexpro.billing.internal.MembershipRepository.PlanRow;
import org.medexpro.sessions.Attendance;
import org.medexpro.sessions.BillableSession;
import org.springframework.stereotype.Component;

/**
 * Which of a member's sessions their membership pays for: in each month it covers, the
 * first sessions attended, up to the plan's included sessions; the rest are invoiced.
 */
@Component
class MembershipCoverage {

	private final MembershipRepository memberships;

	MembershipCoverage(MembershipRepository memberships) {
		this.memberships = memberships;
	}

	Set<UUID> covered(UUID clientId, List<BillableSession> sessions) {
		List<Membership> held = memberships.ofClient(clientId).stream().map(this::membership).toList();
		Set<UUID> covered = new HashSet<>();
		if (held.isEmpty()) {
			return covered;
		}
		Map<String, Integer> usedByMonth = new HashMap<>();
		sessions.stream()
			.filter(s -> s.attendance() == Attendance.ATTENDED)
			.sorted(Comparator.comparing(BillableSession::startedAt))
			.forEach(s -> held.stream().filter(m -> m.covers(s.serviceDate())).findFirst().ifPresent(m -> {
				String key = m.id() + " " + YearMonth.from(s.serviceDate());
				int used = usedByMonth.getOrDefault(key, 0);
				if (used < m.includedSessions()) {
					usedByMonth.put(key, used + 1);
					covered.add(s.id());
				}
			}));
		return covered;
	}

	Membership membership(MembershipRow row) {
		PlanRow plan = memberships.plan(row.planId()).orElseThrow();
		return new Membership(row.id(), row.clientId(), row.planId(), plan.name(), Money.ofCents(plan.monthlyFeeCents()),
				plan.includedSessions(), row.startsOn(), Membership.Status.valueOf(row.status()), row.pausedOn(),
				row.cancelledOn(), row.version());
	}

}
