package org.medexpro.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.medexpro.clients.ClientListItem;
import org.medexpro.clients.ClientService;
import org.medexpro.clients.ClientStatus;
import org.medexpro.physicians.PhysicianService;
import org.medexpro.security.Role;
import org.medexpro.security.StaffService;
import org.medexpro.support.Fixtures;
import org.medexpro.support.MedexIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

@MedexIntegrationTest
class DemoPracticeTests {

	@Autowired
	DemoPractice demo;

	@Autowired
	StaffService staff;

	@Autowired
	ClientService clients;

	@Autowired
	PhysicianService physicians;

	@Autowired
	org.medexpro.scheduling.SchedulingService scheduling;

	@Test
	void fillsAPracticeWithStaffOfEveryRolePhysiciansAndClientsInEveryStatus() {
		Fixtures.as("owner", Set.of(Role.OWNER), () -> demo.populate(40));
		for (Role role : Role.values()) {
			assertThat(staff.withRole(role)).as(role.name()).isNotEmpty();
		}
		assertThat(physicians.search("Dr.")).hasSizeGreaterThanOrEqualTo(6);
		var sam = Fixtures.as("sam.chen", Set.of(Role.TRAINER), () -> clients.search(""));
		assertThat(sam).hasSizeGreaterThanOrEqualTo(20);
		assertThat(Fixtures.as("owner", Set.of(Role.OWNER), () -> clients.count())).isGreaterThanOrEqualTo(40);
		var statuses = Fixtures.as("alex.rivera", Set.of(Role.TRAINER), () -> clients.search("")).stream()
			.map(ClientListItem::status)
			.collect(java.util.stream.Collectors.toSet());
		statuses.addAll(sam.stream().map(ClientListItem::status).toList());
		assertThat(statuses).containsExactlyInAnyOrder(ClientStatus.values());
		// The calendar has the coming weeks' training of the clients in training.
		java.time.LocalDate tomorrow = java.time.LocalDate.now().plusDays(1);
		var week = Fixtures.as("owner", Set.of(Role.OWNER), () -> scheduling.calendar(tomorrow, tomorrow.plusDays(7), "sam.chen"));
		assertThat(week).hasSizeGreaterThanOrEqualTo(4).allMatch(e -> e.visible());
	}

}
