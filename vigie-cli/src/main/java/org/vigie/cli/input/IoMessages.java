package org.vigie.cli.input;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** One-line, user-facing wording for I/O failures, instead of exception class names. */
public final class IoMessages {
  private IoMessages() {}

  public static String describe(IOException e) {
    if (e instanceof NoSuchFileException nsf) {
      return nsf.getReason() != null ? nsf.getReason() : "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    String message = e.getMessage();
    return "cannot read: " + (message == null ? e.getClass().getSimpleName() : message);
  }
}
