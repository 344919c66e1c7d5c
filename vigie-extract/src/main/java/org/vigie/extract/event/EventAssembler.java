package org.vigie.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.vigie.extract.actor.Actor;
import org.vigie.extract.actor.ActorMention;
import org.vigie.extract.actor.ActorRegistry;
import org.vigie.extract.lexicon.Match;
import org.vigie.extract.parse.CasualtyMention;
import org.vigie.extract.parse.Frame;
import org.vigie.extract.parse.NumberMention;
import org.vigie.extract.parse.TimeMention;
import org.vigie.geo.ResolvedPlace;
import org.vigie.text.Sentence;
import org.vigie.text.Token;

/**
 * Turns the annotation layers into event mentions, one per clause that holds event triggers: the
 * clause's actors take roles by their position to the trigger and the prepositions before them
 * ("par"/"by" → perpetrator, "contre"/"against"/"ضد" → target), and the clause's mode words, time,
 * place, casualties and reporting frame become the mention's fields. Scope cues decide whether a
 * mention is discrete, an aggregate campaign, background, an intention, or negated.
 */
public final class EventAssembler {
  /** Acts whose announcement is a threat; announcing any other act is a promise. */
  private static final java.util.Set<String> THREATENED =
      java.util.Set.of(
          "ASSAULT", "COERCE", "PROTEST", "SANCTION", "RETREAT", "REJECT", "MOBILIZE", "THREATEN");

  private static final List<String> TYPE_PRIORITY =
      List.of("ASSAULT", "COERCE", "PROTEST", "THREATEN", "MOBILIZE", "SANCTION");
  private final ActorRegistry registry;

  public EventAssembler(ActorRegistry registry) {
    this.registry = registry;
  }

  /** Mentions, intentions and the casualty figures that belong to no event. */
  public record Result(
      List<Draft> drafts, List<IntentionDraft> intentions, List<StatisticDraft> statistics) {}

  /** An announced intention: who, which cue, where. */
  public record IntentionDraft(Actor actor, String kind, int from, int to) {}

  /** A figure that belongs to no event (cumulative toll, sum over a campaign). */
  public record StatisticDraft(
      int sentence,
      List<CasualtyMention> figures,
      ResolvedPlace area,
      TimeMention since,
      Frame frame) {}

  public Result assemble(Annotations a) {
    List<Draft> drafts = new ArrayList<>();
    List<IntentionDraft> intentions = new ArrayList<>();
    List<StatisticDraft> statistics = new ArrayList<>();
    List<Token> tokens = a.text().tokens();
    TimeMention lastSince = null;
    for (Sentence s : a.text().sentences()) {
      List<Match> inSentence = within(a.lexicon(), s.firstToken(), s.endToken());
      for (TimeMention t : a.times()) {
        if (t.kind() == TimeMention.Kind.SINCE && t.from() < s.endToken() && t.start() != null) {
          lastSince = t;
        }
      }
      boolean cumulative = has(inSentence, "scope", "cumulative");
      List<Match> triggers = triggers(inSentence, a, s);
      List<CasualtyMention> sentenceCasualties = new ArrayList<>();
      for (CasualtyMention c : a.casualties()) {
        if (c.sentence() == s.index()) {
          sentenceCasualties.add(c);
        }
      }
      if (cumulative && !sentenceCasualties.isEmpty()) {
        statistics.add(
            new StatisticDraft(
                s.index(),
                sentenceCasualties,
                areaOf(a, s),
                lastSince,
                firstFrame(a.frames(), s.index())));
        sentenceCasualties = List.of();
      }
      for (Match cue : inSentence) {
        if ("intention".equals(cue.get("scope"))) {
          Actor who = subjectBefore(a.actors(), cue.from(), s);
          intentions.add(
              new IntentionDraft(who, cue.entry().get("kind", "intention"), cue.from(), cue.to()));
        }
      }
      if (triggers.isEmpty()) {
        // figures in a sentence with no trigger ("Two civilians died.") belong to the event just
        // told, if it was told in the previous two sentences; told first, they are the event
        Draft last = drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        if (last != null && !"background".equals(last.scope) && s.index() - last.sentence <= 2) {
          for (CasualtyMention c : sentenceCasualties) {
            if (!c.subset()) {
              last.casualties.add(c);
            }
          }
          for (Frame f : a.frames()) {
            if (f.sentence() == s.index() && !"report".equals(f.kind())) {
              last.frames.add(f); // "Le Hezbollah a démenti toute implication."
            }
          }
        } else if (last == null && casualtyEvent(sentenceCasualties)) {
          Draft d = casualtyDraft(a, s, sentenceCasualties);
          if (d != null) {
            drafts.add(d);
          }
        }
        continue;
      }
      List<CasualtyMention> orphans = new ArrayList<>();
      int draftsBefore = drafts.size();
      for (int[] seg : segments(a, s, inSentence)) {
        List<Match> segTriggers = new ArrayList<>();
        for (Match t : triggers) {
          if (t.from() >= seg[0] && t.from() < seg[1]) {
            segTriggers.add(t);
          }
        }
        if (segTriggers.isEmpty()) {
          for (CasualtyMention c : sentenceCasualties) {
            if (c.from() >= seg[0] && c.from() < seg[1] && !c.subset()) {
              orphans.add(c); // "There were no reported casualties; however, …"
            }
          }
          continue;
        }
        Clauses clauses = new Clauses(a, seg, inSentence);
        List<List<Match>> groups = groups(segTriggers, clauses, inSentence);
        for (int g = 0; g < groups.size(); g++) {
          Draft d =
              draft(
                  a,
                  s,
                  seg,
                  groups.get(g),
                  inSentence,
                  cumulative,
                  sentenceCasualties,
                  clauses.owner(groups, g));
          if (d != null) {
            drafts.add(d);
          }
        }
      }
      if (!orphans.isEmpty()) {
        Draft home =
            drafts.size() > draftsBefore
                ? drafts.get(draftsBefore)
                : drafts.isEmpty() ? null : drafts.get(drafts.size() - 1);
        if (home != null && !"background".equals(home.scope)) {
          home.casualties.addAll(orphans);
        }
      }
    }
    return new Result(drafts, intentions, statistics);
  }

