package org.vigie.geo.build;

/**
 * Decides which alternate names are worth a key. Arabic-script and Latin-script names that look
 * like names are kept; codes (IATA, ICAO, postcodes, all-caps abbreviations), names with digits and
 * other scripts are dropped: articles Vigie reads are in French, English and Arabic, and every key
 * costs memory and load time.
 */
public final class NameFilter {
  private NameFilter() {}

  public static boolean keep(String name) {
    if (name == null) {
      return false;
    }
    String s = name.strip();
    if (s.isEmpty() || s.length() > 60) {
      return false;
    }
    boolean latin = false;
    boolean arabic = false;
    int letters = 0;
    int upper = 0;
    int words = 1;
    int firstLetter = -1;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (Character.isDigit(cp)) {
        return false;
      }
      if (cp == ' ') {
        words++;
        continue;
      }
      if (!Character.isLetter(cp)) {
        continue;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (script == Character.UnicodeScript.LATIN) {
        latin = true;
      } else if (script == Character.UnicodeScript.ARABIC) {
        arabic = true;
      } else {
        return false;
      }
      if (firstLetter < 0) {
        firstLetter = cp;
      }
      letters++;
      if (Character.isUpperCase(cp)) {
        upper++;
      }
    }
    if (letters < 2 || words > 6 || (latin && arabic)) {
      return false;
    }
    if (latin) {
      if (!Character.isUpperCase(firstLetter)) {
        return false;
      }
      if (upper == letters && letters <= 4) {
        return false; // ETH, LLET, ORAA: codes, not names
      }
    }
    return true;
  }
}
