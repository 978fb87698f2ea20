package dk.skoletjenesten.katalog.finishing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import org.xhtmlrenderer.pdf.ITextRenderer;

/** Small clean CMYK PDFs rendered by Flying Saucer, as the pipeline's {@code pdf} stage would. */
public final class RenderedPdf {
  private static final String FONTS = "/dk/skoletjenesten/katalog/fonts/";

  private RenderedPdf() {}

  /** An A4 + 3 mm bleed document of {@code pages} pages, embedded DejaVu Sans, CMYK only. */
  public static byte[] a4(int pages) {
    StringBuilder body = new StringBuilder();
    for (int i = 1; i <= pages; i++) {
      body.append(i == 1 ? "<div>" : "<div style='page-break-before: always'>")
          .append("<h1>Skoletjenesten ")
          .append(i)
          .append("</h1>")
          .append("<div class='box'><p>Æblegrød på Østerbro – 7.–9. klasse, side ")
          .append(i)
          .append("</p></div></div>");
    }
    return render(xhtml(body.toString()));
  }

  static String xhtml(String body) {
    return "<html><head><style>"
        + "@font-face { font-family: 'DejaVu Sans'; src: url('DejaVuSans.ttf');"
        + " -fs-pdf-font-embed: embed; -fs-pdf-font-encoding: Identity-H; }"
        + "@page { size: 216mm 303mm; margin: 23mm; }"
        + "html { color: cmyk(0,0,0,1); font-family: 'DejaVu Sans'; font-size: 11pt; }"
        + ".box { background-color: cmyk(0.2,0,0,0); border: 1pt solid cmyk(0,1,0,0);"
        + " padding: 5mm; }"
        + "</style></head><body>"
        + body
        + "</body></html>";
  }

  static byte[] render(String xhtml) {
    ITextRenderer renderer = new ITextRenderer();
    renderer.setDocumentFromString(xhtml, fontsUrl());
    renderer.layout();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.createPDF(out);
    return out.toByteArray();
  }

  private static String fontsUrl() {
    URL font = RenderedPdf.class.getResource(FONTS + "DejaVuSans.ttf");
    if (font == null) {
      throw new UncheckedIOException(new IOException("test font missing: " + FONTS));
    }
    try {
      return font.toURI().resolve(".").toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
