package org.vigie.extract.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vigie.text.TextNormalizer;
import org.vigie.text.TokenizedText;
import org.vigie.text.Tokenizer;

class PhraseMatcherTest {
  private static final Tokenizer TOK = new Tokenizer(Set.of("l", "d"), Set.of());

  private static List<Match> find(String lexicon, String text) {
    List<LexiconEntry> entries =
        LexiconReader.read(
            new ByteArrayInputStream(lexicon.getBytes(StandardCharsets.UTF_8)), "test", "test");
    TokenizedText tt = TOK.tokenize(TextNormalizer.normalize(text));
    return new PhraseMatcher(entries).findAll(tt.tokens());
  }

  @Test
  void matchesAfterFoldingAndWithPrefixes() {
    assertThat(find("frapp*\ttype=ASSAULT\n", "Les drones ont FRAPPÉ la base")).hasSize(1);
    assertThat(find("Résistance islamique\tid=x\n", "la resistance Islamique")).hasSize(1);
  }

  @Test
  void arabicProcliticsAreStripped() {
    assertThat(find("طائرات\tmode=drone\n", "وبالطائرات المسيرة")).hasSize(1);
    assertThat(find("المقاومة\tid=x\n", "للمقاومة")).hasSize(1);
    assertThat(find("غارة\ttype=ASSAULT\n", "بغارة")).hasSize(1);
  }

  @Test
  void longestMatchPerCategoryAndHyphens() {
    List<Match> m = find("tel aviv\tcountry=IL\ntel\tx=1\n", "le régime de Tel-Aviv");
    assertThat(m).extracting(Match::length).contains(3);
  }

  @Test
  void noMatchAcrossPunctuation() {
    assertThat(find("air strike\tmode=aerial\n", "the air. Strike")).isEmpty();
  }
}
