package dk.skoletjenesten.katalog.sampledata;

/** The Markdown introductions of the local inserts, written for this sample. */
final class InsertTexts {
  static final String AABENRAA_INTRO =
      """
      ## Åben skole tæt på

      I Aabenraa Kommune ligger museer, arkiver, naturområder og værksteder, som gerne vil være \
      en del af skolens undervisning. I dette indstik har vi samlet de steder, der ligger i \
      kommunen, og et udvalg af tilbud fra nabokommunerne i Sønderjylland og Trekantområdet, \
      som vores skoler allerede bruger.

      Alle tilbud kan findes og bookes på kommunens side på skoletjenesten.dk, hvor du også kan \
      søge efter fag, klassetrin og pris.

      **Sådan kommer I i gang**

      - Find et tilbud, der passer til klassens emne, og kontakt stedet direkte.
      - Spørg efter forberedelsesmateriale, så eleverne kender formålet med turen.
      - Husk, at mange af de lokale tilbud er gratis for kommunens skoler.
      """;

  static final String FREDERICIA_INTRO =
      """
      ## Lær uden for klasselokalet

      Fredericia har volde, museer, natur og virksomheder, der giver eleverne konkrete oplevelser \
      med deres fag. Her finder du kommunens egne tilbud og nogle få steder i nabokommunerne, som \
      mange af vores klasser besøger.

      Kontakt Pædagogisk Center, hvis du vil have hjælp til at planlægge et forløb, der kobler \
      besøget til undervisningen hjemme på skolen.
      """;

  static final String ODENSE_INTRO =
      """
      ## Kultur og natur for alle Odenses skoler

      Odense Kommunes skoletjeneste samler tilbud fra byens kulturinstitutioner, naturskoler og \
      værksteder. Indstikket viser et udvalg, og flere kommer til i løbet af skoleåret på \
      skoletjenesten.dk/odense.

      *Tilbuddene er tilrettelagt, så de kan indgå i den åbne skole på alle klassetrin.*
      """;

  private InsertTexts() {}
}
