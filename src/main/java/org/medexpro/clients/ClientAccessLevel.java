package org.medexpro.clients;

/**
 * How much of a client's record the signed-in staff member may see: nothing, the contact
 * data (front desk, billing), or the clinical record (the owner, the care team, or a
 * trainer with a current break-glass access).
 */
public enum ClientAccessLevel {

	NONE, CONTACT, CLINICAL;

	public boolean allows(ClientAccessLevel needed) {
		return compareTo(needed) >= 0;
	}

}
