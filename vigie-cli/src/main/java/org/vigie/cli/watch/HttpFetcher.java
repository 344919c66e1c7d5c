package org.vigie.cli.watch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Optional;

/**
 * Polite HTTP GETs with the JDK client: a User-Agent naming Vigie, a connect and a per-request
 * timeout, redirects followed (never from https to http), conditional requests, and a cap on the
 * body size so that a huge or endless response cannot exhaust memory.
 */
public final class HttpFetcher {

  public static final String USER_AGENT =
      "Vigie/0.1 (news feed watcher; +https://github.com/vigie/vigie)";

  /** A response: status, body (empty for 304), validators and content type, each may be null. */
  public record Response(
      int status, byte[] body, String etag, String lastModified, String contentType, URI uri) {
    boolean notModified() {
      return status == 304;
    }

    boolean ok() {
      return status >= 200 && status < 300;
    }
  }

  /** The response was larger than allowed. */
  public static final class TooLargeException extends IOException {
    TooLargeException(long limit) {
      super("response larger than " + limit + " bytes");
    }
  }

  private final HttpClient client;
  private final Duration timeout;

  public HttpFetcher(Duration timeout) {
    this.timeout = timeout;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  /**
   * GETs {@code uri}; {@code etag}/{@code lastModified} (may be null) make the request conditional.
   * {@code accept} is the Accept header.
   */
  public Response get(URI uri, String accept, String etag, String lastModified, long maxBytes)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("User-Agent", USER_AGENT)
            .header("Accept", accept)
            .GET();
    if (etag != null) {
      b.header("If-None-Match", etag);
    }
    if (lastModified != null) {
      b.header("If-Modified-Since", lastModified);
    }
    HttpResponse<InputStream> r;
    try {
      r = client.send(b.build(), HttpResponse.BodyHandlers.ofInputStream());
    } catch (HttpTimeoutException e) {
      throw new HttpTimeoutException("no answer within " + timeout.toMillis() / 1000.0 + " s");
    }
    byte[] body;
    long deadline = System.nanoTime() + timeout.toNanos();
    try (InputStream in = r.body()) {
      body = readCapped(in, maxBytes, deadline);
    }
    return new Response(
        r.statusCode(),
        body,
        header(r, "ETag"),
        header(r, "Last-Modified"),
        header(r, "Content-Type"),
        r.uri());
  }

  private static String header(HttpResponse<?> r, String name) {
    Optional<String> v = r.headers().firstValue(name);
    return v.filter(s -> !s.isBlank()).orElse(null);
  }

  private static byte[] readCapped(InputStream in, long max, long deadline) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[16384];
    int n;
    while ((n = in.read(buf)) >= 0) {
      if (out.size() + (long) n > max) {
        throw new TooLargeException(max);
      }
      out.write(buf, 0, n);
      if (System.nanoTime() > deadline) {
        throw new HttpTimeoutException("body not received within the timeout");
      }
    }
    return out.toByteArray();
  }
}
