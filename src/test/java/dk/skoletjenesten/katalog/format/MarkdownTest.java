package dk.skoletjenesten.katalog.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {
  @Test
  void aBodyLeavesOutAnOpeningHeadingThatRepeatsTheTitle() {
    String html =
        Markdown.bodyToXhtml(
            "# Før, under og  efter besøget\n\nTekst.", "før, under og efter besøget");

    assertThat(html).isEqualTo("<p lang=\"da\">Tekst.</p>\n");
  }

  @Test
  void aBodyKeepsHeadingsThatSaySomethingElseOrComeLater() {
    assertThat(Markdown.bodyToXhtml("# Baggrund\n\nTekst.", "Før besøget"))
        .startsWith("<h1 lang=\"da\">Baggrund</h1>");
    assertThat(Markdown.bodyToXhtml("Tekst.\n\n# Før besøget", "Før besøget"))
        .contains("<h1 lang=\"da\">Før besøget</h1>");
    assertThat(Markdown.bodyToXhtml("## Før besøget\n\nTekst.", "Før besøget"))
        .startsWith("<h2 lang=\"da\">Før besøget</h2>");
  }
}
