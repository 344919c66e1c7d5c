package org.vigie.store.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.vigie.model.Article;
import org.vigie.model.Event;
import org.vigie.store.bench.MarkupExtractor;

class EventFusionTest {

  private static Mention m(String id, String outlet, String markup) {
    Article a = new Article(id, markup, LocalDate.parse("2024-08-26"), "fr", null, outlet, null);
    return new Mention(
        "m-" + id + "-0",
        id,
        outlet,
        "fr",
        a.published(),
        new MarkupExtractor().extract(a).events().get(0),
        null);
  }

  @Test
  void keepsEveryReportAndTheLowestFigure() {
    Event e =
        EventFusion.fuse(
            List.of(
                m("a", "RFI", "{{ev date=2024-08-25; cc=ML; a1=x; killed=21}}"),
                m(
                    "b",
                    "AP",
                    "{{ev date=2024-08-25; place=T; lat=19.9; lon=2.9; cc=ML; a1=x; killed=15}}")));
    assertThat(e.casualties().killed().value()).isEqualTo(15);
    assertThat(e.casualties().killed().min()).isEqualTo(15);
    assertThat(e.casualties().killed().max()).isEqualTo(21);
    assertThat(e.casualties().killed().reports()).hasSize(2);
    assertThat(e.location().name()).isEqualTo("T"); // the precise place beats the country
  }

  @Test
  void aClaimRelayedByTheClaimantsChannelIsNotConfirmation() {
    Mention claim =
        m(
            "a",
            "Hezbollah media (al-Manar)",
            "{{ev date=2024-07-27; cc=LB; a1=hezbollah; claim=hezbollah}}");
    Mention relay = m("b", "Al-Manar Hezbollah", "{{ev date=2024-07-27; cc=LB; a1=hezbollah}}");
    assertThat(EventFusion.fuse(List.of(claim, relay)).attribution().status()).isEqualTo("claimed");
    Mention ap = m("c", "AP", "{{ev date=2024-07-27; cc=LB; a1=hezbollah}}");
    // one independent outlet is not confirmation: the status stays as extracted
    // one independent outlet is not confirmation: the status stays as extracted
    assertThat(EventFusion.fuse(List.of(claim, relay, ap)).attribution().status())
        .isEqualTo("claimed");
    Mention rfi = m("d", "RFI (via allAfrica)", "{{ev date=2024-07-27; cc=LB; a1=hezbollah}}");
    Event confirmed = EventFusion.fuse(List.of(claim, ap, rfi));
    assertThat(confirmed.attribution().status()).isEqualTo("confirmed");
    assertThat(confirmed.attribution().claimedBy().id()).isEqualTo("hezbollah");
    // the same outlet twice is one source
    Mention ap2 = m("e", "AP", "{{ev date=2024-07-27; cc=LB; a1=hezbollah}} again");
    assertThat(EventFusion.fuse(List.of(claim, ap, ap2)).attribution().status())
        .isEqualTo("claimed");
  }

  @Test
  void fusionIsIndependentOfOrderAndIdsComeFromTheFirstMention() {
    Mention a = m("a", "RFI", "{{ev date=2024-08-25; cc=ML; a1=x; killed=3}}");
    Mention b = m("b", "AP", "{{ev date=2024-08-25; cc=ML; a1=x; killed=4}}");
    assertThat(EventFusion.fuse(List.of(a, b))).isEqualTo(EventFusion.fuse(List.of(b, a)));
    assertThat(EventFusion.eventId(List.of(b, a))).isEqualTo(EventFusion.eventId(List.of(a)));
  }
}
