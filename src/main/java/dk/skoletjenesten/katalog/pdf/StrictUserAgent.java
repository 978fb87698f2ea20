package dk.skoletjenesten.katalog.pdf;

import dk.skoletjenesten.katalog.format.Artwork;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextUserAgent;

/**
 * A user agent that reads only files inside the allowed folders and the generated artwork ({@code
 * qr:} codes, CMYK conversions of data images, {@code image:}, and the document's vector charts,
 * {@code chart:}; {@link #source} names them). Every resource it cannot deliver and every layout or
 * render exception is a {@link RenderException}, never a log line.
 */
final class StrictUserAgent extends ITextUserAgent {
  private static final String QR_SCHEME = "qr";
  private static final String IMAGE_SCHEME = "image";
  private static final String CHART_SCHEME = "chart";
  private static final String BUILT_IN_CSS = "!/resources/css/XhtmlNamespaceHandler.css";

  private final List<Path> roots;
  private final Path imagesDir;
  private final Function<String, Optional<byte[]>> charts;

  /** {@code charts}: the one-page PDF of a chart by its id, or empty when there is none. */
  StrictUserAgent(
      ITextOutputDevice device,
      int dotsPerPixel,
      List<Path> roots,
      Path imagesDir,
      Function<String, Optional<byte[]>> charts) {
    super(device, dotsPerPixel);
    this.roots = roots.stream().map(StrictUserAgent::real).toList();
    this.imagesDir = imagesDir;
    this.charts = charts;
  }

  /** The URI under which {@link #read} finds {@code artwork}. */
  static String source(Artwork artwork) {
    if (artwork instanceof Artwork.QrCode qr) {
      return QR_SCHEME + ":" + encode(qr.text());
    }
    if (artwork instanceof Artwork.Chart chart) {
      return CHART_SCHEME + ":" + encode(chart.id());
    }
    return IMAGE_SCHEME + ":" + encode(((Artwork.Image) artwork).name());
  }

  @Override
  protected InputStream resolveAndOpenStream(String uri) {
    String resolved = resolveURI(uri);
    if (resolved == null) {
      throw new RenderException("cannot resolve " + uri + " against " + getBaseURL());
    }
    return new ByteArrayInputStream(read(resolved));
  }

  private byte[] read(String uri) {
    URI parsed = parse(uri);
    String scheme = parsed.getScheme() == null ? "" : parsed.getScheme();
    return switch (scheme) {
      case QR_SCHEME -> QrCodes.pdf(decode(parsed.getRawSchemeSpecificPart()));
      case IMAGE_SCHEME ->
          CmykImages.pdf(inside(imagesDir, decode(parsed.getRawSchemeSpecificPart()), uri));
      case CHART_SCHEME -> chart(decode(parsed.getRawSchemeSpecificPart()));
      case "file" -> readFile(Path.of(parsed), uri);
      case "jar" -> readBuiltIn(uri);
      default ->
          throw new RenderException(
              "refusing to load " + uri + ": only files in the layout, font and data folders");
    };
  }

  private byte[] chart(String id) {
    return charts.apply(id).orElseThrow(() -> new RenderException("no chart with the id " + id));
  }

  private byte[] readFile(Path path, String uri) {
    Path file = real(path);
    if (roots.stream().noneMatch(file::startsWith)) {
      throw new RenderException(
          "refusing to load " + uri + ": outside the layout, font and data folders");
    }
    try {
      return Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new RenderException("missing " + uri);
    } catch (IOException e) {
      throw new RenderException("cannot read " + uri + ": " + e.getMessage(), e);
    }
  }

  /** Flying Saucer's own default stylesheet, which it loads from its jar. */
  private static byte[] readBuiltIn(String uri) {
    if (!uri.endsWith(BUILT_IN_CSS)) {
      throw new RenderException(
          "refusing to load " + uri + ": only files in the layout, font and data folders");
    }
    try (InputStream in = new URL(uri).openStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new RenderException("cannot read Flying Saucer's stylesheet " + uri, e);
    }
  }

  private static Path inside(Path dir, String name, String uri) {
    Path file = dir.resolve(name).normalize();
    if (!file.startsWith(dir.normalize())) {
      throw new RenderException("refusing to load " + uri + ": outside the images folder");
    }
    return file;
  }

  @Override
  public void onLayoutException(Throwable t) {
    throw new RenderException("layout failed: " + t.getMessage(), t);
  }

  @Override
  public void onRenderException(Throwable t) {
    throw new RenderException("rendering failed: " + t.getMessage(), t);
  }

  private static URI parse(String uri) {
    try {
      return new URI(uri);
    } catch (URISyntaxException e) {
      throw new RenderException("not a valid URI: " + uri, e);
    }
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  private static Path real(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    try {
      return Files.exists(absolute) ? absolute.toRealPath() : absolute;
    } catch (IOException e) {
      return absolute;
    }
  }
}
