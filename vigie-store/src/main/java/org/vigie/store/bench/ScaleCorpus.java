package org.vigie.store.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.vigie.model.Article;
import org.vigie.model.Json;

/**
 * A synthetic corpus in plain prose for scale runs with the real extractor: {@code ScaleCorpus N
 * OUT.jsonl [SEED]} writes N articles, one JSON object a line, in the shape {@code vigie ingest}
 * reads. The texts are the project's own example reports (ExampleReportsTest, the bench's
 * ExampleArticles) and, when a shared folder is given, the seed report read from it, with the
 * place, date, weekday, numbers and outlet varied; the places are real gazetteer names of the
 * country each report is about (checked by the test). About three articles in ten retell one of the
 * 50 previous events from another outlet, often in another language, so a realistic share merges.
 * Article {@code i} is always the same text, and each text is distinct (it ends with its dispatch
 * number).
 */
public final class ScaleCorpus {

  /** A place: its country, and its name in Latin script and (when we have it) in Arabic. */
  record Place(String country, String latin, String arabic) {}

  /** One kind of report; its templates are retellings of the same event in other words. */
  record Family(String name, List<String> countries, List<Template> templates) {}

  /**
   * {@code text} has slots: {P} place, {WD} weekday of the event, {D} day, {M} month name, {Y}
   * year, {K} killed, {K2} a second toll, {I} injured, {N} a small count.
   */
  record Template(String lang, String text) {}

  private static final List<Place> PLACES = places();
  private final List<Family> families;
  private static final String[] OUTLETS = {
    "RFI",
    "AP",
    "Reuters",
    "AFP",
    "Al Jazeera",
    "BBC",
    "Le Monde",
    "Anadolu",
    "DW",
    "France 24",
    "Al Arabiya",
    "Kyiv Independent",
    "Sudan Tribune",
    "Jeune Afrique",
    "Asharq Al-Awsat"
  };
  private static final LocalDate EPOCH = LocalDate.of(2019, 1, 1);
  private static final int DAYS = 365 * 7;

  private final long seed;
  private final int perDay;

  /** Dates spread at random over 2019–2025, in no order (a back-fill of an archive). */
  public ScaleCorpus(long seed) {
    this(seed, 0, null);
  }

  public ScaleCorpus(long seed, int perDay) {
    this(seed, perDay, null);
  }

  /**
   * With {@code perDay > 0}, a news stream in time order: event {@code k} happens on day {@code k /
   * perDay} after 2019-01-01 (plus up to two days), so the number of reports per place and week
   * stays the same however long the corpus is. With 0, dates are drawn over seven years.
   */
  public ScaleCorpus(long seed, int perDay, Path shared) {
    this.seed = seed;
    this.perDay = Math.max(0, perDay);
    List<Family> all = new ArrayList<>(families());
    Family fromSeed = seedFamily(shared);
    if (fromSeed != null) {
      all.add(fromSeed);
    }
    this.families = List.copyOf(all);
  }

