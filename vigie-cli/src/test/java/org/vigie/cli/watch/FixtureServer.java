package org.vigie.cli.watch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The JDK's HTTP server on 127.0.0.1, serving the files a test writes under {@code root}. Paths
 * under {@code /rss/} answer with an ETag, under {@code /atom/} with a Last-Modified, and honour
 * the matching conditional request with 304. {@code /down.xml} answers 500, {@code /slow.xml}
 * answers after {@code slowMillis}; anything missing is 404. Every request is logged.
 */
final class FixtureServer implements AutoCloseable {

  /** One request: path, and the conditional and identification headers it carried. */
  record Hit(String path, String ifNoneMatch, String ifModifiedSince, String userAgent) {}

  private final HttpServer server;
  private final ExecutorService pool;
  private final Path root;
  private final long slowMillis;
  final List<Hit> hits = new CopyOnWriteArrayList<>();

  FixtureServer(Path root, long slowMillis) throws IOException {
    this.root = root;
    this.slowMillis = slowMillis;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    pool =
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "fixture-http");
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(pool);
    server.createContext("/", this::handle);
    server.start();
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  /** Writes a fixture file; for {@code /atom/} files, sets its time to {@code modified}. */
  void write(String path, String content, ZonedDateTime modified) throws IOException {
    Path f = root.resolve(path.substring(1));
    Files.createDirectories(f.getParent());
    Files.writeString(f, content, StandardCharsets.UTF_8);
    if (modified != null) {
      Files.setLastModifiedTime(f, FileTime.from(modified.toInstant()));
    }
  }

  List<Hit> hits(String path) {
    return hits.stream().filter(h -> h.path().equals(path)).toList();
  }

  long pageHits() {
    return hits.stream().filter(h -> h.path().startsWith("/pages/")).count();
  }

  private void handle(HttpExchange ex) throws IOException {
    String path = ex.getRequestURI().getPath();
    hits.add(
        new Hit(
            path,
            ex.getRequestHeaders().getFirst("If-None-Match"),
            ex.getRequestHeaders().getFirst("If-Modified-Since"),
            ex.getRequestHeaders().getFirst("User-Agent")));
    try (ex) {
      if (path.equals("/down.xml")) {
        send(ex, 500, "text/plain", "internal error".getBytes(StandardCharsets.UTF_8));
        return;
      }
      if (path.equals("/slow.xml")) {
        try {
          Thread.sleep(slowMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      Path f = root.resolve(path.substring(1)).normalize();
      if (!f.startsWith(root) || !Files.isRegularFile(f)) {
        send(ex, 404, "text/plain", "not found".getBytes(StandardCharsets.UTF_8));
        return;
      }
      byte[] body = Files.readAllBytes(f);
      String type = path.endsWith(".html") ? "text/html; charset=utf-8" : "application/xml";
      if (path.startsWith("/rss/")) {
        String etag = "\"" + sha(body) + "\"";
        ex.getResponseHeaders().set("ETag", etag);
        if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
          ex.sendResponseHeaders(304, -1);
          return;
        }
      }
      if (path.startsWith("/atom/")) {
        ZonedDateTime mtime =
            Files.getLastModifiedTime(f).toInstant().atZone(ZoneOffset.UTC).withNano(0);
        ex.getResponseHeaders()
            .set("Last-Modified", DateTimeFormatter.RFC_1123_DATE_TIME.format(mtime));
        String since = ex.getRequestHeaders().getFirst("If-Modified-Since");
        if (since != null
            && !ZonedDateTime.parse(since, DateTimeFormatter.RFC_1123_DATE_TIME).isBefore(mtime)) {
          ex.sendResponseHeaders(304, -1);
          return;
        }
      }
      send(ex, 200, type, body);
    }
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.sendResponseHeaders(status, body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private static String sha(byte[] b) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b), 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
