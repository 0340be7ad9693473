package org.medexpro.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;

import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf document template to PDF. The renderer loads nothing from outside:
 * every resource URI is refused, so text a user typed can never make it fetch a file or
 * call a server (ASVS 1.3.6).
 */
@Component
public class PdfRenderer {

	private final TemplateEngine templates;

	public PdfRenderer(TemplateEngine templates) {
		this.templates = templates;
	}

	/** The number of pages of a PDF (a one-page document checks that it still is one). */
	public static int pages(byte[] pdf) {
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			return document.getNumberOfPages();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public byte[] render(String template, Context context) {
		String html = templates.process(template, context);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			new PdfRendererBuilder().useFastMode()
				.withHtmlContent(html, null)
				.useSVGDrawer(new BatikSVGDrawer())
				.useUriResolver((base, uri) -> null)
				.toStream(out)
				.run();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
