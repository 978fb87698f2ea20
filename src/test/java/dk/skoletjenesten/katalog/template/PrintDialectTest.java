package dk.skoletjenesten.katalog.template;

import static org.assertj.core.api.Assertions.assertThat;

import dk.skoletjenesten.katalog.format.Artwork;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PrintDialectTest {
  @TempDir Path layouts;

  @Test
  void artworkBecomesTheSrcThatThePdfRendererLoads() throws IOException {
    Map<String, Object> vars =
        Map.of(
            "qr",
            Artwork.qrCode("https://www.skoletjenesten.dk/sted"),
            "logo",
            Artwork.image("logo aabenraa.png"));
    assertThat(render("<img th:src=\"${#artwork.src(qr)}\"/>", vars))
        .isEqualTo("<img src=\"qr:https%3A%2F%2Fwww.skoletjenesten.dk%2Fsted\"/>");
    assertThat(render("<img th:src=\"${#artwork.src(logo)}\"/>", vars))
        .isEqualTo("<img src=\"image:logo+aabenraa.png\"/>");
  }

  @Test
  void templatesChooseDanishPlurals() throws IOException {
    String template = "<p th:text=\"|${n} ${#danish.plural(n, 'sted', 'steder')}|\">steder</p>";
    assertThat(render(template, Map.of("n", 1))).isEqualTo("<p>1 sted</p>");
    assertThat(render(template, Map.of("n", 72))).isEqualTo("<p>72 steder</p>");
  }

  private String render(String body, Map<String, Object> vars) throws IOException {
    Files.writeString(
        layouts.resolve("t.html"),
        "<t xmlns:th=\"http://www.thymeleaf.org\" th:remove=\"tag\">" + body + "</t>");
    return new TemplateRenderer(layouts).render("t", vars);
  }
}
