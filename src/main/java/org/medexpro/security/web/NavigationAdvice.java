package org.medexpro.security.web;

import org.medexpro.security.CurrentStaff;
import org.medexpro.security.Role;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page who is signed in, so the layout shows only what their roles allow. */
@ControllerAdvice(annotations = Controller.class)
class NavigationAdvice {

	/** The signed-in staff member as the layout needs them. */
	record Navigation(String username, boolean owner, boolean trainer, boolean frontDesk, boolean billing) {

		public boolean registers() {
			return owner || trainer || frontDesk;
		}

	}

	@ModelAttribute("nav")
	Navigation navigation() {
		return new Navigation(CurrentStaff.username(), CurrentStaff.has(Role.OWNER), CurrentStaff.has(Role.TRAINER),
				CurrentStaff.has(Role.FRONT_DESK), CurrentStaff.has(Role.BILLING));
	}

}
