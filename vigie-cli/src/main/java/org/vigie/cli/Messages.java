package org.vigie.cli;

/** The one-line stderr formats, so every command speaks alike: {@code vigie: WHERE: WHAT}. */
final class Messages {
  private Messages() {}

  static String error(String where, String what) {
    return "vigie: " + where + ": " + what;
  }

  static String warning(String where, String what) {
    return "vigie: " + where + ": warning: " + what;
  }
}
