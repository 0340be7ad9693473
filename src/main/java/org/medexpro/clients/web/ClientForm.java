package org.medexpro.clients.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.medexpro.shared.PhoneNumber;
import org.medexpro.clients.ClientData;
import org.medexpro.clients.ClientDetails;
import org.medexpro.clients.Sex;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A client's registry data as the page form and the JSON API send it. {@code version}
 * is the version the edit was made on (ignored when registering).
 */
public class ClientForm {

	static final String PHONE = PhoneNumber.PATTERN;

	static final String PHONE_MESSAGE = "must be a phone number (digits, spaces, + ( ) - . /)";

	@NotBlank
	@Size(max = 100)
	private @Nullable String firstName;

	@NotBlank
	@Size(max = 100)
	private @Nullable String lastName;

	@NotNull
	@Past(message = "must be in the past")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate dateOfBirth;

	@NotNull
	private @Nullable Sex sex;

	@Email
	@Size(max = 254)
	private @Nullable String email;

	@Size(max = 40)
	@Pattern(regexp = PHONE, message = PHONE_MESSAGE)
	private @Nullable String phone;

	@Size(max = 200)
	private @Nullable String addressLine;

	@Size(max = 100)
	private @Nullable String city;

	@Pattern(regexp = "[A-Za-z]{2}", message = "must be a two-letter state code such as ME")
	private @Nullable String state;

	@Size(max = 20)
	private @Nullable String postalCode;

	@Size(max = 200)
	private @Nullable String emergencyContactName;

	@Size(max = 40)
	@Pattern(regexp = PHONE, message = PHONE_MESSAGE)
	private @Nullable String emergencyContactPhone;

	@Size(max = 60)
	private @Nullable String emergencyContactRelationship;

	private @Nullable Boolean consentToShare;

	@PastOrPresent(message = "must not be in the future")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private @Nullable LocalDate consentDate;

	private @Nullable Integer version;

	static ClientForm of(ClientDetails client) {
		ClientForm form = new ClientForm();
		form.firstName = client.firstName();
		form.lastName = client.lastName();
		form.dateOfBirth = client.dateOfBirth();
		form.sex = client.sex();
		form.email = client.email();
		form.phone = client.phone();
		form.addressLine = client.addressLine();
		form.city = client.city();
		form.state = client.state();
		form.postalCode = client.postalCode();
		form.emergencyContactName = client.emergencyContactName();
		form.emergencyContactPhone = client.emergencyContactPhone();
		form.emergencyContactRelationship = client.emergencyContactRelationship();
		form.consentToShare = client.consentToShare();
		form.consentDate = client.consentDate();
		form.version = client.version();
		return form;
	}

	/** Only call after validation: the required fields are then present. */
	@SuppressWarnings("NullAway")
	ClientData toData() {
		return new ClientData(firstName, lastName, dateOfBirth, sex, email, phone, addressLine, city, state, postalCode,
				emergencyContactName, emergencyContactPhone, emergencyContactRelationship, consentToShare, consentDate);
	}

	public @Nullable String getFirstName() { return firstName; }
	public void setFirstName(@Nullable String firstName) { this.firstName = firstName; }
	public @Nullable String getLastName() { return lastName; }
	public void setLastName(@Nullable String lastName) { this.lastName = lastName; }
	public @Nullable LocalDate getDateOfBirth() { return dateOfBirth; }
	public void setDateOfBirth(@Nullable LocalDate dateOfBirth) { this.dateOfBirth = dateOfBirth; }
	public @Nullable Sex getSex() { return sex; }
	public void setSex(@Nullable Sex sex) { this.sex = sex; }
	public @Nullable String getEmail() { return email; }
	public void setEmail(@Nullable String email) { this.email = email; }
	public @Nullable String getPhone() { return phone; }
	public void setPhone(@Nullable String phone) { this.phone = phone; }
	public @Nullable String getAddressLine() { return addressLine; }
	public void setAddressLine(@Nullable String addressLine) { this.addressLine = addressLine; }
	public @Nullable String getCity() { return city; }
	public void setCity(@Nullable String city) { this.city = city; }
	public @Nullable String getState() { return state; }
	public void setState(@Nullable String state) { this.state = state == null || state.isBlank() ? null : state.strip(); }
	public @Nullable String getPostalCode() { return postalCode; }
	public void setPostalCode(@Nullable String postalCode) { this.postalCode = postalCode; }
	public @Nullable String getEmergencyContactName() { return emergencyContactName; }
	public void setEmergencyContactName(@Nullable String name) { this.emergencyContactName = name; }
	public @Nullable String getEmergencyContactPhone() { return emergencyContactPhone; }
	public void setEmergencyContactPhone(@Nullable String phone) { this.emergencyContactPhone = phone; }
	public @Nullable String getEmergencyContactRelationship() { return emergencyContactRelationship; }
	public void setEmergencyContactRelationship(@Nullable String relationship) { this.emergencyContactRelationship = relationship; }
	public @Nullable Boolean getConsentToShare() { return consentToShare; }
	public void setConsentToShare(@Nullable Boolean consentToShare) { this.consentToShare = consentToShare; }
	public @Nullable LocalDate getConsentDate() { return consentDate; }
	public void setConsentDate(@Nullable LocalDate consentDate) { this.consentDate = consentDate; }
	public @Nullable Integer getVersion() { return version; }
	public void setVersion(@Nullable Integer version) { this.version = version; }

}
