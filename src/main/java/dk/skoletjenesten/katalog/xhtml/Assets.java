package dk.skoletjenesten.katalog.xhtml;

import dk.skoletjenesten.katalog.common.Sha256;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The files the kept documents need beside them, by their path in DIR (with {@code /}): the
 * layouts' files (CSS in browser colours, with the files its {@code url(...)}s name), data images
 * (the original files), QR codes as SVG and charts as PNG. Each file is made when it is written.
 */
final class Assets {
  private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)");
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9._-]+");

  private final Path layoutsDir;
  private final Path imagesDir;
  private final Map<String, Content> files = new TreeMap<>();
  private final Set<String> runningSelectors = new TreeSet<>();

  Assets(Path layoutsDir, Path imagesDir) {
    this.layoutsDir = layoutsDir.toAbsolutePath().normalize();
    this.imagesDir = imagesDir.toAbsolutePath().normalize();
  }

  /** The bytes of one file, made when it is written. */
  @FunctionalInterface
  interface Content {
    byte[] bytes() throws IOException;
  }

  /** The path of the SVG of the QR code for {@code text}. */
  String qr(String text) {
    String path = "qr/" + digest(text.getBytes(StandardCharsets.UTF_8)) + ".svg";
    files.putIfAbsent(path, () -> QrSvg.of(text).getBytes(StandardCharsets.UTF_8));
    return path;
  }

  /** The path of the data image {@code images/NAME}: the original file. */
  String image(String name) {
    Path file = imagesDir.resolve(name).normalize();
    if (!file.startsWith(imagesDir) || !Files.isRegularFile(file)) {
      throw new IllegalStateException("the image " + name + " is not a file in " + imagesDir);
    }
    String path = "images/" + slashed(imagesDir.relativize(file));
    files.putIfAbsent(path, () -> Files.readAllBytes(file));
    return path;
  }

  /** The path of the PNG of the chart {@code id}, drawn from its PDF. */
  String chart(String id, byte[] pdf) {
    String name = SAFE_NAME.matcher(id).matches() ? id : "chart";
    String path = "charts/" + name + "-" + digest(pdf) + ".png";
    files.putIfAbsent(path, () -> ChartPng.of(pdf, id));
    return path;
  }

  /**
   * The path of {@code file}, a file of the layouts folder, under {@code layouts/}; a stylesheet in
   * browser colours, with the layout files its {@code url(...)}s name.
   */
  String layoutFile(Path file) {
    Path real = file.toAbsolutePath().normalize();
    if (!real.startsWith(layoutsDir) || !Files.isRegularFile(real)) {
      throw new IllegalStateException("the link " + file + " is not a file of " + layoutsDir);
    }
    String path = "layouts/" + slashed(layoutsDir.relativize(real));
    if (files.containsKey(path)) {
      return path;
    }
    if (!path.endsWith(".css")) {
      files.put(path, () -> Files.readAllBytes(real));
      return path;
    }
    String css = read(real);
    running(css);
    files.put(path, () -> BrowserColours.translate(css).getBytes(StandardCharsets.UTF_8));
    Matcher m = CSS_URL.matcher(css);
    while (m.find()) {
      String url = m.group(2).strip();
      if (!url.startsWith("#") && !url.startsWith("data:") && !url.contains(":")) {
        layoutFile(real.resolveSibling(url)); // kept at the same place relative to the CSS
      }
    }
    return path;
  }

  /** Notes the running elements of {@code css}, a stylesheet of a kept document. */
  void running(String css) {
    runningSelectors.addAll(RunningElements.selectors(css));
  }

  /** The selectors of every running element of the stylesheets seen so far. */
  Set<String> runningSelectors() {
    return Set.copyOf(runningSelectors);
  }

  /** Adds a file made elsewhere (fonts, the documents). */
  void put(String path, Content content) {
    files.put(path, content);
  }

  /** Writes every file under {@code dir}, in path order. */
  void writeTo(Path dir) throws IOException {
    for (Map.Entry<String, Content> file : files.entrySet()) {
      Path target = dir.resolve(file.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue().bytes());
    }
  }

  int size() {
    return files.size();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String slashed(Path relative) {
    return relative.toString().replace(relative.getFileSystem().getSeparator(), "/");
  }

  /** The first 16 hex digits of the SHA-256 of {@code bytes}: a stable file name. */
  private static String digest(byte[] bytes) {
    return HexFormat.of().formatHex(Sha256.of(bytes), 0, 8);
  }
}
