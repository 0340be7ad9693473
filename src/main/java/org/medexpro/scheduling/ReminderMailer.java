package org.medexpro.scheduling;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.medexpro.shared.RuleViolationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mails an appointment reminder through the practice's SMTP server. The message says when
 * and with whom, and nothing of the client's health: e-mail is not a secure channel.
 */
@Component
class ReminderMailer {

	/** 422 rule: no SMTP server is configured. */
	static final String MAIL_UNAVAILABLE = "MAIL_UNAVAILABLE";

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.ENGLISH);

	private final ObjectProvider<JavaMailSender> sender;

	private final String from;

	private final String practice;

	private final String phone;

	ReminderMailer(ObjectProvider<JavaMailSender> sender, @Value("${medex.mail.from:reports@medexpro.invalid}") String from,
			@Value("${medex.practice.name:MedExPRO Practice}") String practice, @Value("${medex.practice.phone:}") String phone) {
		this.sender = sender;
		this.from = from;
		this.practice = practice;
		this.phone = phone;
	}

	/** @return whether the server took the message */
	boolean send(String to, ZonedDateTime start, String staffName) {
		JavaMailSender mail = sender.getIfAvailable();
		if (mail == null) {
			throw new RuleViolationException(MAIL_UNAVAILABLE,
					"No e-mail server is configured (spring.mail.host): call tomorrow's clients instead.");
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(to);
		message.setSubject("Your appointment at " + practice + " tomorrow");
		message.setText("This is a reminder of your appointment at " + practice + " on " + WHEN.format(start) + " with "
				+ staffName + ".\n\nIf you cannot come, please let us know" + (phone.isBlank() ? "" : " on " + phone)
				+ " so that we can offer the time to someone else.\n\n" + practice);
		try {
			mail.send(message);
			return true;
		}
		catch (MailException ex) {
			return false;
		}
	}

}