  private List<Match> triggers(List<Match> inSentence, Annotations a, Sentence s) {
    boolean context =
        a.actors().stream().anyMatch(m -> m.from() >= s.firstToken() && m.to() <= s.endToken())
            || inSentence.stream().anyMatch(m -> m.category().equals("modes"));
    boolean violent =
        inSentence.stream()
            .anyMatch(
                m -> m.category().startsWith("triggers") && isViolent(m) && !m.entry().has("weak"));
    List<Match> out = new ArrayList<>();
    for (Match m : inSentence) {
      if (!m.category().startsWith("triggers")) {
        continue;
      }
      if (m.entry().has("weak") && !context) {
        continue;
      }
      if (m.entry().has("weak") && violent && !isViolent(m)) {
        continue; // "en raison du soutien de Washington": the motive of an attack, not an event
      }
      if (overlapsActor(a.actors(), m) || overlapsPlace(a.places(), m)) {
        continue;
      }
      out.add(m);
    }
    // drop a trigger contained in a longer one
    List<Match> kept = new ArrayList<>();
    for (Match m : out) {
      boolean inside = false;
      for (Match o : out) {
        if (o != m && o.from() <= m.from() && o.to() >= m.to() && o.length() > m.length()) {
          inside = true;
          break;
        }
      }
      if (!inside) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(Match::from));
    return kept;
  }

  /**
   * Clause boundaries inside a sentence: a cue that places what follows relative to another event
   * ("un jour après que", "a day after"), and semicolons.
   */
  private static List<int[]> segments(Annotations a, Sentence s, List<Match> inSentence) {
    List<Integer> cuts = new ArrayList<>();
    for (TimeMention t : a.times()) {
      if (t.kind() == TimeMention.Kind.RELATIVE_EVENT
          && t.appliesAfter()
          && t.from() >= s.firstToken()
          && t.from() < s.endToken()) {
        cuts.add(t.from());
      }
    }
    for (int k = s.firstToken(); k < s.endToken(); k++) {
      if (a.text().tokens().get(k).surface().equals(";")) {
        cuts.add(k);
      }
    }
    cuts.sort(Integer::compare);
    List<int[]> out = new ArrayList<>();
    int from = s.firstToken();
    for (int c : cuts) {
      if (c > from) {
        out.add(new int[] {from, c});
        from = c;
      }
    }
    out.add(new int[] {from, s.endToken()});
    return out;
  }

  /**
   * Triggers of one clause describe one event; a clause boundary between two triggers, a background
   * word ("guerre", "war") or a background cue before a trigger ("en réponse aux massacres") starts
   * another mention.
   */
  private static List<List<Match>> groups(
      List<Match> triggers, Clauses clauses, List<Match> inSentence) {
    List<List<Match>> out = new ArrayList<>();
    List<Match> current = null;
    Match prev = null;
    for (Match t : triggers) {
      boolean alone = "background".equals(t.get("scope")) || backgroundCueBefore(inSentence, t);
      boolean split =
          current == null
              || alone
              || prev != null && "background".equals(prev.get("scope"))
              || clauses.boundaryBetween(prev.to(), t.from())
                  && !causeLinkBetween(inSentence, prev.to(), t.from())
              || !family(prev).equals(family(t));
      if (split) {
        current = new ArrayList<>();
        out.add(current);
      }
      current.add(t);
      prev = alone ? null : t;
      if (alone) {
        current = null;
      }
    }
    return out;
  }

