package dk.skoletjenesten.katalog.preflight;

import dk.skoletjenesten.katalog.print.PrintStandard;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/**
 * One file through every check: document checks first, then page by page the boxes and a single
 * content walk that feeds all page checks. A page that cannot be interpreted becomes an error on
 * that page; the other pages are still checked.
 */
final class PreflightRun {
  static final String FIELD = "pdf";

  private final Findings findings;
  private final PreflightProfile profile;

  private PreflightRun(String file, PreflightProfile profile) {
    this.findings = new Findings(file);
    this.profile = profile;
  }

  static PreflightReport run(String file, PDDocument document, PreflightProfile profile) {
    PreflightRun run = new PreflightRun(file, profile);
    int pages = 0;
    try {
      pages = document.getNumberOfPages();
      run.documentChecks(document);
      run.pageChecks(document);
    } catch (IOException | RuntimeException e) {
      run.findings.error(FIELD, "cannot be checked completely: " + e.getMessage());
    }
    return new PreflightReport(
        file,
        pages,
        run.findings.diagnostics(),
        run.findings.spotColours(),
        run.findings.maxInkPercent());
  }

  private void documentChecks(PDDocument document) throws IOException {
    PageCountCheck.check(document.getNumberOfPages(), profile.pageCount(), findings);
    if (profile.standard().isPresent()) {
      new PdfxCheck(findings, profile).check(document);
      JavaScriptCheck.check(document, findings);
      LinkCheck.checkPrint(document, findings);
    }
    if (profile.screen()) {
      ScreenCheck.check(document, profile, findings);
      LinkCheck.checkScreen(document, findings);
      JavaScriptCheck.check(document, findings);
    }
  }

  /** A screen edition's: fonts embedded, glyphs present, no CMYK left. */
  private List<PageCheck> newScreenPageChecks() {
    return List.of(
        new FontCheck(findings), new GlyphCheck(findings), new ScreenColourCheck(findings));
  }

  private List<PageCheck> newPageChecks() {
    if (profile.screen()) {
      return newScreenPageChecks();
    }
    List<PageCheck> checks = new ArrayList<>();
    checks.add(new FontCheck(findings));
    checks.add(new GlyphCheck(findings));
    checks.add(new ColourCheck(findings, profile));
    if (profile.requires(PrintStandard.PDF_X_1A)) {
      checks.add(new TransparencyCheck(findings));
    }
    checks.add(new ImageCheck(findings));
    checks.add(new InkCheck(findings, profile.condition()));
    checks.add(new SafeZoneCheck(findings, profile.safeZoneMm()));
    PageText text = new PageText();
    checks.add(text);
    checks.add(new ClippedTextCheck(findings, text));
    checks.add(new UnprintedTextCheck(findings, text));
    checks.add(new OverlapCheck(findings, text));
    profile
        .layout()
        .ifPresent(
            layout -> {
              checks.add(new LiveAreaCheck(findings, text, layout, profile.safeZoneMm()));
              if (layout.textPages()) {
                checks.add(new FillCheck(findings, text, layout));
                checks.add(new RepeatedHeadingCheck(findings, text));
                checks.add(new KeepWithNextCheck(findings, text));
                checks.add(new NumberLineCheck(findings, text));
              }
            });
    return List.copyOf(checks);
  }

  private void pageChecks(PDDocument document) {
    List<PageCheck> checks = newPageChecks();
    GlyphOutlines outlines = new GlyphOutlines();
    BoxesCheck boxes = new BoxesCheck(findings, profile);
    int number = 1;
    for (PDPage page : document.getPages()) {
      PageContext context = PageContext.of(number++, page);
      if (!profile.screen()) {
        boxes.check(context);
      }
      walk(context, checks, outlines);
    }
    checks.forEach(PageCheck::endDocument);
  }

  private void walk(PageContext page, List<PageCheck> checks, GlyphOutlines outlines) {
    checks.forEach(check -> check.startPage(page));
    try {
      new PageWalker(page.page(), checks, outlines).walk();
    } catch (IOException | RuntimeException e) {
      findings.error(page.number(), FIELD, "page content cannot be read: " + e.getMessage());
    }
    checks.forEach(PageCheck::endPage);
  }
}
