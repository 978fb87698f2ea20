package dk.skoletjenesten.katalog.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every validation rule, broken once in a copy of the valid fixture, with its exact message. */
class RegistryValidationTest {
  private static final String EDITION = "edition.json";
  private static final String MUNICIPALITIES = "municipalities.csv";
  private static final String INSTITUTIONS = "institutions.csv";
  private static final String OFFERS = "offers.csv";
  private static final String SCHOOLS = "schools.csv";
  private static final String INSERT = "orders/inserts/aabenraa.json";
  private static final String STICKER = "orders/stickers/hjoerring.json";
  private static final String ARTICLE = "articles/ud-af-klassen.md";
  private static final String REPORT = "annual-report/report.json";
  private static final String SECTION = "annual-report/viden.md";
  private static final String THORVALDSEN_OFFER = "thorvaldsen-myter;thorvaldsens;Myter i marmor;";
  private static final String SAGNLANDET = "sagnlandet;Sagnlandet Lejre;Kulturhistoriske miljøer;";

  /** The valid fixture's own warnings: its orders are for more copies than their catalogues. */
  static final List<String> FIXTURE_WARNINGS =
      List.of(
          "orders/inserts/aabenraa.json: $.copies: warning: 900 inserts ordered for the 30 catalogues of Aabenraa Kommune's 1 school; the 870 extra go to the municipality",
          "orders/stickers/hjoerring.json: $.copies: warning: 1100 stickers ordered for the 15 catalogues of Hjørring Kommune's 1 school; the 1085 extra go to the municipality");