  /** Two or more events counted ("deux frappes", "three attacks") over two or more days. */
  private static boolean countedOverDays(Annotations a, int[] seg, List<Match> group) {
    boolean counted = false;
    for (Match t : group) {
      if ("verb".equals(t.get("pos"))) {
        continue;
      }
      for (NumberMention n : a.numbers()) {
        if (n.to() == t.from() && n.hasValue() && n.value() >= 2 && n.value() <= 20) {
          counted = true;
        }
      }
    }
    if (!counted) {
      return false;
    }
    java.util.Set<java.time.LocalDate> days = new java.util.HashSet<>();
    for (TimeMention t : a.times()) {
      if (t.from() >= seg[0] && t.from() < seg[1] && t.isDay() && t.start() != null) {
        days.add(t.start());
      }
    }
    return days.size() >= 2;
  }

  /**
   * "مقتل 61 مدنياً، جراء غارات", "3 killed, as a result of shelling": a toll and the act that
   * caused it, across a comma, are one mention.
   */
  private static boolean causeLinkBetween(List<Match> inSentence, int from, int to) {
    for (Match cue : inSentence) {
      if ("cause-link".equals(cue.get("scope"))
          && cue.category().equals("scope")
          && cue.from() >= from
          && cue.to() <= to) {
        return true;
      }
    }
    return false;
  }

  private static boolean backgroundCueBefore(List<Match> inSentence, Match t) {
    for (Match cue : inSentence) {
      if ("background".equals(cue.get("scope"))
          && cue.category().equals("scope")
          && cue.to() <= t.from()
          && t.from() - cue.to() <= 6) {
        return true;
      }
    }
    return false;
  }

  private static String family(Match t) {
    String type = t.get("type");
    return TYPE_PRIORITY.indexOf(type) >= 0 && TYPE_PRIORITY.indexOf(type) <= 1 ? "violent" : type;
  }

