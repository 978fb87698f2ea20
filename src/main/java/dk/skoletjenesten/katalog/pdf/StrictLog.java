package dk.skoletjenesten.katalog.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.xhtmlrenderer.util.XRLog;
import org.xhtmlrenderer.util.XRLogger;

/**
 * Flying Saucer reports many problems (unparsable CSS, resources it could not use) only through its
 * log. This logger collects those of the rendering thread so that the renderer can fail.
 */
final class StrictLog implements XRLogger {
  private static final ThreadLocal<List<String>> PROBLEMS = new ThreadLocal<>();

  static {
    XRLog.setLoggerImpl(new StrictLog());
  }

  private StrictLog() {}

  /** Starts collecting on this thread. */
  static void begin() {
    PROBLEMS.set(new ArrayList<>());
  }

  /** Stops collecting on this thread; returns what was reported since {@link #begin()}. */
  static List<String> end() {
    List<String> problems = PROBLEMS.get();
    PROBLEMS.remove();
    return problems == null ? List.of() : problems;
  }

  @Override
  public void log(String where, Level level, String msg) {
    log(where, level, msg, null);
  }

  @Override
  public void log(String where, Level level, String msg, Throwable th) {
    List<String> problems = PROBLEMS.get();
    if (problems != null && level.intValue() >= Level.WARNING.intValue() && counts(where)) {
      problems.add(msg + (th == null ? "" : " (" + th + ")"));
    }
  }

  private static boolean counts(String where) {
    return where.equals(XRLog.EXCEPTION)
        || where.equals(XRLog.CSS_PARSE)
        || where.equals(XRLog.LAYOUT)
        || where.equals(XRLog.RENDER)
        || where.equals(XRLog.LOAD);
  }

  @Override
  public void setLevel(String logger, Level level) {}
}
