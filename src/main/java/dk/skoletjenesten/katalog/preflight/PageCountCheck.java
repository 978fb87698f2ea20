package dk.skoletjenesten.katalog.preflight;

import dk.skoletjenesten.katalog.print.PageCountRule;

/** The number of pages meets the profile's rule (e.g. a multiple of 4 for saddle stitching). */
final class PageCountCheck {
  static final String FIELD = "pages";

  private PageCountCheck() {}

  static void check(int pages, PageCountRule rule, Findings findings) {
    if (!rule.allows(pages)) {
      findings.error(
          FIELD, pages + (pages == 1 ? " page" : " pages") + ", expected " + rule.expectation());
    }
  }
}