  private Draft draft(
      Annotations a,
      Sentence s,
      int[] seg,
      List<Match> group,
      List<Match> inSentence,
      boolean cumulative,
      List<CasualtyMention> sentenceCasualties,
      java.util.function.IntPredicate mine) {
    List<Token> tokens = a.text().tokens();
    Match lead = group.get(0);
    for (Match t : group) {
      if (TYPE_PRIORITY.indexOf(t.get("type")) >= 0
          && (TYPE_PRIORITY.indexOf(lead.get("type")) < 0
              || TYPE_PRIORITY.indexOf(t.get("type")) < TYPE_PRIORITY.indexOf(lead.get("type")))) {
        lead = t;
      }
    }
    int trig = lead.from();
    List<Match> seglex = new ArrayList<>();
    for (Match m : within(inSentence, seg[0], seg[1])) {
      if (mine.test(m.from())) {
        seglex.add(m);
      }
    }
    Draft d = new Draft();
    d.type = lead.get("type");
    d.rule = lead.category() + ":" + lead.entry().phrase();
    d.sentence = s.index();
    d.triggerFrom = lead.from();
    for (Match t : group) {
      d.triggers.add(new int[] {t.from(), t.to()});
      if (t.get("outcome") != null) {
        d.outcome = t.get("outcome");
      } else if ("unknown".equals(d.outcome) && t.entry().has("hit")) {
        d.outcome = "hit";
      }
      if (t.entry().has("two-sided")) {
        d.twoSided = true;
      }
      if (t.entry().has("defeat")) {
        d.defeat = true;
      }
      if (t.get("mode") != null) {
        offerMode(d, t.get("mode"), t.entry().getInt("rank", 0), t.from(), t.to());
      }
      if (t.entry().has("plural") || isPluralNoun(tokens.get(t.to() - 1), t)) {
        d.plural = true;
      }
      if (t.entry().has("weak")) {
        d.weak = true;
      }
    }
    d.lead = s.index() <= 1;
    // scope cues
    boolean modal = false;
    for (Match cue : seglex) {
      String scope = cue.get("scope");
      if (scope == null || !cue.category().equals("scope")) {
        continue;
      }
      switch (scope) {
        case "negation" -> {
          if (cue.to() <= trig && trig - cue.to() <= 2) {
            return null;
          }
        }
        case "intention" -> {
          if (cue.to() <= trig && trig - cue.to() <= cue.entry().getInt("near", 8)) {
            return null;
          }
        }
        case "background" -> {
          if (cue.to() <= trig && trig - cue.to() <= 6) {
            d.scope = "background";
            d.causeCue = true;
          }
        }
        case "modal" -> {
          if (cue.to() <= trig && trig - cue.to() <= cue.entry().getInt("near", 2)) {
            modal = true;
          }
        }
        case "aggregate" -> {
          // "plusieurs frappes", "a series of attacks", «عدة غارات»: the cue counts the event noun
          // it comes before; after a verb it counts the victims ("tué plusieurs dizaines")
          // ("مقتل 61 مدنياً … جراء سلسلة غارات": the toll of a series of raids)
          for (Match t : group) {
            if (cue.to() <= t.from() && t.from() - cue.to() <= 3 && !"verb".equals(t.get("pos"))) {
              d.plural = true;
              d.scope = "aggregate";
            }
          }
        }
        case "distinct" -> {
          // "trois autres cibles", "another attack" — not "selon un autre"
          // before the event word it counts ("another attack", "une autre frappe"); after it
          // only before a target ("a frappé trois autres cibles"), not "two other people"
          if (cue.to() <= trig && trig - cue.to() <= 3
              || targetNounAfter(seglex, cue)
              || cue.entry().has("sentence") && cue.from() < trig) {
            d.distinct = true; // "Par ailleurs, …", "In a separate incident, …": another event
          }
        }
        case "same-place" -> {
          d.samePlace = true;
          d.samePlaceFrom = cue.from();
          d.samePlaceTo = cue.to();
        }
        default -> {}
      }
    }
    if (backgroundCueBefore(inSentence, lead)) {
      // "in response to the killing…": the cause, whichever clause the cue words fall in
      d.scope = "background";
      d.causeCue = true;
    }
    if ("background".equals(lead.get("scope")) || cumulative) {
      d.scope = "background";
    }
    for (Match m : seglex) {
      if (m.category().equals("modes")) {
        offerMode(d, m.get("mode"), m.entry().getInt("rank", 0), m.from(), m.to());
        for (Match t : group) {
          // "abattu un drone", "a abattu deux missiles": a munition shot down, not a hit
          if (t.entry().has("munition-intercept")
              && m.from() >= t.to()
              && m.from() - t.to() <= 3
              && ("drone".equals(m.get("mode"))
                  || "missile".equals(m.get("mode"))
                  || "aerial".equals(m.get("mode")))) {
            d.outcome = "intercepted";
          }
        }
      }
    }
    if (countedOverDays(a, seg, group)) {
      // "treize civils tués jeudi et vendredi dans deux frappes": the lead sums two events the
      // report then tells one by one (on one day, "two air strikes on the area" stay one event)
      d.plural = true;
      d.scope = "aggregate";
    }
    if (modal) {
      // "will withdraw", "would blockade Paris", "will provide aid": an act announced, not done.
      // PLOVER codes the announcement: a threat when the act would hurt or coerce, else a promise.
      d.type = THREATENED.contains(d.type) ? "THREATEN" : "AGREE";
      d.mode = null;
      d.modeRank = 99; // no weapon word may give it a mode afterwards
      d.modeEvidence = null;
    }
    assignTime(a, s, seg, d, trig, mine);
    assignPlace(a, seg, d, trig, mine);
    assignActors(a, s, seg, d, group, mine);
    for (CasualtyMention c : sentenceCasualties) {
      if (c.from() >= seg[0] && c.from() < seg[1] && !c.subset() && mine.test(c.from())) {
        d.casualties.add(c);
      }
    }
    for (Frame f : a.frames()) {
      if (f.sentence() == s.index()) {
        d.frames.add(f);
      }
    }
    targetCount(a, seglex, d);
    if (d.causeCue
        && "background".equals(d.scope)
        && !"background".equals(lead.get("scope"))
        && !cumulative
        && !d.plural
        && (d.hasPrecisePlace() || d.casualties.stream().anyMatch(c -> c.value() != null))) {
      // "in response to the killing of four fighters in an air raid on Kafr Kila": the cause is a
      // past event of its own, told with its place or toll, not the event of the sentence
      d.scope = "discrete";
      d.distinct = true;
    }
    if ("discrete".equals(d.scope)
        && d.plural
        && !d.hasDayDate()
        && d.casualties.stream().noneMatch(c -> c.value() != null)) {
      d.scope = "aggregate";
      d.definitePlural = definiteBefore(a, seglex, lead);
    }
    return d;
  }

  /**
   * "les frappes", "ces frappes", "the strikes", «الغارات»: a definite plural that may name again
   * the strikes the report already told, rather than a campaign.
   */
  private static boolean definiteBefore(Annotations a, List<Match> seglex, Match lead) {
    for (Match m : seglex) {
      if ("definite".equals(m.get("scope")) && m.to() == lead.from()) {
        return true;
      }
    }
    String first = a.text().tokens().get(lead.from()).surface();
    return "ar".equals(a.lang()) && (first.startsWith("ال") || first.startsWith("وال"));
  }

  /** Within a few words after one of the group's event words, as a passive's agent is. */
  private static boolean agentOfSomeTrigger(List<Match> group, ActorMention m) {
    for (Match t : group) {
      if (m.from() >= t.to() && m.from() - t.to() <= 5) {
        return true;
      }
    }
    return false;
  }

  /** The people a casualty figure counts ("at least one soldier killed") are its victims. */
  private static boolean countedByCasualty(Annotations a, ActorMention m) {
    for (CasualtyMention c : a.casualties()) {
      if (c.from() <= m.from() && m.to() <= c.to()) {
        return true;
      }
    }
    return false;
  }

  private static boolean targetNounAfter(List<Match> seglex, Match cue) {
    for (Match t : seglex) {
      if (t.category().equals("targets") && t.from() >= cue.to() && t.from() - cue.to() <= 1) {
        return true;
      }
    }
    return false;
  }

