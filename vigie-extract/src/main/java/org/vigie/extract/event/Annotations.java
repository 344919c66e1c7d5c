package org.vigie.extract.event;

import java.time.LocalDate;
import java.util.List;
import org.vigie.extract.actor.ActorMention;
import org.vigie.extract.lexicon.Match;
import org.vigie.extract.parse.CasualtyMention;
import org.vigie.extract.parse.Frame;
import org.vigie.extract.parse.NumberMention;
import org.vigie.extract.parse.TimeMention;
import org.vigie.geo.ResolvedPlace;
import org.vigie.text.TokenizedText;

/** The layers the annotation stages produced for one article, read by event assembly. Immutable. */
public record Annotations(
    String lang,
    TokenizedText text,
    List<Match> lexicon,
    List<ActorMention> actors,
    List<NumberMention> numbers,
    List<TimeMention> times,
    List<ResolvedPlace> places,
    List<CasualtyMention> casualties,
    List<Frame> frames,
    LocalDate anchor) {}
