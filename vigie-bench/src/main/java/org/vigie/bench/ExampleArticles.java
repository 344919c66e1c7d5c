package org.vigie.bench;

import java.util.List;
import org.vigie.model.Article;

/**
 * Short invented reports in French, English and Arabic, written for the benchmarks: the corpus
 * falls back on them when the evaluation sets are absent, and the JMH benchmarks run on them.
 */
public final class ExampleArticles {
  private ExampleArticles() {}

  /** One example: its language and its text. */
  public record Example(String lang, String text) {
    public Article article(String id) {
      return new Article(id, text, null, lang, null, null, null);
    }
  }

  public static final Example FR =
      new Example(
          "fr",
          "Mopti, 14 mars 2024 – Au moins douze civils ont été tués et une vingtaine blessés"
              + " mardi soir lors d'une attaque d'hommes armés contre le marché de Bandiagara, dans"
              + " le centre du Mali, selon des sources locales et un élu de la commune.\n"
              + "Les assaillants, arrivés à moto, ont ouvert le feu sur les commerçants avant"
              + " d'incendier plusieurs boutiques. L'armée malienne a annoncé mercredi avoir"
              + " lancé une opération de ratissage dans la zone et arrêté trois suspects.\n"
              + "Aucun groupe n'a revendiqué l'attaque, mais la région est régulièrement visée"
              + " par des groupes djihadistes liés à Al-Qaïda. Le gouverneur a décrété trois jours"
              + " de deuil. Des manifestants se sont rassemblés jeudi à Sévaré pour réclamer"
              + " davantage de sécurité.");

  public static final Example EN =
      new Example(
          "en",
          "KHARTOUM, June 3, 2023 (Staff report) — At least 17 people were killed, including"
              + " five children, when an air strike hit a residential neighbourhood in southern"
              + " Khartoum on Saturday, local activists said.\n"
              + "The Rapid Support Forces accused the army of carrying out the strike, while"
              + " a military spokesman denied any involvement and blamed the paramilitary group"
              + " for shelling the area. More than 30 others were wounded and taken to a nearby"
              + " hospital.\n"
              + "Fighting also continued in Omdurman, where residents reported heavy artillery"
              + " fire. Hundreds of protesters marched in Port Sudan on Sunday to demand a"
              + " ceasefire, and the two sides agreed to resume talks in Jeddah next week.");

  public static final Example AR =
      new Example(
          "ar",
          "بغداد، 5 أيار 2022 - قُتل ثلاثة جنود وأصيب خمسة آخرون يوم الخميس في هجوم بعبوة"
              + " ناسفة استهدف دورية للجيش العراقي قرب مدينة كركوك، بحسب مصدر أمني.\n"
              + "وقال المصدر إن مسلحين يشتبه في انتمائهم إلى تنظيم الدولة الإسلامية فتحوا النار"
              + " على الدورية بعد انفجار العبوة، قبل أن يفروا إلى منطقة جبلية. وأعلنت قيادة"
              + " العمليات المشتركة اعتقال أربعة مشتبه بهم في الموصل.\n"
              + "وفي سياق منفصل، تظاهر مئات الأشخاص في البصرة احتجاجا على انقطاع الكهرباء،"
              + " وطالبوا الحكومة بتحسين الخدمات.");

  public static final List<Example> ALL = List.of(FR, EN, AR);

  /** Shorter single-sentence variants, so the corpus mixes article lengths. */
  public static final List<Example> SHORT =
      List.of(
          new Example(
              "fr", "Deux soldats ont été tués lundi dans l'explosion d'une mine près de Ménaka."),
          new Example(
              "en",
              "Police arrested 40 demonstrators in Lagos on Friday after clashes near the"
                  + " governor's office."),
          new Example("ar", "أطلقت جماعة مسلحة صاروخين على قاعدة عسكرية في محافظة الأنبار."));
}
