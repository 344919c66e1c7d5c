package org.vigie.store.jdbc;

import java.sql.SQLException;

/** A database failure, unchecked so that the store interface stays free of JDBC types. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StoreException(SQLException cause) {
    super(cause.getMessage(), cause);
  }
}
