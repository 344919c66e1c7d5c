package org.vigie.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.vigie.extract.Extractor;
import org.vigie.extract.Extractors;
import org.vigie.model.Article;
import org.vigie.model.ArticleResult;
import org.vigie.model.Json;
import org.vigie.store.Bucket;
import org.vigie.store.EventDetail;
import org.vigie.store.EventQuery;
import org.vigie.store.EventStore;
import org.vigie.store.ExtractedArticle;
import org.vigie.store.GroupBy;
import org.vigie.store.Page;
import org.vigie.store.ReviewAction;
import org.vigie.store.ReviewResult;
import org.vigie.store.StoredEvent;
import org.vigie.store.WriteMode;
import org.vigie.store.WriteResult;

/**
 * {@code vigie serve}: the REST API under {@code /api}, its OpenAPI description at {@code
 * /openapi.json} and the web map at {@code /}, in one process over one {@link EventStore}.
 */
public final class VigieServer implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(VigieServer.class);
  private static final String JSON = "application/json; charset=utf-8";

  private final EventStore store;
  private final ServerConfig config;
  private final Supplier<Extractor> extractorFactory;
  private final BearerAuth auth;
  private final ObjectMapper mapper;
  private final ResponseCache cache;
  // the store takes one writer at a time; reviews and posted articles queue here
  private final ReentrantLock writeLock = new ReentrantLock();
  private final String openApi;
  private volatile Extractor extractor;
  private Javalin app;

  /**
   * A server over {@code store}; {@code extractorFactory} is called on the first posted article
   * (building the default pipeline is expensive, and reads never need it).
   */
  public VigieServer(EventStore store, ServerConfig config, Supplier<Extractor> extractorFactory) {
    this.store = store;
    this.config = config;
    this.extractorFactory = extractorFactory;
    this.auth = new BearerAuth(config.token());
    this.cache = new ResponseCache(config.cacheEntries(), 30_000);
    this.mapper =
        Json.mapper()
            .copy()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    this.openApi = resource("/openapi.json");
  }

  /** A server over {@code store} with the default extraction pipeline. */
  public VigieServer(EventStore store, ServerConfig config) {
    this(store, config, Extractors::createDefault);
  }

  public VigieServer start() {
    app =
        Javalin.create(
            c -> {
              c.startup.showJavalinBanner = false;
              c.jetty.host = config.host();
              c.jetty.port = config.port();
              c.http.maxRequestSize = 1_000_000L;
              c.staticFiles.add(
                  s -> {
                    s.hostedPath = "/";
                    s.directory = "/web";
                    s.location = Location.CLASSPATH;
                    s.headers = securityHeaders();
                  });
              c.staticFiles.enableWebjars();
              routes(c.routes);
            });
    app.start();
    logStartup();
    return this;
  }

  public int port() {
    if (app == null) {
      throw new IllegalStateException("not started");
    }
    return app.port();
  }

  public void stop() {
    if (app != null) {
      app.stop();
      app = null;
    }
  }

  @Override
  public void close() {
    stop();
  }

  private void logStartup() {
    String url = "http://" + config.host() + ":" + port() + "/";
    LOG.info("Vigie is serving {} (API under {}api, OpenAPI at {}openapi.json)", url, url, url);
    if (!config.writesEnabled()) {
      LOG.warn(
          "No API token: writes (POST /api/articles, reviews) are refused. Set one with the"
              + " VIGIE_TOKEN environment variable, e.g. VIGIE_TOKEN=$(openssl rand -hex 24) vigie"
              + " serve, and send it as 'Authorization: Bearer <token>'.");
    }
    if (config.protectReads()) {
      LOG.info("Reads need the API token too (--protect-reads).");
    }
  }

  private Map<String, String> securityHeaders() {
    String tiles = config.tileUrl() == null ? "" : " " + origin(config.tileUrl());
    Map<String, String> h = new LinkedHashMap<>();
    // no inline script anywhere: the page's scripts are files, so an injected <script> is inert
    h.put(
        "Content-Security-Policy",
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self'"
            + " data:"
            + tiles
            + "; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'");
    h.put("X-Content-Type-Options", "nosniff");
    h.put("Referrer-Policy", "no-referrer");
    return h;
  }

  private static String origin(String url) {
    int slash = url.indexOf('/', url.indexOf("//") + 2);
    return slash < 0 ? url : url.substring(0, slash);
  }

  // ---- routes ------------------------------------------------------------------------------

  private void routes(io.javalin.config.RoutesConfig r) {
    r.before("/api/*", this::guardReads);
    r.get("/openapi.json", ctx -> ctx.contentType(JSON).result(openApi));
    r.get("/api/health", this::health);
    r.get("/api/config", this::clientConfig);
    r.get("/api/events", this::listEvents);
    r.get("/api/events/{id}", this::getEvent);
    r.get("/api/events/{id}/reviews", this::listReviews);
    r.post("/api/events/{id}/review", this::review);
    r.get("/api/aggregate", this::aggregate);
    r.post("/api/articles", this::postArticle);

    r.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
    r.exception(
        JsonProcessingException.class,
        (e, ctx) -> error(ctx, 400, "the body is not valid JSON: " + e.getOriginalMessage()));
    r.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
          error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
        });
    r.error(
        404,
        ctx -> {
          String type = ctx.res().getContentType();
          // keep the message of an ApiException(404); replace Javalin's plain-text one
          if (ctx.path().startsWith("/api/")
              && (type == null || !type.startsWith("application/json"))) {
            error(ctx, 404, "no such endpoint: " + ctx.method() + " " + ctx.path());
          }
        });
    r.error(
        413,
        ctx -> {
          if (ctx.path().startsWith("/api/")) {
            error(ctx, 413, "the body is larger than 1 MB");
          }
        });
    r.error(
        405,
        ctx -> {
          if (ctx.path().startsWith("/api/")) {
            error(ctx, 405, "method not allowed: " + ctx.method() + " " + ctx.path());
          }
        });
  }

  private void guardReads(Context ctx) {
    boolean read = ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD;
    // health stays open for probes; it says nothing about the events
    if (read && config.protectReads() && !ctx.path().equals("/api/health")) {
      auth.require(ctx.header("Authorization"), "reads");
    }
  }

  private void health(Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    try {
      var h = store.health();
      body.put("status", h.ok() ? "ok" : "degraded");
      body.put("store", h);
      ctx.status(h.ok() ? 200 : 503);
    } catch (RuntimeException e) {
      LOG.warn("health check failed", e);
      body.put("status", "down");
      body.put("error", e.getMessage());
      ctx.status(503);
    }
    body.put("writes", config.writesEnabled() ? "token" : "disabled");
    body.put("reads", config.protectReads() ? "token" : "open");
    json(ctx, body);
  }

  /** What the web page needs to know about this server (tiles, whether writes are possible). */
  private void clientConfig(Context ctx) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("tileUrl", config.tileUrl());
    body.put("writes", config.writesEnabled());
    body.put("protectReads", config.protectReads());
    json(ctx, body);
  }

  private void listEvents(Context ctx) {
    Map<String, List<String>> params = ctx.queryParamMap();
    EventQuery q = EventQueryParser.list(params);
    boolean full = EventQueryParser.fullView(params);
    String body =
        cache.get(
            "list?" + canonical(params),
            () -> {
              Page<StoredEvent> page;
              try {
                page = store.list(q);
              } catch (IllegalArgumentException e) {
                // the store refuses a cursor it cannot decode
                throw ApiException.badRequest(e.getMessage());
              }
              Map<String, Object> out = new LinkedHashMap<>();
              out.put(
                  "items",
                  full ? page.items() : page.items().stream().map(EventSummary::of).toList());
              out.put("nextCursor", page.nextCursor());
              out.put("limit", q.limit());
              return write(out);
            });
    ctx.contentType(JSON).result(body);
  }

  private void getEvent(Context ctx) {
    String id = eventId(ctx);
    EventDetail d = store.get(id).orElseThrow(() -> ApiException.notFound("no event " + id));
    json(ctx, d);
  }

  private void listReviews(Context ctx) {
    String id = eventId(ctx);
    Optional<EventDetail> d = store.get(id);
    if (d.isEmpty()) {
      throw ApiException.notFound("no event " + id);
    }
    json(
        ctx,
        Map.of("eventId", d.get().event().id(), "reviews", store.reviews(d.get().event().id())));
  }

  private void aggregate(Context ctx) {
    Map<String, List<String>> params = ctx.queryParamMap();
    EventQuery filter = EventQueryParser.aggregateFilter(params);
    GroupBy by = EventQueryParser.groupBy(params);
    String body =
        cache.get(
            "agg?" + canonical(params),
            () -> {
              List<Bucket> buckets = store.aggregate(filter, by);
              Map<String, Object> out = new LinkedHashMap<>();
              out.put("by", by.kind().name().toLowerCase(java.util.Locale.ROOT));
              if (by.kind() == GroupBy.Kind.CELL) {
                out.put("cell", by.cellDegrees());
              }
              out.put("total", buckets.stream().mapToLong(Bucket::count).sum());
              out.put("buckets", buckets);
              return write(out);
            });
    ctx.contentType(JSON).result(body);
  }

  private void review(Context ctx) throws JsonProcessingException {
    auth.require(ctx.header("Authorization"), "reviews");
    String id = eventId(ctx);
    JsonNode body = mapper.readTree(ctx.body());
    ReviewAction action = ReviewRequest.parse(id, body);
    if (store.get(id).isEmpty()) {
      throw ApiException.notFound("no event " + id);
    }
    ReviewResult result;
    writeLock.lock();
    try {
      result = store.review(action);
    } catch (IllegalArgumentException e) {
      // the store's own checks: unknown field, merge with itself, mention not in the event…
      throw ApiException.badRequest(e.getMessage());
    } finally {
      cache.invalidate();
      writeLock.unlock();
    }
    json(ctx, result);
  }

  private void postArticle(Context ctx) throws JsonProcessingException {
    auth.require(ctx.header("Authorization"), "posting articles");
    Article article = ArticleRequest.parse(mapper.readTree(ctx.body()));
    Extractor x = extractor();
    ArticleResult result;
    try {
      result = x.extract(article);
    } catch (UnsupportedOperationException e) {
      throw new ApiException(503, "extraction is not available yet: " + e.getMessage());
    }
    WriteResult written;
    writeLock.lock();
    try {
      written = store.write(List.of(ExtractedArticle.of(article, result)), WriteMode.SKIP_KNOWN);
    } finally {
      cache.invalidate();
      writeLock.unlock();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("articleId", article.id());
    out.put("duplicate", written.duplicates() > 0);
    out.put("write", written);
    out.put("result", result);
    ctx.status(written.duplicates() > 0 ? 200 : 201);
    json(ctx, out);
  }

  private Extractor extractor() {
    Extractor x = extractor;
    if (x == null) {
      synchronized (this) {
        if (extractor == null) {
          try {
            extractor = extractorFactory.get();
          } catch (UnsupportedOperationException e) {
            throw new ApiException(503, "extraction is not available yet: " + e.getMessage());
          }
        }
        x = extractor;
      }
    }
    return x;
  }

  // ---- helpers -----------------------------------------------------------------------------

  private static String eventId(Context ctx) {
    String id = ctx.pathParam("id");
    if (id.isEmpty() || id.length() > 200 || !id.matches("[A-Za-z0-9._:-]+")) {
      throw ApiException.badRequest("not an event id: " + id);
    }
    return id;
  }

  /** The query string with parameters in a fixed order, so equal queries share a cache entry. */
  private static String canonical(Map<String, List<String>> params) {
    return new TreeMap<>(params).toString();
  }

  private void json(Context ctx, Object value) {
    ctx.contentType(JSON).result(write(value));
  }

  private String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void error(Context ctx, int status, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("error", message);
    ctx.status(status).contentType(JSON).result(write(body));
    if (status == 401) {
      ctx.header("WWW-Authenticate", "Bearer realm=\"vigie\"");
    }
  }

  private static String resource(String path) {
    try (InputStream in = VigieServer.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
