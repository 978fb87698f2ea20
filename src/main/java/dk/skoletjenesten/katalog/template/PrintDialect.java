package dk.skoletjenesten.katalog.template;

import dk.skoletjenesten.katalog.format.Artwork;
import dk.skoletjenesten.katalog.format.Danish;
import dk.skoletjenesten.katalog.format.PrintText;
import dk.skoletjenesten.katalog.pdf.PdfRenderer;
import java.util.Set;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * The expression objects every layout can use: {@code #artwork.src(a)}, the {@code src} of a
 * model's {@link Artwork} as the PDF renderer loads it, and {@code #danish.plural(n, 'sted',
 * 'steder')} and {@code #danish.integer(2092)} (2.092).
 */
final class PrintDialect extends AbstractDialect implements IExpressionObjectDialect {
  private static final Set<String> NAMES = Set.of("artwork", "danish");

  PrintDialect() {
    super("print");
  }

  @Override
  public IExpressionObjectFactory getExpressionObjectFactory() {
    return new Objects();
  }

  /** Builds {@link Sources} and {@link Words}; both are stateless, so Thymeleaf keeps them. */
  private static final class Objects implements IExpressionObjectFactory {
    @Override
    public Set<String> getAllExpressionObjectNames() {
      return NAMES;
    }

    @Override
    public Object buildObject(IExpressionContext context, String name) {
      return name.equals("artwork") ? new Sources() : new Words();
    }

    @Override
    public boolean isCacheable(String name) {
      return true;
    }
  }

  /** {@code #artwork}: where the renderer finds a model's artwork. */
  public static final class Sources {
    /** The {@code src} of {@code artwork}, or null for none. */
    public String src(Artwork artwork) {
      return artwork == null ? null : PdfRenderer.source(artwork);
    }
  }

  /** {@code #danish}: Danish numbers, and words that depend on a count. */
  public static final class Words {
    /** A headline or title set as display type ({@link PrintText#display}). */
    public String display(String text) {
      return text == null ? null : PrintText.display(text);
    }

    /** {@code 2.092}: whole numbers with the Danish thousands dot. */
    public String integer(long n) {
      return Danish.integer(n);
    }

    public String plural(long n, String one, String many) {
      return Danish.plural(n, one, many);
    }
  }
}
