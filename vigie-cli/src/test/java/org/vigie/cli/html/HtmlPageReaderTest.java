package org.vigie.cli.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class HtmlPageReaderTest {

  static String fixture(String name) throws IOException {
    try (InputStream in = HtmlPageReaderTest.class.getResourceAsStream("/html/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void frenchArticleKeepsStandfirstAndLosesMenusBannersSharingRelatedLinksAndComments()
      throws IOException {
    HtmlPage page = HtmlPageReader.read(fixture("fr-article-boilerplate.html"), "");
    assertThat(page.text())
        .isEqualTo(
            String.join(
                "\n",
                "L'incendie a duré plusieurs heures ; deux employés ont été blessés.",
                "Un drone a frappé dans la nuit de lundi à mardi un dépôt de carburant situé à la"
                    + " sortie de la ville, provoquant un important incendie, ont annoncé les"
                    + " autorités locales.",
                "Selon la protection civile, deux employés ont été légèrement blessés et plusieurs"
                    + " camions-citernes ont été détruits. Les pompiers ont mis plus de quatre"
                    + " heures à maîtriser les flammes.",
                "Une revendication attendue",
                "Aucun groupe n'avait revendiqué l'attaque mardi matin. Un responsable de la"
                    + " sécurité a évoqué « une opération préparée de longue date »."));
    assertThat(page.title()).isEqualTo("Attaque de drone contre un dépôt de carburant");
    assertThat(page.outlet()).isEqualTo("L'Observateur du Sud");
    assertThat(page.published()).isEqualTo(LocalDate.of(2024, 3, 12));
    assertThat(page.url()).isEqualTo("https://observateur-sud.example/monde/attaque-drone-depot");
    assertThat(page.language()).isEqualTo("fr");
  }

  @Test
  void pageWithoutArticleMarkupFallsBackToTheDensestBlock() throws IOException {
    HtmlPage page = HtmlPageReader.read(fixture("en-divs-density.html"), "");
    assertThat(page.text())
        .startsWith("Shells struck a crowded market in the border town on Monday afternoon")
        .contains("\nWitnesses said three shells landed")
        .endsWith("according to a tally kept by a local monitoring group.")
        .doesNotContain("Most read")
        .doesNotContain("Weather")
        .doesNotContain("Support independent journalism")
        .doesNotContain("Copyright");
    assertThat(page.published()).isEqualTo(LocalDate.of(2023, 7, 4));
    assertThat(page.title()).isEqualTo("Shelling hits market in border town - Daily Frontier");
    assertThat(page.outlet()).isNull();
  }

  @Test
  void arabicArticleBodyAndJsonLdGraph() throws IOException {
    HtmlPage page = HtmlPageReader.read(fixture("ar-windows-1256.html"), "");
    assertThat(page.text())
        .startsWith("استهدفت غارة جوية مستودعا")
        .contains("\nوقال مصدر في الدفاع المدني")
        .doesNotContain("فيسبوك")
        .doesNotContain("الرئيسية");
    assertThat(page.published()).isEqualTo(LocalDate.of(2022, 5, 9));
    assertThat(page.outlet()).isEqualTo("صحيفة الأفق");
    assertThat(page.language()).isEqualTo("ar");
  }

  @Test
  void aFormWrappingTheWholePageIsNotMistakenForFurniture() throws IOException {
    HtmlPage page = HtmlPageReader.read(fixture("form-wrapped-page.html"), "");
    assertThat(page.text())
        .isEqualTo(
            "Thousands of people marched through the capital on Sunday to protest against rising"
                + " fuel prices, organisers said.\n"
                + "Police said the march was peaceful and that no arrests had been made by the"
                + " evening.");
    assertThat(page.published()).isEqualTo(LocalDate.of(2023, 1, 2));
  }

  @Test
  void brokenMarkupStillGivesText() {
    HtmlPage page =
        HtmlPageReader.read("<p>Two <b>people were <i>hurt</p><p>in the blast<div>later", "");
    assertThat(page.text()).contains("Two people were hurt").contains("in the blast");
  }

  @Test
  void lineBreaksSplitLines() {
    HtmlPage page =
        HtmlPageReader.read(
            "<body><div>First line of a long enough paragraph here.<br>Second line of it.</div>",
            "");
    assertThat(page.text())
        .isEqualTo("First line of a long enough paragraph here.\nSecond line of it.");
  }
}