  static Stream<Arguments> brokenRules() {
    return Stream.of(
        rule(
            EDITION,
            "\"crop_marks\": false",
            "\"crop_marks\": false, \"bleed\": 5",
            "edition.json: $.print.bleed: error: unknown key (expected one of trim, bleed_mm, binding, paper_caliper_mm, standard, output_condition, crop_marks, sheet_gripper_mm, sheet_gripper_edge)"),
        rule(
            EDITION,
            "\"crop_marks\": false",
            "\"crop_marks\": false, \"sheet_gripper_mm\": 50",
            "edition.json: $.print.sheet_gripper_mm: error: expected 0-40, got 50"),
        rule(
            EDITION,
            "\"crop_marks\": false",
            "\"crop_marks\": false, \"sheet_gripper_edge\": \"front\"",
            "edition.json: $.print.sheet_gripper_edge: error: expected one of bottom, top, left, right; got \"front\""),
        rule(
            EDITION,
            "\"date\"",
            "\"dato\"",
            "edition.json: $.dato: error: unknown key (expected one of school_year, title, subtitle, portal_url, publisher, print, date, sections, colophon)"),
        rule(
            EDITION,
            "\"2018/19\"",
            "\"2018-19\"",
            "edition.json: $.school_year: error: expected a school year like 2018/19, got \"2018-19\""),
        rule(
            EDITION,
            "\"trim\": \"A4\"",
            "\"trim\": \"A3\"",
            "edition.json: $.print.trim: error: expected A4, A5 or { \"width_mm\": ..., \"height_mm\": ... }, got \"A3\""),
        rule(
            EDITION,
            "\"trim\": \"A4\"",
            "\"trim\": { \"width_mm\": 10, \"height_mm\": 297 }",
            "edition.json: $.print.trim.width_mm: error: expected 105-1000, got 10"),
        rule(
            EDITION,
            "\"perfect\"",
            "\"spiral\"",
            "edition.json: $.print.binding: error: expected one of saddle-stitch, perfect; got \"spiral\""),
        rule(
            EDITION,
            "\"PDF/X-4\"",
            "\"PDF/X-3\"",
            "edition.json: $.print.standard: error: expected one of PDF/X-4, PDF/X-1a; got \"PDF/X-3\""),
        rule(
            EDITION,
            "\"FOGRA39\"",
            "\"FOGRA51\"",
            "edition.json: $.print.output_condition: error: PDF/X-4 embeds the output profile and no redistributable FOGRA51 "
                + "profile is available; use FOGRA39, or \"standard\": \"PDF/X-1a\", which names FOGRA51 without its profile"),
        rule(
            EDITION,
            "\"bleed_mm\": 3",
            "\"bleed_mm\": \"3\"",
            "edition.json: $.print.bleed_mm: error: expected a number (0-10), got \"3\""),
        rule(
            EDITION,
            "\"crop_marks\": false",
            "\"crop_marks\": \"nej\"",
            "edition.json: $.print.crop_marks: error: expected true or false, got \"nej\""),
        rule(
            EDITION,
            "\"https://www.skoletjenesten.dk\"",
            "\"http://www.skoletjenesten.dk\"",
            "edition.json: $.portal_url: error: expected an https URL, got \"http://www.skoletjenesten.dk\""),
        rule(
            EDITION,
            "\"2018-08-13\"",
            "\"13-08-2018\"",
            "edition.json: $.date: error: expected a date like 2018-08-13, got \"13-08-2018\""),
        rule(
            EDITION,
            "\"email\": \"skoletj@skoletjenesten.dk\" ",
            "\"mail\": \"skoletj@skoletjenesten.dk\" ",
            "edition.json: $.publisher.email: error: expected an e-mail address, got nothing",
            "edition.json: $.publisher.mail: error: unknown key (expected one of name, address, email, phone)"),
        rule(
            EDITION,
            "\"email\": \"skoletj@skoletjenesten.dk\" ",
            "\"email\": \"skoletj@skoletjenesten.dk\", \"phone\": \"tlf. 33\" ",
            "edition.json: $.publisher.phone: error: expected a telephone number like 33 12 34 56, got \"tlf. 33\""),
        rule(
            EDITION,
            "\"date\"",
            "\"colophon\": { \"issn\": \"2049-3631\", \"funders\": [ \"Undervisningsministeriet\" ] }, \"date\"",
            "edition.json: $.colophon.issn: error: expected an ISSN whose check digit is 0, got \"2049-3631\""),
        rule(
            EDITION,
            "\"date\"",
            "\"colophon\": { \"issn\": \"ISSN 2049-3630\", \"tryk\": \"X\" }, \"date\"",
            "edition.json: $.colophon.issn: error: expected an ISSN like 1234-5679, got \"ISSN 2049-3630\"",
            "edition.json: $.colophon.tryk: error: unknown key (expected one of printer, paper, issn, funders)"),
        rule(
            EDITION,
            "\"title\": \"5 steder",
            "\"title\" \"5 steder",
            "edition.json:3: error: invalid JSON: Unexpected character ('\"' (code 34)): was expecting a colon to separate field name and value"),
        rule(
            MUNICIPALITIES,
            "350;Lejre",
            "999;Lejre",
            "municipalities.csv:4: error: code: no Danish municipality has the code 999",
            "institutions.csv:4: error: municipality: no municipality with code 350 in municipalities.csv",
            "schools.csv:3: error: municipality: no municipality with code 350 in municipalities.csv"),
        rule(
            MUNICIPALITIES,
            "147;Frederiksberg",
            "0147;Frederiksberg Kommune;Frederiksberg;Region Hovedstaden;\n147;Frederiksberg",
            "municipalities.csv:4: error: code: duplicate code 147 (first at line 3)"),
        rule(
            MUNICIPALITIES,
            "aabenraakommune",
            "Aabenraa Kommune",
            "municipalities.csv:5: error: portal_slug: expected a lowercase slug of a-z, æøå, 0-9 and -, got \"Aabenraa Kommune\""),
        rule(
            MUNICIPALITIES,
            "0101;",
            "10;",
            "municipalities.csv:2: error: code: expected a municipality code like 101 or 0101, got \"10\"",
            "institutions.csv:2: error: municipality: no municipality with code 101 in municipalities.csv",
            "schools.csv:2: error: municipality: no municipality with code 101 in municipalities.csv"),
        rule(
            INSTITUTIONS,
            "Naturskolen i Hjørring;",
            ";",
            "institutions.csv:6: error: name: expected a value, got nothing"),
        rule(
            INSTITUTIONS,
            "Naturskolen i Hjørring;",
            "N".repeat(121) + ";",
            "institutions.csv:6: error: name: expected at most 120 characters, got 121"),
        rule(
            INSTITUTIONS,
            "Lokalhistoriske museer;",
            "Lokalhistorie;",
            "institutions.csv:5: error: section: expected one of Kunst, design og arkitektur, Kulturhistoriske museer, Kulturhistoriske miljøer, Scenekunst, musik, film og bevægelse, Naturfag og naturvidenskab, Lokalhistoriske museer, Kultur, udvikling og samfund; got \"Lokalhistorie\""),
        rule(
            INSTITUTIONS,
            ";Biblioteker og arkiver;",
            ";Arkiver;",
            "institutions.csv:5: error: type: expected one of Biblioteker og arkiver, Foreninger, NGO'er og interesseorganisationer, Forsyningsvirksomheder, Kommuner, Kulturhuse og værksteder, Museer, Musik-, kultur-, ungdoms- og billedskoler, Scenekunst, film og musik, Slotte, borge og historiske miljøer, Udstillingssteder for kunst og kultur, Zoo, naturcentre, universiteter og oplevelse; got \"Arkiver\""),
        rule(
            INSTITUTIONS,
            ";9800;",
            ";980;",
            "institutions.csv:6: error: postcode: expected 4 digits, got \"980\""),
        rule(
            INSTITUTIONS,
            ";Hjørring;860;",
            ";Hjørring;998;",
            "institutions.csv:6: error: municipality: no municipality with code 998 in municipalities.csv"),
        rule(
            INSTITUTIONS,
            "https://www.skoletjenesten.dk/tomt",
            "www.skoletjenesten.dk/tomt",
            "institutions.csv:7: error: url: expected an https URL, got \"www.skoletjenesten.dk/tomt\""),
        rule(
            INSTITUTIONS,
            ";98 92 00 00;;",
            ";;;",
            "institutions.csv:6: error: phone: expected a phone number or an e-mail address for booking, got neither"),
        rule(
            INSTITUTIONS,
            "booking@sagnlandet.dk",
            "booking.sagnlandet.dk",
            "institutions.csv:4: error: email: expected an e-mail address, got \"booking.sagnlandet.dk\""),
        rule(
            INSTITUTIONS,
            "Byens arkiv.",
            "B".repeat(601),
            "institutions.csv:5: error: description: expected at most 600 characters, got 601"),
        rule(
            INSTITUTIONS,
            "thorvaldsens.png",
            "thorvaldsens.gif",
            "institutions.csv:2: error: logo: expected a PNG or JPEG file name, got \"thorvaldsens.gif\""),
        rule(
            INSTITUTIONS,
            "thorvaldsens.png",
            "mangler.png",
            "institutions.csv:2: error: logo: no file images/mangler.png in the data folder"),
        rule(
            INSTITUTIONS,
            "i den store sal.\";thorvaldsens.png;true",
            "i den store sal.\";thorvaldsens.png;ja",
            "institutions.csv:2: error: partner: expected true or false, got \"ja\""),
        rule(
            INSTITUTIONS,
            "tomt-vaerksted;",
            "sagnlandet;",
            "institutions.csv:7: error: id: duplicate id \"sagnlandet\" (first at line 4)"),
        rule(
            INSTITUTIONS,
            "aabenraa-arkiv;Aabenraa",
            "Aabenraa Arkiv;Aabenraa",
            "institutions.csv:5: error: id: expected a lowercase slug of a-z, 0-9 and -, got \"Aabenraa Arkiv\"",
            "offers.csv:5: error: institution: no institution with id \"aabenraa-arkiv\""),
        rule(
            INSTITUTIONS,
            ";street;",
            ";gade;",
            "institutions.csv:1: error: street: missing column",
            "institutions.csv:1: warning: gade: unknown column, ignored"),
        rule(
            INSTITUTIONS,
            "Gaden 1;1800",
            "Gaden 1;1800;x;y;z;w;v;u;t",
            "institutions.csv:7: error: expected 14 cells, got 21 (a ; too many, or a cell with ; that is not quoted)"),
        rule(
            OFFERS, ";7;10;", ";7;12;", "offers.csv:5: error: grade_to: expected 0-10, got \"12\""),
        rule(
            OFFERS,
            ";4;6;Historie",
            ";6;4;Historie",
            "offers.csv:3: error: grade_from: expected at most grade_to (4), got 6"),
        rule(
            OFFERS,
            ";0;3;Natur",
            ";0;;Natur",
            "offers.csv:6: error: grade_to: expected a grade 0-10 together with grade_from, got nothing"),
        rule(
            OFFERS,
            "indskoling|mellemtrin",
            "indskoling|skole",
            "offers.csv:2: error: stages: expected one of dagtilbud, indskoling, mellemtrin, udskoling, ungdomsuddannelse; got \"skole\""),
        rule(
            OFFERS,
            "Klassen bor en dag i et langhus og laver mad over bål.;mellemtrin;",
            "Klassen bor en dag i et langhus og laver mad over bål.;;",
            "offers.csv:3: error: stages: expected at least one of dagtilbud, indskoling, mellemtrin, udskoling, ungdomsuddannelse, got nothing"),
        rule(
            OFFERS,
            "Historie|Samfundsfag",
            "Historie|Kemi",
            "offers.csv:5: error: subjects: no subject \"Kemi\" in the reference list"),
        rule(
            OFFERS,
            "Billedkunst|historie",
            "Billedkunst|Fysik/kemi",
            "offers.csv:2: warning: subjects: Fysik/kemi is taught in 7.-9. klasse, the offer is for 2.-5. klasse"),
        rule(
            OFFERS,
            "Natur, udeliv og science",
            "Natur og udeliv",
            "offers.csv:4: error: themes: no dagtilbud theme \"Natur og udeliv\" in the reference list"),
        rule(
            OFFERS,
            ";180;0;",
            ";10;0;",
            "offers.csv:6: error: duration_minutes: expected 15-4800, got \"10\""),
        rule(
            OFFERS,
            ";300;1200;",
            ";300;-1;",
            "offers.csv:3: error: price_dkk: expected 0-1000000, got \"-1\""),
        rule(
            OFFERS,
            ";120;600;",
            ";120;gratis;",
            "offers.csv:4: error: price_dkk: expected a whole number (0-1000000), got \"gratis\""),
        rule(
            OFFERS,
            "naturskole-strand;hjoerring-naturskole;",
            "naturskole-strand;naturskolen;",
            "offers.csv:6: error: institution: no institution with id \"naturskolen\"",
            "institutions.csv:6: warning: id: \"hjoerring-naturskole\" has no offers and is left out of the publications"),
        rule(
            OFFERS,
            "Myter i marmor;",
            "M".repeat(141) + ";",
            "offers.csv:2: error: title: expected at most 140 characters, got 141"),
        rule(
            OFFERS,
            "Eleverne tegner guder og helte i skulptursalen.",
            "T".repeat(401),
            "offers.csv:2: error: teaser: expected at most 400 characters, got 401"),
        rule(
            OFFERS,
            "thorvaldsen-myter;true",
            "thorvaldsen-myter;ja",
            "offers.csv:2: error: new: expected true or false, got \"ja\""),
        rule(
            OFFERS,
            "Inkl. brænde og råvarer;30;",
            "Inkl. brænde og råvarer;0;",
            "offers.csv:3: error: max_pupils: expected 1-10000, got \"0\""),
        rule(
            OFFERS,
            "arkiv-kilder;aabenraa-arkiv",
            "thorvaldsen-myter;aabenraa-arkiv",
            "offers.csv:5: error: id: duplicate id \"thorvaldsen-myter\" (first at line 2)"),
        rule(
            OFFERS,
            "https://www.skoletjenesten.dk/tilbud/arkiv-kilder",
            "https://",
            "offers.csv:5: error: url: expected an https URL, got \"https://\""),
        rule(
            SCHOOLS,
            "Lejre Skole;350;20",
            "Lejre Skole;350;0",
            "schools.csv:3: error: copies: expected 1-10000, got \"0\""),
        rule(SCHOOLS, "Lejre Skole;350;20", "Lejre Skole;0350;20", (String[]) null),
        rule(
            SCHOOLS,
            "Lejre Skole;350;20",
            "Lejre Skole;997;20",
            "schools.csv:3: error: municipality: no municipality with code 997 in municipalities.csv"),
        rule(
            INSERT,
            "\"copies\": 900,",
            "\"copies\": 900, \"kopier\": 2,",
            "orders/inserts/aabenraa.json: $.kopier: error: unknown key (expected one of municipality, copies, headline, intro, contact, include, exclude, logo, trim)"),
        rule(
            INSERT,
            "[\"sagnlandet\"]",
            "[\"sagnlandet\", \"arken\"]",
            "orders/inserts/aabenraa.json: $.include.institutions[1]: error: no institution with id \"arken\""),
        rule(
            INSERT,
            "[\"sagnlandet-dyr\"]",
            "[\"sagnlandet-boern\"]",
            "orders/inserts/aabenraa.json: $.exclude.offers[0]: error: no offer with id \"sagnlandet-boern\""),
        rule(
            INSERT,
            "[\"naturskole-strand\"]",
            "[\"naturskole-skov\"]",
            "orders/inserts/aabenraa.json: $.include.offers[0]: error: no offer with id \"naturskole-skov\""),
        rule(
            INSERT,
            "\"municipality\": 580, \"copies\": 900,",
            "\"municipality\": 147,",
            "orders/inserts/aabenraa.json: $.copies: error: expected a number of copies, since no school in schools.csv is in municipality 147"),
        rule(
            INSERT,
            "\"copies\": 900,",
            "\"copies\": 20,",
            "orders/inserts/aabenraa.json: $.copies: error: 20 inserts ordered for the 30 catalogues of Aabenraa Kommune's 1 school: 10 catalogues would go without an insert"),
        rule(INSERT, "\"copies\": 900,", "\"copies\": 30,", (String[]) null),
        rule(
            INSERT,
            "\"municipality\": 580, \"copies\": 900,",
            "\"municipality\": 147, \"copies\": 900,",
            "orders/inserts/aabenraa.json: $.copies: warning: 900 inserts ordered for Frederiksberg Kommune, which has no school in schools.csv; all 900 go to the municipality"),
        rule(
            SCHOOLS,
            "Hjørring Friskole;860;15",
            "Hjørring Friskole;860;15\nvraa;Vrå Skole;860;1200",
            "orders/stickers/hjoerring.json: $.copies: error: 1100 stickers ordered for the 1215 catalogues of Hjørring Kommune's 2 schools: 115 catalogues would go without a sticker"),
        rule(
            INSERT,
            "\"located_in_municipality\": true",
            "\"located\": true",
            "orders/inserts/aabenraa.json: $.include.located: error: unknown key (expected one of located_in_municipality, institutions, offers)"),
        rule(
            INSERT,
            "\"logo\": \"aabenraa.png\"",
            "\"logo\": \"aabenraa.svg\"",
            "orders/inserts/aabenraa.json: $.logo: error: expected a PNG or JPEG file name, got \"aabenraa.svg\""),
        rule(
            INSERT,
            "\"copies\": 900,",
            "\"copies\": 900, \"trim\": \"A3\",",
            "orders/inserts/aabenraa.json: $.trim: error: expected A5 or A4, got \"A3\""),
        rule(
            STICKER,
            "\"diameter_mm\": 60",
            "\"diameter_mm\": 60, \"width_mm\": 60",
            "orders/stickers/hjoerring.json: $.width_mm: error: not used by a circle sticker (give diameter_mm)"),
        rule(
            STICKER,
            "\"shape\": \"circle\", \"diameter_mm\": 60",
            "\"shape\": \"rectangle\", \"width_mm\": 80, \"height_mm\": 40, \"corner_radius_mm\": 2",
            "orders/stickers/hjoerring.json: $.corner_radius_mm: error: expected 4-150, got 2"),
        rule(
            STICKER,
            "\"shape\": \"circle\"",
            "\"shape\": \"star\"",
            "orders/stickers/hjoerring.json: $.shape: error: expected one of circle, rectangle; got \"star\""),
        rule(
            STICKER,
            "\"text\": \"Find alle tilbud i Hjørring Kommune\",",
            "",
            "orders/stickers/hjoerring.json: $.text: error: expected a value, got nothing"),
        rule(
            STICKER,
            "\"municipality\": 860",
            "\"municipality\": 999",
            "orders/stickers/hjoerring.json: $.municipality: error: no municipality with code 999 in municipalities.csv"),
        rule(
            ARTICLE,
            "order: 1\n",
            "",
            "articles/ud-af-klassen.md:1: error: order: expected a whole number (0-10000), got nothing"),
        rule(
            ARTICLE,
            "image: artikel.jpg",
            "image: mangler.jpg",
            "articles/ud-af-klassen.md:1: error: image: no file images/mangler.jpg in the data folder"),
        rule(
            ARTICLE,
            "---\ntitle",
            "title",
            "articles/ud-af-klassen.md:1: error: expected a front matter block (---, title: ..., order: ..., ---)"),
        rule(
            REPORT,
            "\"kind\": \"bar\"",
            "\"kind\": \"radar\"",
            "annual-report/report.json: $.charts[0].kind: error: expected one of bar, column, pie, donut; got \"radar\"",
            "annual-report/forord.md:9: error: expected {{figures}} or {{chart:ID}} with an id from report.json, got {{chart:typer}}"),
        rule(
            REPORT,
            "\"viden.md\" ]",
            "\"mangler.md\", \"viden.md\" ]",
            "annual-report/report.json: $.sections[1]: error: no file annual-report/mangler.md"),
        rule(
            REPORT,
            "\"value\": 218291",
            "\"value\": \"218291\"",
            "annual-report/report.json: $.key_figure_groups[1].figures[0].value: error: expected a number (-1000000000000-1000000000000), got \"218291\""),
        rule(
            REPORT,
            "\"copies\": 1000",
            "\"copies\": 1000, \"pages\": 36",
            "annual-report/report.json: $.pages: error: unknown key (expected one of title, period, trim, copies, key_figures, key_figure_groups, charts, people, organisation, foreword, sections, channels)"),
        rule(
            REPORT,
            "\"trim\": \"A4\"",
            "\"trim\": \"A3\"",
            "annual-report/report.json: $.trim: error: expected A4 or A5, got \"A3\""),
        rule(
            REPORT,
            "\"copies\": 1000",
            "\"copies\": 0",
            "annual-report/report.json: $.copies: error: expected 1-1000000, got 0"),
        rule(
            REPORT,
            "\"key_figure_groups\": [",
            "\"key_figures\": [ { \"label\": \"projekter\", \"value\": 36 } ], \"key_figure_groups\": [",
            "annual-report/report.json: $.key_figure_groups: error: expected key_figures or key_figure_groups, not both"),
        rule(
            REPORT,
            "\"figures\": [ { \"label\": \"medarbejdere i videncenteret\", \"value\": 45 } ]",
            "\"figures\": []",
            "annual-report/report.json: $.key_figure_groups[0].figures: error: expected at least one { \"label\": ..., \"value\": ... }, got none"),
        rule(
            REPORT,
            "{ \"label\": \"Dagtilbud\", \"value\": 5894 }",
            "{ \"label\": \"Dagtilbud\", \"value\": -5894 }",
            "annual-report/report.json: $.charts[1].series: error: chart \"undervist\": donut chart needs values of 0 or more, got -5894 for \"Dagtilbud\""),
        rule(
            REPORT,
            "\"value\": 5894 }, { \"label\": \"Grundskole\", \"value\": 123637 }",
            "\"value\": 0 }, { \"label\": \"Grundskole\", \"value\": 0 }",
            "annual-report/report.json: $.charts[1].series: error: chart \"undervist\": donut chart needs values that sum to more than 0"),
        rule(
            REPORT,
            "\"value\": 39 }",
            "\"value\": -39 }",
            "annual-report/report.json: $.charts[0].series: error: chart \"typer\": bar chart needs values of 0 or more, got -39 for \"Museer\""),
        rule(
            REPORT,
            "\"series\": [ { \"label\": \"Museer\", \"value\": 39 }, { \"label\": \"Slotte, borge og historiske miljøer\", \"value\": 13 } ]",
            "\"series\": []",
            "annual-report/report.json: $.charts[0].series: error: chart \"typer\": bar chart has no values to draw"),
        rule(
            REPORT,
            "\"Slotte, borge og historiske miljøer\"",
            "\"Museer\"",
            "annual-report/report.json: $.charts[0].series: error: chart \"typer\": bar chart has the label \"Museer\" more than once"),
        rule(
            SECTION,
            "{{chart:undervist}}",
            "",
            "annual-report/report.json: $.charts: warning: chart \"undervist\" is not placed in any section ({{chart:undervist}}) and is left out of the booklet"),
        rule(
            REPORT,
            "\"board\": { \"name\": \"Bestyrelse\", \"description\": \"Politisk repræsentation fra kommunerne\" },",
            "",
            "annual-report/report.json: $.organisation.board: error: expected { \"name\": ..., \"description\": ... }, got nothing"),
        rule(
            REPORT,
            "\"partners\": [",
            "\"partner\": [",
            "annual-report/report.json: $.organisation.units[0].partner: error: unknown key (expected one of name, group, partners)"),
        rule(
            REPORT,
            "\"file\": \"velkommen.md\"",
            "\"file\": \"hilsen.md\"",
            "annual-report/report.json: $.foreword.file: error: no file annual-report/hilsen.md"),
        rule(
            REPORT,
            "\"viden.md\" ]",
            "\"viden.md\", \"velkommen.md\" ]",
            "annual-report/report.json: $.sections[2]: error: velkommen.md is the foreword; list it as the foreword or as a section, not both"),
        rule(
            REPORT,
            "{ \"name\": \"Poul Vestergaard\", \"role\": \"leder\" }",
            "{ \"name\": \"Poul Vestergaard\" }",
            "annual-report/report.json: $.foreword.signatures[0].role: error: expected a value, got nothing"),
        rule(
            REPORT,
            "\"https://www.linkedin.com/company/skoletjenesten\"",
            "\"http://www.linkedin.com/company/skoletjenesten\"",
            "annual-report/report.json: $.channels[0].url: error: expected an https URL, got \"http://www.linkedin.com/company/skoletjenesten\""),
        rule(
            SECTION,
            "image: artikel.jpg",
            "image: mangler.jpg",
            "annual-report/viden.md:1: error: image: no file images/mangler.jpg in the data folder"),
        rule(
            SECTION,
            "image: artikel.jpg\n",
            "",
            "annual-report/viden.md:1: error: caption: expected an image for the caption (image: NAME.jpg), got none"),
        rule(
            SECTION,
            "caption:",
            "billedtekst:",
            "annual-report/viden.md:4: warning: billedtekst: unknown front matter key, ignored"));
  }

