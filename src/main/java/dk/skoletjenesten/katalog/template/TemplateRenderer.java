package dk.skoletjenesten.katalog.template;

import dk.skoletjenesten.katalog.format.Danish;
import java.nio.file.Path;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.FileTemplateResolver;

/**
 * Thymeleaf over the {@code layouts/} folder: a template name such as {@code catalogue/catalogue}
 * ({@code layouts/catalogue/catalogue.html}) and its variables become an XHTML string. Templates
 * are XML, so the output is well-formed and every value is escaped unless a template says
 * otherwise. Templates turn a model's artwork into a {@code src} with {@code #artwork.src(...)} and
 * choose Danish plurals with {@code #danish.plural(...)}. Thread-safe; templates are parsed once
 * and cached.
 */
public final class TemplateRenderer {
  private final TemplateEngine engine;
  private final Path layoutsDir;

  public TemplateRenderer(Path layoutsDir) {
    this.layoutsDir = layoutsDir;
    FileTemplateResolver resolver = new FileTemplateResolver();
    resolver.setPrefix(layoutsDir.toAbsolutePath() + "/");
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.XML);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    resolver.setCheckExistence(true);
    engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    engine.addDialect(new PrintDialect());
  }

  /** The XHTML of template {@code name} (relative to the layouts folder, without {@code .html}). */
  public String render(String name, Map<String, Object> variables) {
    try {
      return engine.process(name, new Context(Danish.LOCALE, variables));
    } catch (TemplateProcessingException e) {
      throw new IllegalStateException(
          "cannot render template " + layoutsDir.resolve(name + ".html") + ": " + e.getMessage(),
          e);
    }
  }
}
