package org.vigie.cli.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  // Sentences written for these tests.
  static final String FRENCH =
      "Des frappes ont visé mercredi un dépôt près de la frontière, a indiqué le ministère."
          + " Selon les secours, trois blessés ont été évacués vers l'hôpital régional à l'aube."
          + " Les habitants évoquent « une série d'explosions » et des dégâts considérables.";
  static final String ARABIC =
      "قالت مصادر محلية إن غارة جوية استهدفت مبنى في المدينة صباح الأربعاء، ما أسفر عن إصابة"
          + " ثلاثة مدنيين بجروح. وأكد الدفاع المدني أن فرق الإنقاذ ما زالت تعمل في الموقع.";

  private final TextDecoder decoder = TextDecoder.detecting();

  @Test
  void validUtf8IsTakenAsItIsWithoutWarning() throws Exception {
    DecodedText decoded = decoder.decode(ARABIC.getBytes(StandardCharsets.UTF_8), null);
    assertThat(decoded.text()).isEqualTo(ARABIC);
    assertThat(decoded.warning()).isEmpty();
  }

  @Test
  void byteOrderMarkIsDropped() throws Exception {
    byte[] body = FRENCH.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    assertThat(decoder.decode(withBom, null).text()).isEqualTo(FRENCH);
  }

  @Test
  void latin1FrenchIsDetectedAndWarned() throws Exception {
    DecodedText decoded = decoder.decode(FRENCH.getBytes(StandardCharsets.ISO_8859_1), null);
    assertThat(decoded.text()).isEqualTo(FRENCH);
    assertThat(decoded.warning()).hasValueSatisfying(w -> assertThat(w).contains("windows-1252"));
  }

  @Test
  void windows1256ArabicIsDetectedAndWarned() throws Exception {
    byte[] bytes = ARABIC.getBytes(Charset.forName("windows-1256"));
    DecodedText decoded = decoder.decode(bytes, null);
    assertThat(decoded.text()).isEqualTo(ARABIC);
    assertThat(decoded.warning()).hasValueSatisfying(w -> assertThat(w).contains("windows-1256"));
  }

  @Test
  void declaredCharsetIsTrustedWhenTheBytesAgree() throws Exception {
    byte[] bytes = ARABIC.getBytes(Charset.forName("windows-1256"));
    DecodedText decoded = decoder.decode(bytes, "windows-1256");
    assertThat(decoded.text()).isEqualTo(ARABIC);
    assertThat(decoded.warning()).isEmpty();
  }

  @Test
  void emptyAndBlankInputsAreRefused() {
    assertThatThrownBy(() -> decoder.decode(new byte[0], null)).hasMessageContaining("empty");
    assertThatThrownBy(() -> decoder.decode(" \n\t\n".getBytes(StandardCharsets.US_ASCII), null))
        .hasMessageContaining("empty");
  }

  @Test
  void binaryIsRefused() {
    byte[] withNul = "PK\u0003\u0004\u0000\u0000abc".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> decoder.decode(withNul, null)).hasMessageContaining("binary");
    Random random = new Random(42);
    byte[] noise = new byte[20_000];
    random.nextBytes(noise);
    for (int i = 0; i < noise.length; i++) {
      if (noise[i] == 0) {
        noise[i] = 1;
      }
    }
    assertThatThrownBy(() -> decoder.decode(noise, null))
        .isInstanceOf(UnreadableInputException.class);
  }

  @Test
  void forcedCharsetSkipsDetection() throws Exception {
    TextDecoder forced = new TextDecoder(Charset.forName("windows-1256"));
    assertThat(forced.decode(ARABIC.getBytes(Charset.forName("windows-1256")), null).text())
        .isEqualTo(ARABIC);
  }

  @Test
  void shortLatin1TextStillDecodesOrIsRefusedButNeverMojibake() {
    String shortText = "Un blessé à Marseille.";
    try {
      DecodedText decoded = decoder.decode(shortText.getBytes(StandardCharsets.ISO_8859_1), null);
      assertThat(decoded.text()).isEqualTo(shortText);
      assertThat(decoded.warning()).isPresent();
    } catch (UnreadableInputException e) {
      assertThat(e.getMessage()).contains("UTF-8");
    }
  }
}
