package dev.tidybar.api;

import java.io.IOException;
import java.io.InputStream;
import java.net.ProxySelector;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.SystemDefaultRoutePlanner;
import org.apache.hc.core5.concurrent.Cancellable;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.MalformedChunkCodingException;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The one long-lived HTTP client: pooled keep-alive connections, timeouts and a deadline for each
 * call ({@link CallWatch}), the system proxy and trust store, size caps on answers, and redirects
 * followed by {@link OriginGuard} rather than by HttpClient, so nothing leaves the workspace's origin.
 */
final class Transport implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Transport.class.getName());
    private static final int MAX_REDIRECTS = 5;

    private final CloseableHttpClient http;
    private final ClientSettings settings;
    private final NetworkFailures failures;
    private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "tidybar-call-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    Transport(ClientSettings settings) {
        this.settings = settings;
        this.failures = new NetworkFailures(settings);
        ConnectionConfig connections = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                .setSocketTimeout(Timeout.of(settings.responseTimeout()))
                // a pooled connection the server closed while idle is checked before reuse, not failed on
                .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                .build();
        http = HttpClients.custom()
                // useSystemProperties: TLS from the JSSE defaults, so javax.net.ssl.trustStore(Type) is honoured
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .useSystemProperties()
                        .setDefaultConnectionConfig(connections)
                        .setMaxConnPerRoute(settings.pageConcurrency() + 2)
                        .setMaxConnTotal(4 * (settings.pageConcurrency() + 2))
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(settings.responseTimeout()))
                        .setConnectionRequestTimeout(Timeout.of(settings.responseTimeout()))
                        .build())
                // the proxy the JVM knows of: -Dhttps.proxyHost, or the OS setting with java.net.useSystemProxies
                .setRoutePlanner(new SystemDefaultRoutePlanner(ProxySelector.getDefault()))
                .setUserAgent(settings.userAgent())
                .disableRedirectHandling()
                // a retried call could close a group twice or hide a 429; callers decide about retries
                .disableAutomaticRetries()
                .disableCookieManagement()
                .evictIdleConnections(TimeValue.ofMinutes(1))
                .build();
    }

    /**
     * Sends the request, following redirects, and reads the whole answer, all within the call's
     * deadline; an interrupt of the calling thread aborts it.
     */
    HttpAnswer send(Outgoing request) throws NetworkException, MalformedResponseException {
        long deadlineNanos = System.nanoTime() + settings.deadline(request.endpoint()).toNanos();
        Outgoing current = request;
        for (int hop = 0; ; hop++) {
            HttpAnswer answer = exchange(current, deadlineNanos);
            if (!answer.isRedirect()) {
                return answer;
            }
            if (hop == MAX_REDIRECTS) {
                throw new MalformedResponseException(request.endpoint() + ": more than " + MAX_REDIRECTS
                        + " redirects", MalformedResponseException.Kind.UNEXPECTED_SHAPE, answer.status(), null);
            }
            current = OriginGuard.follow(current, answer);
        }
    }

    private HttpAnswer exchange(Outgoing request, long deadlineNanos)
            throws NetworkException, MalformedResponseException {
        HttpUriRequestBase sent;
        try {
            sent = new HttpUriRequestBase(request.method(), request.uri());
        } catch (RuntimeException e) {
            throw failures.refused(request, e);
        }
        sent.addHeader("Accept", "application/json");
        request.credentials().forEach(sent::addHeader);
        if (request.jsonBody() != null) {
            sent.setEntity(new ByteArrayEntity(request.jsonBody(), ContentType.APPLICATION_JSON));
        }
        try (CallWatch watch = new CallWatch(watchdog, sent, deadlineNanos)) {
            try {
                return http.execute(sent, response -> read(request, response, sent));
            } catch (IOException e) {
                // the abort at the deadline may surface as anything from a closed socket to a cut-off body
                if (watch.deadlinePassed()) {
                    throw failures.deadlinePassed(request, settings.deadline(request.endpoint()), e);
                }
                if (e instanceof UnreadableBody unreadable) {
                    throw new MalformedResponseException(request.endpoint() + ": " + e.getMessage(), unreadable.kind,
                            unreadable.status, e);
                }
                throw failures.classify(request, e);
            } catch (RuntimeException e) {
                // HttpClient's own checks of the request (a host it cannot route to): nothing was sent
                throw failures.refused(request, e);
            }
        }
    }

    private HttpAnswer read(Outgoing request, ClassicHttpResponse response, Cancellable exchange) throws IOException {
        int status = response.getCode();
        Map<String, String> headers = new HashMap<>();
        for (Header header : response.getHeaders()) {
            headers.putIfAbsent(header.getName().toLowerCase(Locale.ROOT), header.getValue());
        }
        byte[] body = body(response.getEntity(), status, settings.maxBytes(request.endpoint()), exchange);
        LOG.log(System.Logger.Level.DEBUG, "{0} -> HTTP {1}, {2} bytes", request, status, body.length);
        return new HttpAnswer(request.uri(), status, Map.copyOf(headers), body);
    }

    /**
     * Reads at most the cap. An answer over it aborts the exchange before the error leaves: otherwise
     * closing the stream, and HttpClient after a failed handler, would read the rest to keep the connection.
     */
    private static byte[] body(HttpEntity entity, int status, long maxBytes, Cancellable exchange)
            throws IOException {
        if (entity == null) {
            return new byte[0];
        }
        if (entity.getContentLength() > maxBytes) {
            exchange.cancel();
            throw new UnreadableBody(tooLarge(maxBytes) + " (" + entity.getContentLength() + " bytes)",
                    MalformedResponseException.Kind.TOO_LARGE, status);
        }
        InputStream in = entity.getContent();
        byte[] bytes;
        try {
            bytes = entity.getContentLength() >= 0 ? declared(in, (int) entity.getContentLength())
                    : in.readNBytes((int) maxBytes + 1);
        } catch (ConnectionClosedException | MalformedChunkCodingException e) {
            throw new UnreadableBody("the answer was cut off (" + e.getMessage() + ")",
                    MalformedResponseException.Kind.TRUNCATED, status);
        }
        if (bytes.length > maxBytes) {
            exchange.cancel();
            throw new UnreadableBody(tooLarge(maxBytes), MalformedResponseException.Kind.TOO_LARGE, status);
        }
        in.close();
        return bytes;
    }

    /**
     * An answer of known length, read into one array of that size: reading up to the cap gathers the bytes
     * in pieces and copies them into the answer at the end, which for a list of tens of megabytes holds it
     * twice at once. A body that ends early fails in HttpClient (a ConnectionClosedException).
     */
    private static byte[] declared(InputStream in, int length) throws IOException {
        byte[] bytes = new byte[length];
        int read = in.readNBytes(bytes, 0, length);
        return read == length ? bytes : Arrays.copyOf(bytes, read);
    }

    private static String tooLarge(long maxBytes) {
        return "the answer is larger than the " + maxBytes + "-byte limit";
    }

    @Override
    public void close() {
        watchdog.shutdownNow();
        try {
            http.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the HTTP client", e);
        }
    }

    /** An answer that arrived but cannot be used; an IOException so it can leave the response handler. */
    private static final class UnreadableBody extends IOException {

        private static final long serialVersionUID = 1L;

        private final MalformedResponseException.Kind kind;
        private final int status;

        UnreadableBody(String message, MalformedResponseException.Kind kind, int status) {
            super(message);
            this.kind = kind;
            this.status = status;
        }
    }
}