  private static boolean casualtyEvent(List<CasualtyMention> cs) {
    return cs.stream()
        .anyMatch(
            c ->
                !c.subset()
                    && c.value() != null
                    && c.value() > 0
                    && ("killed".equals(c.kind()) || "injured".equals(c.kind())));
  }

  /** "…left 3 militants dead": a toll with no event word is the event, an attack. */
  private Draft casualtyDraft(Annotations a, Sentence s, List<CasualtyMention> cs) {
    CasualtyMention first = cs.get(0);
    var entry =
        new org.vigie.extract.lexicon.LexiconEntry(
            "(casualties)",
            List.of("(casualties)"),
            "triggers",
            java.util.Map.of("type", "ASSAULT"));
    Match pseudo = new Match(entry, first.from(), first.to());
    int[] seg = {s.firstToken(), s.endToken()};
    Draft d = draft(a, s, seg, List.of(pseudo), List.of(), false, cs, k -> true);
    if (d != null) {
      d.rule = "casualties";
      d.weak = true;
    }
    return d;
  }

  private static void offerMode(Draft d, String mode, int rank, int from, int to) {
    if (mode == null || mode.isEmpty()) {
      return;
    }
    if (rank > d.modeRank || d.mode == null) {
      d.mode = mode;
      d.modeRank = rank;
      d.modeEvidence = new Draft.Sourced<>(mode, from, to);
    }
  }

  private static void assignTime(
      Annotations a,
      Sentence s,
      int[] seg,
      Draft d,
      int trig,
      java.util.function.IntPredicate mine) {
    TimeMention best = null;
    TimeMention coarse = null;
    for (TimeMention t : a.times()) {
      if (t.from() < seg[0] || t.from() >= seg[1]) {
        continue;
      }
      if (!mine.test(t.from()) && t.kind() != TimeMention.Kind.RELATIVE_EVENT) {
        continue;
      }
      switch (t.kind()) {
        case DATE -> {
          if (t.start() != null
              && (best == null || Math.abs(t.from() - trig) < Math.abs(best.from() - trig))) {
            best = t;
          }
        }
        case RELATIVE_EVENT -> {
          d.relativeToEvent = true;
          d.relativeDays = t.relativeDays();
          d.dateFrom = t.from();
          d.dateTo = t.to();
        }
        case PERIOD, SINCE -> {
          coarse = t;
          if (t.kind() == TimeMention.Kind.PERIOD || t.start() != null) {
            d.plural = true;
            if ("discrete".equals(d.scope)) {
              d.scope = "aggregate";
            }
          }
        }
        case MONTH, WEEK -> coarse = coarse == null ? t : coarse;
        default -> {}
      }
    }
    if (best != null) {
      d.relativeToEvent = false;
      d.start = best.start();
      d.end = best.end();
      d.datePrecision = best.precision();
      d.dateBasis = best.basis();
      d.partOfDay = best.partOfDay();
      d.dateFrom = best.from();
      d.dateTo = best.to();
      d.weekdayConflict = best.weekdayConflict();
    } else if (coarse != null && coarse.start() != null && !d.relativeToEvent) {
      d.start = coarse.start();
      d.end = coarse.end() != null ? coarse.end() : a.anchor();
      d.datePrecision =
          coarse.kind() == TimeMention.Kind.WEEK
              ? "week"
              : coarse.kind() == TimeMention.Kind.SINCE ? "range" : "month";
      d.dateBasis = coarse.basis();
      d.dateFrom = coarse.from();
      d.dateTo = coarse.to();
    }
  }

  private static void assignPlace(
      Annotations a, int[] seg, Draft d, int trig, java.util.function.IntPredicate mine) {
    ResolvedPlace best = null;
    for (ResolvedPlace p : a.places()) {
      if (p.firstToken() < seg[0] || p.firstToken() >= seg[1] || !mine.test(p.firstToken())) {
        continue;
      }
      if (overlapsActorSpan(a.actors(), p.firstToken(), p.endToken())) {
        continue;
      }
      if (endsBefore(a, p.firstToken(), 2, m -> isScope(m, "direction"))) {
        continue; // "ont fui vers la Mauritanie", "on its way to Jeddah": where people went
      }
      if (p.place() != null && p.place().country() != null) {
        d.countries.add(p.place().country());
      }
      if (best == null
          || p.precision() < best.precision()
          || p.precision() == best.precision()
              && Math.abs(p.firstToken() - trig) < Math.abs(best.firstToken() - trig)) {
        best = p;
      }
    }
    if (best != null) {
      for (ResolvedPlace p : a.places()) {
        if (p.firstToken() >= seg[0]
            && p.firstToken() < seg[1]
            && p.place().id().equals(best.place().id())) {
          d.placeMentions.add(p);
        }
      }
      d.place = best;
      d.placeBasis =
          "relative".equals(best.basis())
              ? "relative"
              : best.place().isCountry() ? "country-only" : "named";
    }
  }