  private static Arguments rule(String file, String find, String replacement, String... expected) {
    return Arguments.of(file, find, replacement, expected == null ? List.of() : List.of(expected));
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @MethodSource("brokenRules")
  void brokenRuleGivesItsExactMessage(
      String file, String find, String replacement, List<String> expected, @TempDir Path tmp) {
    Fixture fixture = Fixture.copy(Fixture.VALID_CSV, tmp).replace(file, find, replacement);

    List<String> messages =
        fixture.messages().stream()
            .filter(m -> !m.contains("tomt-vaerksted") && !FIXTURE_WARNINGS.contains(m))
            .toList();

    assertThat(messages).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void aPieOfMoreThanTwelveSlicesIsRefusedNamingTheChart(@TempDir Path tmp) {
    StringBuilder series = new StringBuilder();
    for (int i = 1; i <= 13; i++) {
      series
          .append(i == 1 ? "" : ", ")
          .append("{ \"label\": \"Afdeling " + i + "\", \"value\": 1 }");
    }
    Fixture fixture =
        Fixture.copy(Fixture.VALID_CSV, tmp)
            .replace(
                REPORT,
                "{ \"label\": \"Dagtilbud\", \"value\": 5894 }, { \"label\": \"Grundskole\", \"value\": 123637 }",
                series.toString());

    assertThat(fixture.errors())
        .containsExactly(
            "annual-report/report.json: $.charts[1].series: error: chart \"undervist\": donut chart has 13 slices; at most 12 can be told apart");
  }

  @Test
  void theFlatKeyFigureListOfTheFirstContractIsStillChecked(@TempDir Path tmp) {
    Fixture fixture =
        Fixture.copy(Fixture.VALID_JSON, tmp)
            .replace(REPORT, "\"value\": 218291", "\"value\": \"218291\"");

    assertThat(fixture.errors())
        .containsExactly(
            "annual-report/report.json: $.key_figures[0].value: error: expected a number (-1000000000000-1000000000000), got \"218291\"");
  }

  @Test
  void figuresWithoutKeyFiguresIsAnError(@TempDir Path tmp) {
    Fixture fixture =
        Fixture.copy(Fixture.VALID_JSON, tmp)
            .replace(
                REPORT,
                "\"key_figures\": [ { \"label\": \"underviste børn og unge i alt\", \"value\": 218291 } ],",
                "");

    assertThat(fixture.errors())
        .containsExactly(
            "annual-report/forord.md:7: error: expected key_figures or key_figure_groups in report.json for {{figures}}, got none");
  }

  @Test
  void jsonValuesMustHaveTheirJsonType(@TempDir Path tmp) {
    Fixture fixture =
        Fixture.copy(Fixture.VALID_JSON, tmp)
            .replace("offers.json", "\"grade_to\": 10", "\"grade_to\": \"10\"");

    assertThat(fixture.errors())
        .containsExactly(
            "offers.json: $[3].grade_to: error: expected a whole number (0-10), got \"10\"");
  }

  @Test
  void jsonTableMustBeAnArray(@TempDir Path tmp) {
    Fixture fixture =
        Fixture.copy(Fixture.VALID_JSON, tmp).write("offers.json", "{ \"offers\": [] }");

    assertThat(fixture.errors())
        .containsExactly("offers.json: $: error: expected an array of objects, got an object");
  }

  @Test
  void csvAndJsonForOneTableIsAnError(@TempDir Path tmp) {
    Fixture fixture = Fixture.copy(Fixture.VALID_CSV, tmp);
    fixture.write("offers.json", "[]");

    assertThat(fixture.errors())
        .containsExactly(
            "offers.json: error: both offers.csv and offers.json exist; keep one of them");
  }

  @Test
  void missingRequiredFileIsAnError(@TempDir Path tmp) {
    Fixture fixture = Fixture.copy(Fixture.VALID_CSV, tmp).delete("schools.csv");

    assertThat(fixture.errors())
        .containsExactly("schools.csv: error: required file is missing (expected schools.csv)");
  }

  @Test
  void csvThatIsNotUtf8IsAnError(@TempDir Path tmp) {
    Fixture fixture = Fixture.copy(Fixture.VALID_CSV, tmp);
    fixture.writeBytes(SCHOOLS, fixture.read(SCHOOLS).getBytes(StandardCharsets.ISO_8859_1));

    assertThat(fixture.errors())
        .contains(
            "schools.csv: error: expected UTF-8 text (in Excel: save as \"CSV UTF-8\"), got bytes that are not UTF-8");
  }

  @Test
  void unclosedQuoteNamesTheLineItStarts(@TempDir Path tmp) {
    Fixture fixture =
        Fixture.copy(Fixture.VALID_CSV, tmp).replace(SCHOOLS, "Lejre Skole", "\"Lejre Skole");

    assertThat(fixture.errors())
        .contains(
            "schools.csv:3: error: unbalanced quote: a cell opens with \" here and is never closed"
                + " (write a quote inside a cell as \"\")");
  }

  @Test
  void unknownCsvColumnIsAWarning(@TempDir Path tmp) {
    Fixture fixture =
        Fixture.copy(Fixture.VALID_CSV, tmp).replace(SCHOOLS, "copies\n", "copies;note\n");

    assertThat(fixture.messages())
        .contains("schools.csv:1: warning: note: unknown column, ignored");
    assertThat(fixture.read().hasErrors()).isFalse();
  }

  @Test
  void anInvalidOptionalValueKeepsTheRowInTheChecksAcrossFiles(@TempDir Path tmp) {
    Fixture fixture =
        Fixture.copy(Fixture.VALID_CSV, tmp)
            .replace(INSTITUTIONS, "booking@sagnlandet.dk", "booking.sagnlandet.dk")
            .replace(INSTITUTIONS, ";Lejre;350;", ";Lejre;998;");

    assertThat(fixture.errors())
        .containsExactly(
            "institutions.csv:4: error: email: expected an e-mail address, got \"booking.sagnlandet.dk\"",
            "institutions.csv:4: error: municipality: no municipality with code 998 in municipalities.csv");
  }

  @Test
  void aRowRejectedForARequiredValueIsNotCheckedAcrossFiles(@TempDir Path tmp) {
    Fixture fixture =
        Fixture.copy(Fixture.VALID_CSV, tmp)
            .replace(INSTITUTIONS, SAGNLANDET, "sagnlandet;;Kulturhistoriske miljøer;")
            .replace(INSTITUTIONS, ";Lejre;350;", ";Lejre;998;");

    assertThat(fixture.errors())
        .containsExactly("institutions.csv:4: error: name: expected a value, got nothing");
  }

  @Test
  void aMunicipalityWithoutShortNameStillAnswersTheReferencesToItsCode(@TempDir Path tmp) {
    Fixture fixture =
        Fixture.copy(Fixture.VALID_CSV, tmp)
            .replace(MUNICIPALITIES, "Lejre Kommune;Lejre;", "Lejre Kommune;;");

    assertThat(fixture.errors())
        .containsExactly("municipalities.csv:4: error: short_name: expected a value, got nothing");
  }

  @Test
  void tenDifferentMistakesGiveTenLocatedMessagesInOneRun(@TempDir Path tmp) {
    Fixture fixture =
        Fixture.copy(Fixture.VALID_CSV, tmp)
            .replace(EDITION, "\"perfect\"", "\"spiral\"")
            .replace(MUNICIPALITIES, "aabenraakommune", "Aabenraa Kommune")
            .replace(INSTITUTIONS, ";9800;", ";980;")
            .replace(INSTITUTIONS, "booking@sagnlandet.dk", "booking.sagnlandet.dk")
            .replace(OFFERS, ";7;10;", ";7;12;")
            .replace(OFFERS, "Historie|Samfundsfag", "Historie|Kemi")
            .replace(OFFERS, ";180;0;", ";10;0;")
            .replace(SCHOOLS, "Lejre Skole;350;20", "Lejre Skole;350;0")
            .replace(INSERT, "[\"sagnlandet-dyr\"]", "[\"sagnlandet-boern\"]")
            .replace(STICKER, "\"shape\": \"circle\"", "\"shape\": \"star\"");

    RegistryReader.Result result = fixture.read();

    assertThat(result.registry()).isEmpty();
    assertThat(fixture.errors())
        .containsExactly(
            "edition.json: $.print.binding: error: expected one of saddle-stitch, perfect; got \"spiral\"",
            "institutions.csv:4: error: email: expected an e-mail address, got \"booking.sagnlandet.dk\"",
            "institutions.csv:6: error: postcode: expected 4 digits, got \"980\"",
            "municipalities.csv:5: error: portal_slug: expected a lowercase slug of a-z, æøå, 0-9 and -, got \"Aabenraa Kommune\"",
            "offers.csv:5: error: grade_to: expected 0-10, got \"12\"",
            "offers.csv:5: error: subjects: no subject \"Kemi\" in the reference list",
            "offers.csv:6: error: duration_minutes: expected 15-4800, got \"10\"",
            "orders/inserts/aabenraa.json: $.exclude.offers[0]: error: no offer with id \"sagnlandet-boern\"",
            "orders/stickers/hjoerring.json: $.shape: error: expected one of circle, rectangle; got \"star\"",
            "schools.csv:3: error: copies: expected 1-10000, got \"0\"");
  }
}
