package org.vigie.cli.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where bytes come from: a file or standard input, with the label used in messages and the id an
 * article read from it gets.
 */
public interface RawInput {

  /** As shown to the user: the path as typed, or {@code <stdin>}. */
  String label();

  /** The article id for a one-article input: the file name without extension, or {@code stdin}. */
  String defaultId();

  /** The lower-case extension without the dot ({@code "jsonl"}), or empty. */
  String extension();

  /** The size in bytes when known in advance, or -1. */
  long size() throws IOException;

  InputStream open() throws IOException;

  static RawInput file(String typed) {
    return new FileInput(Path.of(typed), typed);
  }

  static RawInput stdin(InputStream in) {
    return new StdinInput(in);
  }

  /** A file on disk. */
  record FileInput(Path path, String label) implements RawInput {
    @Override
    public String defaultId() {
      String name = fileName();
      int dot = name.lastIndexOf('.');
      return dot > 0 ? name.substring(0, dot) : name;
    }

    @Override
    public String extension() {
      String name = fileName();
      int dot = name.lastIndexOf('.');
      return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    private String fileName() {
      Path name = path.getFileName();
      return name == null ? label : name.toString();
    }

    @Override
    public long size() throws IOException {
      return Files.size(path);
    }

    @Override
    public InputStream open() throws IOException {
      if (Files.isDirectory(path)) {
        throw new NoSuchFileException(label, null, "is a directory");
      }
      return Files.newInputStream(path);
    }
  }

  /** Standard input; not closed after reading, since the process owns it. */
  record StdinInput(InputStream in) implements RawInput {
    @Override
    public String label() {
      return "<stdin>";
    }

    @Override
    public String defaultId() {
      return "stdin";
    }

    @Override
    public String extension() {
      return "";
    }

    @Override
    public long size() {
      return -1;
    }

    @Override
    public InputStream open() {
      return new java.io.FilterInputStream(in) {
        @Override
        public void close() {
          // the caller's stream; leave it open
        }
      };
    }
  }
}
