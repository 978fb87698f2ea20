package dk.skoletjenesten.katalog.sampledata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What an offer can be about (topics-*.txt): titles, the stages and subjects it suits, and the
 * phrases a teaser is built from. {@code doVerb}/{@code doRest} split the activity at its first
 * verb so a template can put the subject after it ("Undervejs tegner eleverne ...").
 */
record Topic(
    String pool,
    String title,
    List<String> titles,
    String stages,
    List<String> subjects,
    List<String> themes,
    String kompetence,
    String about,
    String things,
    String doVerb,
    String doRest,
    String question,
    String shortName,
    int minMinutes,
    int maxMinutes,
    boolean unique) {

  static Topic from(String pool, Blocks.Block b) {
    List<String> titles = new ArrayList<>(List.of(b.key()));
    titles.addAll(b.all("alt"));
    String[] task = b.one("gør").split("\\^", 2);
    String[] minutes = b.one("tid", "0-0").split("-");
    return new Topic(
        pool,
        b.key(),
        titles,
        b.one("st"),
        split(b.one("fag")),
        split(b.one("tema")),
        b.one("bh"),
        b.one("om"),
        b.one("ting"),
        task[0],
        task[1].strip(),
        b.one("spm"),
        b.one("kort"),
        Integer.parseInt(minutes[0]),
        Integer.parseInt(minutes[1]),
        "ja".equals(b.one("unik")));
  }

  private static List<String> split(String value) {
    return value == null ? List.of() : Arrays.asList(value.split("\\|"));
  }

  boolean suits(char stage) {
    return stages.indexOf(stage) >= 0;
  }

  /** The whole activity: "prøver at spinde uld". */
  String task() {
    return doRest.startsWith(",") ? doVerb + doRest : doVerb + " " + doRest;
  }
}
