package org.medexpro.shared;

/** The shape of a phone or fax number on a form: digits, spaces and + ( ) - . / (or nothing). */
public final class PhoneNumber {

	public static final String PATTERN = "^$|^[+0-9][0-9 ()./-]{2,39}$";

	private PhoneNumber() {
	}

}
