package org.medexpro.physicians.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.medexpro.shared.PhoneNumber;
import org.medexpro.physicians.ContactChannel;
import org.medexpro.physicians.Physician;
import org.medexpro.physicians.PhysicianData;

/** A physician as the page form and the JSON API send it. */
public class PhysicianForm {

	static final String PHONE = PhoneNumber.PATTERN;

	@NotBlank
	@Size(max = 200)
	private @Nullable String name;

	@Size(max = 200)
	private @Nullable String practice;

	@Size(max = 40)
	@Pattern(regexp = PHONE, message = "must be a phone number")
	private @Nullable String phone;

	@Size(max = 40)
	@Pattern(regexp = PHONE, message = "must be a fax number")
	private @Nullable String fax;

	@Email
	@Size(max = 254)
	private @Nullable String email;

	@Pattern(regexp = "^$|^[0-9]{10}$", message = "must be 10 digits")
	private @Nullable String npi;

	private @Nullable ContactChannel preferredContact;

	private @Nullable Integer version;

	static PhysicianForm of(Physician physician) {
		PhysicianForm form = new PhysicianForm();
		form.name = physician.name();
		form.practice = physician.practice();
		form.phone = physician.phone();
		form.fax = physician.fax();
		form.email = physician.email();
		form.npi = physician.npi();
		form.preferredContact = physician.preferredContact();
		form.version = physician.version();
		return form;
	}

	@SuppressWarnings("NullAway")
	PhysicianData toData() {
		return new PhysicianData(name, practice, phone, fax, email, npi, preferredContact);
	}

	public @Nullable ContactChannel getPreferredContact() { return preferredContact; }
	public void setPreferredContact(@Nullable ContactChannel preferredContact) { this.preferredContact = preferredContact; }
	public @Nullable String getName() { return name; }
	public void setName(@Nullable String name) { this.name = name; }
	public @Nullable String getPractice() { return practice; }
	public void setPractice(@Nullable String practice) { this.practice = practice; }
	public @Nullable String getPhone() { return phone; }
	public void setPhone(@Nullable String phone) { this.phone = phone; }
	public @Nullable String getFax() { return fax; }
	public void setFax(@Nullable String fax) { this.fax = fax; }
	public @Nullable String getEmail() { return email; }
	public void setEmail(@Nullable String email) { this.email = email; }
	public @Nullable String getNpi() { return npi; }
	public void setNpi(@Nullable String npi) { this.npi = npi; }
	public @Nullable Integer getVersion() { return version; }
	public void setVersion(@Nullable Integer version) { this.version = version; }

}