  private void assignActors(
      Annotations a,
      Sentence s,
      int[] seg,
      Draft d,
      List<Match> group,
      java.util.function.IntPredicate mine) {
    List<Token> tokens = a.text().tokens();
    int trigFrom = group.get(0).from();
    int trigTo = group.get(group.size() - 1).to();
    List<ActorMention> before = new ArrayList<>();
    boolean passive = passiveBefore(a, trigFrom);
    for (ActorMention m : a.actors()) {
      if (m.from() < seg[0]
          || m.from() >= seg[1]
          || !mine.test(m.to() <= trigFrom ? m.to() - 1 : m.from())) {
        continue;
      }
      Actor actor = resolve(a, m, d);
      if (actor == null) {
        continue;
      }
      boolean agentPrep = prepBefore(a, m, "agent-prep");
      boolean targetPrep = prepBefore(a, m, "target-prep");
      boolean demonym = m.kind() == ActorMention.Kind.DEMONYM;
      boolean speaker = isSpeaker(a, m);
      if (speaker && (m.from() >= trigTo || isDenier(a, m))) {
        continue; // "…, the army said": who reports or denies is neither perpetrator nor target
      }
      if (demonym && !actorLikeDemonym(a, m, group, agentPrep, targetPrep)) {
        continue; // "peuples palestinien et libanais", "en Irak": a nationality, not an actor
      }
      boolean victimNoun =
          "civilians".equals(actor.type()) && group.get(0).entry().has("weak")
              || countedByCasualty(a, m);
      if (m.to() <= trigFrom && !targetPrep && (passive || victimNoun)) {
        // "seven soldiers were killed"; "quatre femmes et deux nourrissons tués": people a
        // casualty word is told of are its victims
        d.targets.add(new Draft.Sourced<>(actor, m.from(), m.to()));
      } else if (m.to() <= trigFrom
          && agentPrep
          && org.vigie.extract.parse.Appositions.enclosed(tokens, m.from(), m.to(), 4)) {
        continue; // the agent of another verb: "les Houthis, soutenus par l'Iran, ont attaqué"
      } else if (m.to() <= trigFrom && !targetPrep) {
        before.add(m.resolved(actor));
      } else if (agentPrep && agentOfSomeTrigger(group, m)) {
        // passive agent: "tués par des hommes armés", "shells fired by LNA forces hit…"
        setActor1(d, actor, m, true);
      } else if (m.from() >= trigTo && agentPrep) {
        continue; // the agent of another verb: "territoires occupés par Israël"
      } else if (demonym && adjacentToTrigger(m, group, a) && "ASSAULT".equals(d.type)) {
        setActor1(d, registry.stateActor(actor.country(), "military"), m, false);
      } else if (m.from() >= trigFrom || targetPrep) {
        Actor target = actor;
        if (demonym && militaryTargetBefore(a, m)) {
          target = registry.stateActor(actor.country(), "military");
        }
        d.targets.add(new Draft.Sourced<>(target, m.from(), m.to()));
      }
    }
    if (d.actor1 == null && !before.isEmpty()) {
      // the nearest actor before the trigger, unless it only reports ("selon l'armée, des
      // hommes armés ont…")
      ActorMention pick = before.get(before.size() - 1);
      for (int k = before.size() - 1; k >= 0; k--) {
        ActorMention m = before.get(k);
        if (!isThirdPartySpeaker(a, m) || k == 0) {
          pick = m;
          break;
        }
      }
      if (isThirdPartySpeaker(a, pick)
          && "international organisation".equals(pick.actor().type())) {
        pick = null; // an observer that reports ("the mission observed 9 explosions") acts not
      }
      if (pick != null) {
        Actor actor = pick.actor();
        if (pick.kind() == ActorMention.Kind.DEMONYM && "ASSAULT".equals(d.type)) {
          actor = registry.stateActor(actor.country(), "military");
        }
        setActor1(d, actor, pick, false);
      }
    }
    if (d.actor1 == null) {
      for (Frame f : a.frames()) {
        if (f.sentence() == s.index() && "claim".equals(f.kind()) && f.speaker() != null) {
          d.actor1 = new Draft.Sourced<>(f.speaker(), f.speakerFrom(), f.speakerTo());
        }
      }
    }
    // the alleged perpetrator, as coders record it: "le CSP accuse l'armée du Mali et ses alliés
    // de Wagner d'avoir effectué ces frappes": the accused, not the last name before the act
    for (Frame f : a.frames()) {
      if (f.sentence() == s.index() && f.accusedFrom() >= 0 && f.accusedTo() <= trigFrom) {
        Actor accused = f.accused();
        for (ActorMention m : a.actors()) {
          if (accused == null && m.from() == f.accusedFrom()) {
            accused = resolve(a, m, d);
          }
        }
        if (accused != null) {
          d.actor1 = new Draft.Sourced<>(accused, f.accusedFrom(), f.accusedTo());
          String id = accused.id();
          d.targets.removeIf(t -> t.value().id().equals(id));
        }
      }
    }
    if (d.defeat) {
      // "l'armée a subi une défaite contre les rebelles": the side named after the defeat won it
      // and is the one that attacked; the loser, named first, is the other side
      Draft.Sourced<Actor> winner = null;
      for (Draft.Sourced<Actor> t : d.targets) {
        if (t.from() >= trigTo && (winner == null || t.from() < winner.from())) {
          winner = t;
        }
      }
      if (winner != null) {
        d.targets.remove(winner);
        if (d.actor1 != null) {
          d.targets.add(0, d.actor1);
        }
        d.actor1 = winner;
      }
    }
    if (d.actor1 != null
        && "civilians".equals(d.actor1.value().type())
        && ConflictTypes.isRemote(d.mode)) {
      // residents do not shell or fly drones: "residents woke to the shelling" are its victims
      d.targets.add(d.actor1);
      d.actor1 = null;
    }
    if (d.actor1 != null) {
      Actor one = d.actor1.value();
      d.targets.removeIf(t -> t.value().id().equals(one.id()));
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    d.targets.removeIf(t -> !seen.add(t.value().id()));
  }

  private static void setActor1(Draft d, Actor a, ActorMention m, boolean force) {
    if (d.actor1 == null || force) {
      d.actor1 = new Draft.Sourced<>(a, m.from(), m.to());
    }
  }

  /** Forces without a stated country take the country the clause or the article is about. */
  private Actor resolve(Annotations a, ActorMention m, Draft d) {
    if (m.actor() != null) {
      return m.actor();
    }
    if (m.kind() == ActorMention.Kind.FORCE) {
      String iso = dominantCountry(a);
      if (iso != null) {
        return registry.stateActor(iso, m.forceKind() == null ? "military" : m.forceKind());
      }
    }
    return null;
  }

  private static String dominantCountry(Annotations a) {
    java.util.Map<String, Integer> counts = new java.util.HashMap<>();
    for (ResolvedPlace p : a.places()) {
      if (p.place() != null && p.place().country() != null) {
        counts.merge(p.place().country(), p.place().isCountry() ? 1 : 2, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(java.util.Map.Entry.comparingByValue())
        .map(java.util.Map.Entry::getKey)
        .orElse(null);
  }

  private static boolean isSpeaker(Annotations a, ActorMention m) {
    for (Frame f : a.frames()) {
      if (f.speakerFrom() == m.from() && f.speaker() != null) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDenier(Annotations a, ActorMention m) {
    for (Frame f : a.frames()) {
      if (f.speakerFrom() == m.from() && "deny".equals(f.kind())) {
        return true;
      }
    }
    return false;
  }

  private static boolean isThirdPartySpeaker(Annotations a, ActorMention m) {
    for (Frame f : a.frames()) {
      if (f.speakerFrom() == m.from() && "report".equals(f.kind())) {
        return true;
      }
    }
    return false;
  }

  /** A passive auxiliary just before the trigger: "were killed", "ont été tués", "a été enlevé". */
  private static boolean passiveBefore(Annotations a, int trigFrom) {
    return endsBefore(a, trigFrom, 1, m -> isScope(m, "passive"));
  }

  private static boolean prepBefore(Annotations a, ActorMention m, String kind) {
    if (endsBefore(a, m.from(), 1, x -> isScope(x, kind))) {
      return true;
    }
    // "fired by presumed LNA forces", "tués par de présumés jihadistes"
    for (Match h : a.lexicon()) {
      if (isScope(h, "hedge") && h.to() == m.from()) {
        return endsBefore(a, h.from(), 1, x -> isScope(x, kind));
      }
    }
    return false;
  }

  /**
   * A nationality or country counts as an actor only where it acts or is acted on: next to the
   * trigger ("frappes israéliennes", "Israeli strikes"), after a target noun ("cibles
   * israéliennes"), after "par"/"contre", or as the subject just before the trigger ("Israël a
   * frappé").
   */
  private static boolean actorLikeDemonym(
      Annotations a, ActorMention m, List<Match> group, boolean agentPrep, boolean targetPrep) {
    if (adjacentToTrigger(m, group, a) || agentPrep || targetPrep || targetNounBefore(a, m)) {
      return true;
    }
    int trig = group.get(0).from();
    return m.to() <= trig && trig - m.to() <= 2 && a.text().tokens().get(m.from()).capitalized();
  }

  private static boolean modeJustBefore(Annotations a, int token) {
    return endsBefore(a, token, 0, x -> x.category().equals("modes"));
  }

  private static boolean punctuationIn(Annotations a, int from, int to) {
    for (int k = from; k < to; k++) {
      if (a.text().tokens().get(k).kind() == org.vigie.text.Token.Kind.PUNCT
          && !"'".equals(a.text().tokens().get(k).surface())) {
        return true;
      }
    }
    return false;
  }

  private static boolean targetNounBefore(Annotations a, ActorMention m) {
    return endsBefore(a, m.from(), 2, x -> x.category().equals("targets"));
  }

  private static boolean adjacentToTrigger(ActorMention m, List<Match> group) {
    return adjacentToTrigger(m, group, null);
  }

  /**
   * Next to the trigger, or closing the noun phrase it heads through a weapon word: "frappes
   * israéliennes", "Israeli strikes", "frappe meurtrière de missiles russes".
   */
  private static boolean adjacentToTrigger(ActorMention m, List<Match> group, Annotations a) {
    if (a != null) {
      for (Match t : group) {
        if (m.from() >= t.to()
            && m.from() - t.to() <= 4
            && modeJustBefore(a, m.from())
            && !punctuationIn(a, t.to(), m.from())) {
          return true;
        }
      }
    }
    for (Match t : group) {
      if (m.from() >= t.to() && m.from() - t.to() <= 1) {
        return true;
      }
      if (m.to() <= t.from() && t.from() - m.to() == 0) {
        return true;
      }
    }
    return false;
  }

  private static boolean militaryTargetBefore(Annotations a, ActorMention m) {
    return endsBefore(
        a, m.from(), 2, x -> x.category().equals("targets") && x.entry().has("military"));
  }

  /** A lexicon match that satisfies {@code what} and ends at most {@code maxGap} words before. */
  private static boolean endsBefore(
      Annotations a, int token, int maxGap, java.util.function.Predicate<Match> what) {
    for (Match x : a.lexicon()) {
      if (x.to() <= token && token - x.to() <= maxGap && what.test(x)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isScope(Match m, String kind) {
    return m.category().equals("scope") && kind.equals(m.get("scope"));
  }

  private static void targetCount(Annotations a, List<Match> seglex, Draft d) {
    for (Match t : seglex) {
      if (!t.category().equals("targets")) {
        continue;
      }
      for (NumberMention n : a.numbers()) {
        if (n.hasValue() && n.to() <= t.from() && t.from() - n.to() <= 1) {
          d.targetCount = n.value().intValue();
          d.targetCountFrom = n.from();
          d.targetCountTo = t.to();
        }
      }
    }
  }

  private static boolean isPluralNoun(Token last, Match t) {
    if (!"noun".equals(t.get("pos"))) {
      return false;
    }
    String f = last.fold();
    String entryLast = t.entry().tokens().get(t.entry().tokens().size() - 1);
    return (f.endsWith("s") || f.endsWith("x")) && !entryLast.endsWith("s");
  }

  private static Actor subjectBefore(List<ActorMention> actors, int at, Sentence s) {
    Actor best = null;
    for (ActorMention m : actors) {
      if (m.from() >= s.firstToken() && m.to() <= at && m.actor() != null) {
        best = m.actor();
      }
    }
    return best;
  }

  /** The area a toll is about: the place attacked ("contre Gaza"), else the widest one. */
  private static ResolvedPlace areaOf(Annotations a, Sentence s) {
    ResolvedPlace best = null;
    for (ResolvedPlace p : a.places()) {
      if (p.firstToken() >= s.firstToken()
          && p.endToken() <= s.endToken()
          && !overlapsActorSpan(a.actors(), p.firstToken(), p.endToken())) {
        if (endsBefore(a, p.firstToken(), 1, x -> isScope(x, "target-prep"))) {
          return p;
        }
        if (best == null || p.precision() > best.precision()) {
          best = p;
        }
      }
    }
    return best;
  }

  private static Frame firstFrame(List<Frame> frames, int sentence) {
    for (Frame f : frames) {
      if (f.sentence() == sentence) {
        return f;
      }
    }
    return null;
  }

  private static boolean overlapsActor(List<ActorMention> actors, Match m) {
    return overlapsActorSpan(actors, m.from(), m.to());
  }

  private static boolean overlapsActorSpan(List<ActorMention> actors, int from, int to) {
    for (ActorMention a : actors) {
      if (a.from() < to
          && from < a.to()
          && (a.kind() == ActorMention.Kind.NAMED || a.kind() == ActorMention.Kind.UNREGISTERED)) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlapsPlace(List<ResolvedPlace> places, Match m) {
    for (ResolvedPlace p : places) {
      if (p.firstToken() < m.to() && m.from() < p.endToken() && p.precision() <= 2) {
        return true;
      }
    }
    return false;
  }

  private static boolean isViolent(Match m) {
    String type = m.get("type");
    return "ASSAULT".equals(type) || "COERCE".equals(type);
  }

  private static List<Match> within(List<Match> all, int from, int to) {
    List<Match> out = new ArrayList<>();
    for (Match m : all) {
      if (m.from() >= from && m.from() < to) {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean has(List<Match> ms, String key, String value) {
    for (Match m : ms) {
      if (value.equals(m.get(key))) {
        return true;
      }
    }
    return false;
  }
}