  /**
   * The seed report of {@code shared/examples/seed-fr.txt}, read where it lies (never copied into
   * the project), as a template: its place and date become slots. Null without a shared folder.
   */
  static Family seedFamily(Path shared) {
    if (shared == null) {
      return null;
    }
    Path file = shared.resolve("examples").resolve("seed-fr.txt");
    if (!Files.isRegularFile(file)) {
      return null;
    }
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String template =
        text.strip()
            .replace(" (Umm Al-Rashrash)", "")
            .replace(" (Eilat)", "")
            .replace("Umm Al-Rashrash", "{P}")
            .replace("Eilat", "{P}")
            .replace("lundi 18 novembre 2024", "{WD} {D} {M} {Y}")
            .replace("lundi 18 novembre", "{WD} {D} {M}");
    return new Family("seed-report", List.of("IL"), List.of(new Template("fr", template)));
  }

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: ScaleCorpus N OUT.jsonl [SEED] [PER_DAY] [SHARED_DIR]");
      System.exit(2);
    }
    long n = Long.parseLong(args[0]);
    Path out = Path.of(args[1]);
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    int perDay = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    Path shared = Path.of(args.length > 4 ? args[4] : "../shared");
    long t0 = System.nanoTime();
    long bytes =
        new ScaleCorpus(seed, perDay, Files.isDirectory(shared) ? shared : null).write(n, out);
    System.err.printf(
        Locale.ROOT,
        "%,d articles, %,d MB, %.0f s -> %s%n",
        n,
        bytes >> 20,
        (System.nanoTime() - t0) / 1e9,
        out);
  }

  /** Writes articles 0..n-1 as JSONL; returns the file size. */
  public long write(long n, Path out) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      for (long i = 0; i < n; i++) {
        w.write(jsonLine(article(i)));
        w.write('\n');
      }
    }
    return Files.size(out);
  }

  static String jsonLine(Article a) {
    ObjectNode o = Json.mapper().createObjectNode();
    o.put("id", a.id());
    o.put("text", a.text());
    o.put("published", a.published().toString());
    o.put("lang", a.language());
    o.put("url", a.url());
    o.put("outlet", a.outlet());
    return o.toString();
  }

  /** Which event article {@code i} tells: its own number, or an earlier article's (a retelling). */
  long eventOf(long i) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
    boolean retelling = i > 50 && r.nextInt(10) < 3;
    return retelling ? i - 1 - r.nextInt(50) : i;
  }

  /** The {@code i}-th article. */
  public Article article(long i) {
    long event = eventOf(i);
    boolean retelling = event != i;
    // the same stream as eventOf, which drew the retelling choice and the event first
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + i);
    if (i > 50 && r.nextInt(10) < 3) {
      r.nextInt(50);
    }
    SplittableRandom e = new SplittableRandom(seed * 7_919L + event * 31L);
    Family family = families.get(e.nextInt(families.size()));
    String country = family.countries().get(e.nextInt(family.countries().size()));
    List<Place> pool = PLACES.stream().filter(p -> p.country().equals(country)).toList();
    Place place = pool.get(e.nextInt(pool.size()));
    int day = e.nextInt(DAYS);
    LocalDate date = EPOCH.plusDays(perDay > 0 ? event / perDay + day % 3 : day);
    int killed = 2 + e.nextInt(40);
    int injured = 1 + e.nextInt(30);
    int count = 2 + e.nextInt(8);
    int firstTemplate = e.nextInt(family.templates().size());
    // the first report uses the event's own template; a retelling picks any that can name the place
    Template t = family.templates().get(firstTemplate);
    if (retelling) {
      List<Template> usable = new ArrayList<>();
      for (Template c : family.templates()) {
        if (!c.lang().equals("ar") || place.arabic() != null) {
          usable.add(c);
        }
      }
      t = usable.get(r.nextInt(usable.size()));
      if (r.nextInt(3) == 0) {
        killed += 1 + r.nextInt(3); // another source, another toll
      }
    } else if (t.lang().equals("ar") && place.arabic() == null) {
      t = family.templates().get(0);
    }
    String outlet = OUTLETS[r.nextInt(OUTLETS.length)];
    LocalDate published = date.plusDays(1 + r.nextInt(2));
    String text = fill(t, place, date, killed, injured, count) + dispatch(t.lang(), i);
    return new Article(
        "sc-" + i, text, published, t.lang(), "https://scale.example/" + i, outlet, null);
  }

  private static String fill(
      Template t, Place p, LocalDate date, int killed, int injured, int count) {
    String name = t.lang().equals("ar") ? p.arabic() : p.latin();
    return t.text()
        .replace("{P}", name)
        .replace("{WD}", weekday(t.lang(), date.getDayOfWeek()))
        .replace("{D}", Integer.toString(date.getDayOfMonth()))
        .replace("{M}", month(t.lang(), date.getMonthValue()))
        .replace("{Y}", Integer.toString(date.getYear()))
        .replace("{K2}", Integer.toString(killed + 1))
        .replace("{K}", Integer.toString(killed))
        .replace("{I}", Integer.toString(injured))
        .replace("{N}", Integer.toString(count));
  }

  private static String dispatch(String lang, long i) {
    return switch (lang) {
      case "fr" -> " (Dépêche " + i + ")";
      case "ar" -> " (برقية " + i + ")";
      default -> " (Dispatch " + i + ")";
    };
  }

  private static String weekday(String lang, DayOfWeek d) {
    int k = d.getValue() - 1;
    return switch (lang) {
      case "fr" ->
          new String[] {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"}[k];
      case "ar" ->
          new String[] {"الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"}[k];
      default -> d.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
    };
  }

  private static String month(String lang, int m) {
    String[] fr = {
      "janvier",
      "février",
      "mars",
      "avril",
      "mai",
      "juin",
      "juillet",
      "août",
      "septembre",
      "octobre",
      "novembre",
      "décembre"
    };
    return lang.equals("fr")
        ? fr[m - 1]
        : java.time.Month.of(m).getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
  }

  static List<Family> families() {
    return List.of(
        new Family(
            "village-attack",
            List.of("BF", "ML", "NE", "NG"),
            List.of(
                new Template(
                    "fr",
                    "Des hommes armés ont attaqué {WD} le village de {P}, tuant {K} civils selon un"
                        + " habitant, {K2} selon un autre. L'attaque n'a pas été revendiquée."),
                new Template(
                    "en",
                    "Gunmen attacked the village of {P} on {WD}, killing {K} civilians, a resident"
                        + " said. No group has claimed the attack."))),
        new Family(
            "checkpoint",
            List.of("ML", "BF", "NE", "NG", "SO"),
            List.of(
                new Template(
                    "en",
                    "Gunmen killed {K} soldiers at a checkpoint near {P} on {WD}, the army said."),
                new Template(
                    "fr",
                    "Des hommes armés ont tué {K} soldats à un poste de contrôle près de {P} {WD},"
                        + " a indiqué l'armée."))),
        new Family(
            "air-strike",
            List.of("SY", "IQ", "YE"),
            List.of(
                new Template(
                    "ar",
                    "قُتل {K} مدنيين وأصيب {I} آخرون في غارة جوية استهدفت بلدة في ريف {P} مساء {WD}،"
                        + " بحسب مصادر محلية."),
                new Template(
                    "en",
                    "{K} civilians were killed and {I} wounded in an air strike on a village near"
                        + " {P} on {WD} evening, local sources said."),
                new Template(
                    "fr",
                    "{K} civils ont été tués et {I} blessés {WD} soir dans une frappe aérienne"
                        + " contre un village près de {P}, selon des sources locales."))),
        new Family(
            "drone-shot-down",
            List.of("IL"),
            List.of(
                new Template(
                    "fr",
                    "L'armée israélienne a affirmé {WD} avoir abattu un drone lancé depuis le Liban"
                        + " au-dessus de {P}. Le Hezbollah a démenti toute implication."),
                new Template(
                    "ar",
                    "أعلن الجيش الإسرائيلي أن دفاعاته الجوية أسقطت طائرة مسيرة فوق {P} يوم {WD}،"
                        + " فيما نفى حزب الله مسؤوليته عن الهجوم."),
                new Template(
                    "en",
                    "Air defences shot down a drone over {P} on {WD}, the Israeli army said. No"
                        + " casualties were reported."))),
        new Family(
            "drones-overnight",
            List.of("UA"),
            List.of(
                new Template(
                    "en",
                    "Air defences shot down {N} drones over {P} overnight into {WD}, the defence"
                        + " ministry said. No casualties were reported."),
                new Template(
                    "fr",
                    "La défense antiaérienne a abattu {N} drones au-dessus de {P} dans la nuit de"
                        + " {WD}, a indiqué le ministère de la Défense."))),
        new Family(
            "market-attack",
            List.of("ML"),
            List.of(
                new Template(
                    "fr",
                    "Mopti, {D} {M} {Y} – Au moins {K} civils ont été tués et une vingtaine blessés"
                        + " {WD} soir lors d'une attaque d'hommes armés contre le marché de {P},"
                        + " dans le centre du Mali, selon des sources locales et un élu de la"
                        + " commune.\n"
                        + "Les assaillants, arrivés à moto, ont ouvert le feu sur les commerçants"
                        + " avant d'incendier plusieurs boutiques. L'armée malienne a annoncé avoir"
                        + " lancé une opération de ratissage dans la zone et arrêté trois suspects.\n"
                        + "Aucun groupe n'a revendiqué l'attaque. Le gouverneur a décrété trois"
                        + " jours de deuil."),
                new Template(
                    "en",
                    "At least {K} civilians were killed on {WD} evening when gunmen on motorbikes"
                        + " attacked the market of {P} in central Mali, local sources said. The"
                        + " Malian army said it had arrested three suspects."))),
        new Family(
            "khartoum-strike",
            List.of("SD"),
            List.of(
                new Template(
                    "en",
                    "KHARTOUM, {M} {D}, {Y} (Staff report) — At least {K} people were killed,"
                        + " including five children, when an air strike hit a residential"
                        + " neighbourhood in {P} on {WD}, local activists said.\n"
                        + "The Rapid Support Forces accused the army of carrying out the strike,"
                        + " while a military spokesman denied any involvement. More than {I}"
                        + " others were wounded and taken to a nearby hospital."),
                new Template(
                    "fr",
                    "Au moins {K} personnes ont été tuées {WD} dans une frappe aérienne sur un"
                        + " quartier résidentiel de {P}, selon des militants locaux. Les Forces de"
                        + " soutien rapide accusent l'armée."))),
        new Family(
            "ied-patrol",
            List.of("IQ"),
            List.of(
                new Template(
                    "ar",
                    "قُتل {K} جنود وأصيب {I} آخرون يوم {WD} في هجوم بعبوة ناسفة استهدف دورية للجيش"
                        + " العراقي قرب مدينة {P}، بحسب مصدر أمني.\n"
                        + "وقال المصدر إن مسلحين يشتبه في انتمائهم إلى تنظيم الدولة الإسلامية فتحوا"
                        + " النار على الدورية بعد انفجار العبوة."),
                new Template(
                    "en",
                    "{K} Iraqi soldiers were killed and {I} wounded on {WD} when a roadside bomb"
                        + " hit an army patrol near {P}, a security source said."))));
  }

  static List<Place> places() {
    List<Place> out = new ArrayList<>();
    latin(
        out,
        "ML",
        "Gao",
        "Mopti",
        "Ségou",
        "Tombouctou",
        "Kidal",
        "Ménaka",
        "Bandiagara",
        "Douentza",
        "Niono",
        "Ansongo",
        "Djenné",
        "Bankass");
    latin(
        out,
        "BF",
        "Djibo",
        "Dori",
        "Kaya",
        "Ouahigouya",
        "Fada N'Gourma",
        "Arbinda",
        "Gorom-Gorom",
        "Tougan",
        "Nouna",
        "Dédougou",
        "Kombori",
        "Barsalogho",
        "Titao",
        "Sebba",
        "Diapaga",
        "Kantchari");
    latin(out, "NE", "Tillabéri", "Diffa", "Ouallam", "Ayorou", "Téra", "Agadez", "Tahoua");
    latin(out, "NG", "Maiduguri", "Bama", "Gwoza", "Monguno", "Damboa", "Gusau", "Katsina");
    latin(out, "SO", "Mogadishu", "Baidoa", "Beledweyne", "Kismayo");
    latin(
        out,
        "SD",
        "Khartoum",
        "Omdurman",
        "El Fasher",
        "Nyala",
        "Geneina",
        "Wad Madani",
        "El Obeid",
        "Kadugli",
        "Sennar");
    latin(out, "UA", "Kharkiv", "Kherson", "Zaporizhzhia", "Odesa", "Sumy", "Dnipro", "Kramatorsk");
    latin(out, "IL", "Kiryat Shmona", "Metula", "Nahariya", "Safed", "Tiberias", "Ashkelon");
    bilingual(out, "IL", "Eilat", "إيلات", "Haifa", "حيفا");
    bilingual(
        out,
        "SY",
        "Hasakah",
        "الحسكة",
        "Qamishli",
        "القامشلي",
        "Deir ez-Zor",
        "دير الزور",
        "Raqqa",
        "الرقة",
        "Idlib",
        "إدلب",
        "Aleppo",
        "حلب",
        "Homs",
        "حمص",
        "Hama",
        "حماة",
        "Daraa",
        "درعا",
        "Manbij",
        "منبج");
    bilingual(
        out,
        "IQ",
        "Kirkuk",
        "كركوك",
        "Mosul",
        "الموصل",
        "Tikrit",
        "تكريت",
        "Samarra",
        "سامراء",
        "Baqubah",
        "بعقوبة",
        "Ramadi",
        "الرمادي",
        "Fallujah",
        "الفلوجة",
        "Erbil",
        "أربيل",
        "Basra",
        "البصرة");
    bilingual(
        out,
        "YE",
        "Hodeidah",
        "الحديدة",
        "Taiz",
        "تعز",
        "Saada",
        "صعدة",
        "Aden",
        "عدن",
        "Sanaa",
        "صنعاء");
    return List.copyOf(out);
  }

  private static void latin(List<Place> out, String cc, String... names) {
    for (String n : names) {
      out.add(new Place(cc, n, null));
    }
  }

  private static void bilingual(List<Place> out, String cc, String... pairs) {
    for (int k = 0; k < pairs.length; k += 2) {
      out.add(new Place(cc, pairs[k], pairs[k + 1]));
    }
  }
}
