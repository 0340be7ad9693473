package org.medexpro.reports;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.medexpro.shared.RuleViolationException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mails a document to a physician's office with its PDF attached, through the practice's
 * SMTP server ({@code spring.mail.*}; sender {@code medex.mail.from}). Without a server
 * configured, e-mail is refused with a clear message: send by fax or post instead.
 */
@Component
class DocumentMailer {

	/** 422 rule: no SMTP server is configured, or it refused the message. */
	static final String MAIL_UNAVAILABLE = "MAIL_UNAVAILABLE";

	private final ObjectProvider<JavaMailSender> sender;

	private final String from;

	DocumentMailer(ObjectProvider<JavaMailSender> sender,
			@Value("${medex.mail.from:reports@medexpro.invalid}") String from) {
		this.sender = sender;
		this.from = from;
	}

	void send(String to, String subject, String text, byte[] pdf, String fileName) {
		JavaMailSender mail = sender.getIfAvailable();
		if (mail == null) {
			throw new RuleViolationException(MAIL_UNAVAILABLE, "No e-mail server is configured (spring.mail.host): "
					+ "send the document by fax or post and record that it went.");
		}
		try {
			MimeMessage message = mail.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
			helper.setFrom(from);
			helper.setTo(to);
			helper.setSubject(subject);
			helper.setText(text);
			helper.addAttachment(fileName, new ByteArrayResource(pdf), "application/pdf");
			mail.send(message);
		}
		catch (MessagingException | MailException ex) {
			throw new RuleViolationException(MAIL_UNAVAILABLE, "The e-mail server did not take the message ("
					+ ex.getClass().getSimpleName() + "): nothing was sent; try again or send by fax.");
		}
	}

}
