package org.vigie.cli;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option value parsers whose error messages say what was expected. */
final class Converters {
  private Converters() {}

  static final class IsoDate implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.trim());
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("expected a date as YYYY-MM-DD, got '" + value + "'");
      }
    }
  }

  static final class Language implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
      String lang = value.trim().toLowerCase(Locale.ROOT);
      if (!lang.matches("[a-z]{2,3}")) {
        throw new TypeConversionException(
            "expected a language code such as fr, en or ar, got '" + value + "'");
      }
      return lang;
    }
  }

  static final class ThreadCount implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      try {
        int n = Integer.parseInt(value.trim());
        if (n >= 1 && n <= 512) {
          return n;
        }
      } catch (NumberFormatException e) {
        // fall through to the message
      }
      throw new TypeConversionException(
          "expected a thread count from 1 to 512, got '" + value + "'");
    }
  }

  static final class CharsetName implements ITypeConverter<Charset> {
    @Override
    public Charset convert(String value) {
      try {
        return Charset.forName(value.trim());
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException("unknown charset '" + value + "'");
      }
    }
  }

  /** A byte count, optionally with a K or M suffix (powers of 1024). */
  static final class ByteSize implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      String v = value.trim().toUpperCase(Locale.ROOT).replaceAll("I?B$", "");
      long factor = 1;
      if (v.endsWith("K")) {
        factor = 1024;
        v = v.substring(0, v.length() - 1);
      } else if (v.endsWith("M")) {
        factor = 1024 * 1024;
        v = v.substring(0, v.length() - 1);
      }
      try {
        long bytes = Long.parseLong(v.trim()) * factor;
        if (bytes >= 1 && bytes <= Integer.MAX_VALUE - 16) {
          return (int) bytes;
        }
      } catch (NumberFormatException e) {
        // fall through to the message
      }
      throw new TypeConversionException("expected a size such as 5M or 500K, got '" + value + "'");
    }
  }
}
