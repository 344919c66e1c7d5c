package org.vigie.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextPrimitivesTest {
  private final Tokenizer tokenizer = new Tokenizer(Set.of("l", "d", "qu", "s"), Set.of("m"));

  @Test
  void foldUnifiesAccentsCaseAndArabicVariants() {
    assertThat(Fold.fold("Résistance")).isEqualTo("resistance");
    assertThat(Fold.fold("أُمّ الرَّشْرَاش")).isEqualTo(Fold.fold("ام الرشراش"));
    assertThat(Fold.fold("مـديـنـة")).isEqualTo("مدينه");
    assertThat(Fold.fold("٤٣")).isEqualTo("43");
    assertThat(Fold.key("Umm Al-Rashrash")).isEqualTo("umm al rashrash");
  }

  @Test
  void normalizerKeepsOffsetsIntoTheOriginal() {
    String text = "43\u202f799 morts, مـقـتـل «x»";
    NormalizedText nt = TextNormalizer.normalize(text);
    assertThat(nt.normalized()).startsWith("43 799 morts");
    assertThat(nt.normalized()).contains("مقتل \"x\"");
    int n = nt.normalized().indexOf("مقتل");
    int s = nt.originalStart(n);
    int e = nt.originalEnd(n + 4);
    assertThat(text.substring(s, e)).isEqualTo("مـقـتـل");
  }

  @Test
  void tokenizerSplitsElisionAndSentences() {
    TokenizedText tt =
        tokenizer.tokenize(TextNormalizer.normalize("M. Dupont l'a dit. Puis il est parti."));
    assertThat(tt.tokens()).extracting(Token::surface).contains("l'", "a", "Dupont");
    assertThat(tt.sentences()).hasSize(2);
  }

  @Test
  void tokenOffsetsPointAtTheOriginalOnRandomText() {
    Random random = new Random(42);
    String alphabet = "ab é\u00a0\u202f.\n'ال\u0640\u064e٣-«»?Z ";
    for (int round = 0; round < 500; round++) {
      StringBuilder b = new StringBuilder();
      int len = random.nextInt(60);
      for (int i = 0; i < len; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = b.toString();
      TokenizedText tt = tokenizer.tokenize(TextNormalizer.normalize(text));
      int last = 0;
      List<Token> tokens = tt.tokens();
      for (Token t : tokens) {
        assertThat(t.start()).isGreaterThanOrEqualTo(last);
        assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(text.length());
        assertThat(TextNormalizer.normalize(text.substring(t.start(), t.end())).normalized())
            .isEqualTo(t.surface());
        last = t.start();
      }
    }
  }
}
