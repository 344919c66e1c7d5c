package org.vigie.cli.input;

import java.util.Optional;

/**
 * Text decoded from bytes, with a warning when the encoding had to be guessed (so the user knows to
 * check for mojibake) or when bytes were replaced.
 */
public record DecodedText(String text, String charset, Optional<String> warning) {}
