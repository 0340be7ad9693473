package org.medexpro.billing;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The practice as superbills and claims name it ({@code medex.practice.*}): name, address,
 * phone, federal tax ID and NPI (if any), and where services take place (CMS place of
 * service 11, office). Settings, not data: they belong to the deployment.
 */
@Component
public class BillingProvider {

	private final String name;

	private final String addressLine;

	private final String city;

	private final String state;

	private final String postalCode;

	private final String phone;

	private final String taxId;

	private final String npi;

	private final String placeOfService;

	BillingProvider(@Value("${medex.practice.name:MedExPRO Practice}") String name,
			@Value("${medex.practice.address-line:}") String addressLine, @Value("${medex.practice.city:}") String city,
			@Value("${medex.practice.state:}") String state, @Value("${medex.practice.postal-code:}") String postalCode,
			@Value("${medex.practice.phone:}") String phone, @Value("${medex.practice.tax-id:}") String taxId,
			@Value("${medex.practice.npi:}") String npi, @Value("${medex.practice.place-of-service:11}") String placeOfService) {
		this.name = name;
		this.addressLine = addressLine;
		this.city = city;
		this.state = state;
		this.postalCode = postalCode;
		this.phone = phone;
		this.taxId = taxId;
		this.npi = npi;
		this.placeOfService = placeOfService;
	}

	public String name() {
		return name;
	}

	public String addressLine() {
		return addressLine;
	}

	public String city() {
		return city;
	}

	public String state() {
		return state;
	}

	public String postalCode() {
		return postalCode;
	}

	public String phone() {
		return phone;
	}

	public String taxId() {
		return taxId;
	}

	public String npi() {
		return npi;
	}

	public String placeOfService() {
		return placeOfService;
	}

	/** The practice address on one line, such as 12 Main Street, Riverton, ME 04001, or what of it is set. */
	public String address() {
		String cityLine = (city + (state.isBlank() ? "" : ", " + state) + (postalCode.isBlank() ? "" : " " + postalCode)).strip();
		return String.join(", ", java.util.stream.Stream.of(addressLine, cityLine).filter(s -> !s.isBlank()).toList());
	}

}
