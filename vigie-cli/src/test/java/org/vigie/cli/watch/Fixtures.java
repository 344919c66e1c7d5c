package org.vigie.cli.watch;

import java.util.List;

/** Feeds and pages written for the tests: invented outlets and stories, no real article. */
final class Fixtures {
  private Fixtures() {}

  record Item(String guid, String path, String title, String pubDate, String description) {}

  static final Item RSS_1 =
      new Item(
          "sahel-1",
          "/pages/sahel-convoy.html",
          "Convoy ambushed near Tessit",
          "Mon, 05 Aug 2024 09:30:00 GMT",
          "A supply convoy was attacked on Sunday.");
  static final Item RSS_2 =
      new Item(
          "sahel-2",
          "/pages/sahel-market.html",
          "Drone strike hits market in Boulkessi",
          "Tue, 06 Aug 2024 14:00:00 GMT",
          "Witnesses describe a strike on a weekly market.");

  /** Its page is missing (404): the description is used. */
  static final Item RSS_MISSING =
      new Item(
          "sahel-3",
          "/pages/not-there.html",
          "Checkpoint attacked near Gao",
          "Wed, 07 Aug 2024 07:15:00 GMT",
          "Gunmen attacked a checkpoint east of Gao on Tuesday night, a local official said.");

  static final Item RSS_NEW =
      new Item(
          "sahel-4",
          "/pages/sahel-bridge.html",
          "Bridge destroyed on the Niamey road",
          "Thu, 08 Aug 2024 18:45:00 GMT",
          "A bridge was blown up overnight.");

  static String rss(String base, List<Item> items) {
    StringBuilder sb =
        new StringBuilder(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0">
              <channel>
                <title>Sahel Dispatch</title>
                <link>%s/</link>
                <description>News from the Sahel (test fixture)</description>
                <language>en-gb</language>
            """
                .formatted(base));
    for (Item i : items) {
      sb.append(
          """
              <item>
                <title>%s</title>
                <link>%s%s</link>
                <guid isPermaLink="false">%s</guid>
                <pubDate>%s</pubDate>
                <description><![CDATA[<p>%s</p>]]></description>
              </item>
          """
              .formatted(i.title(), base, i.path(), i.guid(), i.pubDate(), i.description()));
    }
    return sb.append("  </channel>\n</rss>\n").toString();
  }

  static String atom(String base) {
    return """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
          <title>Le Veilleur du Lac</title>
          <id>urn:test:veilleur</id>
          <updated>2024-08-07T10:00:00Z</updated>
          <link href="%1$s/atom/feed.xml" rel="self"/>
          <entry>
            <title>Attaque contre un poste militaire près de Bol</title>
            <id>urn:test:veilleur:101</id>
            <link href="%1$s/pages/lac-bol.html"/>
            <published>2024-08-06T08:00:00Z</published>
            <updated>2024-08-06T08:00:00Z</updated>
            <summary>Un poste militaire a été attaqué.</summary>
          </entry>
          <entry>
            <title>Enlèvement de pêcheurs sur le lac</title>
            <id>urn:test:veilleur:102</id>
            <link href="/pages/lac-pecheurs.html"/>
            <published>2024-08-07T09:00:00Z</published>
            <updated>2024-08-07T09:00:00Z</updated>
            <summary>Des pêcheurs ont été enlevés.</summary>
          </entry>
        </feed>
        """
        .formatted(base);
  }

  static final String MALFORMED =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0"><channel><title>Broken</title>
        <item><title>Unclosed <b>tag</title>
      """;

  /** A news page with navigation, a cookie banner, a sidebar and a footer around the article. */
  static String page(String outlet, String lang, String title, String date, String... paras) {
    StringBuilder body = new StringBuilder();
    for (String p : paras) {
      body.append("        <p>").append(p).append("</p>\n");
    }
    return """
        <!DOCTYPE html>
        <html lang="%2$s">
        <head>
          <meta charset="utf-8">
          <title>%3$s | %1$s</title>
          <meta property="og:site_name" content="%1$s">
          <meta property="og:title" content="%3$s">
          <meta property="article:published_time" content="%4$sT08:00:00Z">
          <link rel="stylesheet" href="/static/site.css">
        </head>
        <body>
          <div class="cookie-banner">We use cookies to improve your experience. Accept all</div>
          <header class="site-header">
            <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
            <li><a href="/subscribe">Subscribe now</a></li></ul></nav>
          </header>
          <main>
            <article>
              <h1>%3$s</h1>
              <p class="byline">By Staff Reporter</p>
              <div class="article-body">
        %5$s      </div>
            </article>
            <aside class="related">
              <h2>Most read</h2>
              <ul><li><a href="/x">Football: cup final tickets sold out</a></li></ul>
            </aside>
          </main>
          <footer class="site-footer">Copyright 2024 %1$s. All rights reserved.</footer>
        </body>
        </html>
        """
        .formatted(outlet, lang, title, date, body);
  }

  static String convoyPage() {
    return page(
        "Sahel Dispatch",
        "en",
        "Convoy ambushed near Tessit",
        "2024-08-05",
        "Armed men ambushed a supply convoy on the road to Tessit on Sunday morning, local"
            + " officials said, in the third such attack on the route this month.",
        "Two drivers were killed and four soldiers escorting the trucks were wounded, according"
            + " to a regional health official who asked not to be named.",
        "No group has claimed the attack. The army said reinforcements had been sent to the"
            + " area and that an operation was under way.");
  }

  static String marketPage() {
    return page(
        "Sahel Dispatch",
        "en",
        "Drone strike hits market in Boulkessi",
        "2024-08-06",
        "A drone strike hit the weekly market in Boulkessi on Tuesday afternoon, residents said,"
            + " as traders were packing up their stalls.",
        "A local elected official said at least seven civilians were killed; the figure could not"
            + " be verified independently.");
  }

  static String bridgePage() {
    return page(
        "Sahel Dispatch",
        "en",
        "Bridge destroyed on the Niamey road",
        "2024-08-08",
        "Unidentified attackers blew up a bridge on the main road to Niamey overnight on"
            + " Wednesday, cutting traffic between the two towns, the transport ministry said.",
        "No casualties were reported. Engineers were expected on site by the weekend.");
  }

  static String bolPage() {
    return page(
        "Le Veilleur du Lac",
        "fr",
        "Attaque contre un poste militaire près de Bol",
        "2024-08-06",
        "Des hommes armés ont attaqué un poste militaire près de Bol dans la nuit de lundi à"
            + " mardi, a indiqué une source sécuritaire.",
        "Trois soldats ont été tués et plusieurs assaillants ont été neutralisés, selon la même"
            + " source.");
  }

  static String pecheursPage() {
    return page(
        "Le Veilleur du Lac",
        "fr",
        "Enlèvement de pêcheurs sur le lac",
        "2024-08-07",
        "Une dizaine de pêcheurs ont été enlevés mercredi sur une île du lac par des hommes"
            + " armés arrivés en pirogue, ont rapporté des habitants.",
        "Les autorités locales ont confirmé l'enlèvement sans donner de bilan.");
  }
}
