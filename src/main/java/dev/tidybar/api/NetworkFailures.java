package dev.tidybar.api;

import java.io.InterruptedIOException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.NoHttpResponseException;

/** Turns an I/O failure into a {@link NetworkException} that says what to check. */
final class NetworkFailures {

    private final ClientSettings settings;

    NetworkFailures(ClientSettings settings) {
        this.settings = settings;
    }

    /** The call was still going when its whole deadline passed. */
    NetworkException deadlinePassed(Outgoing request, Duration deadline, Throwable abort) {
        String host = Authority.displayHostOf(request.uri());
        return new NetworkException(request.endpoint() + ": " + host + " did not finish answering within "
                + deadline.toSeconds() + " s", NetworkException.Kind.TIMEOUT, host, request.endpoint(), deadline,
                abort);
    }

    /** The HTTP client refused the request itself, before anything was sent. */
    NetworkException refused(Outgoing request, RuntimeException failure) {
        String host = Authority.displayHostOf(request.uri());
        return new NetworkException(request.endpoint() + ": could not send to " + host + ": " + failure,
                NetworkException.Kind.OTHER, host, request.endpoint(), Duration.ZERO, failure);
    }

    NetworkException classify(Outgoing request, IOException failure) {
        String host = Authority.displayHostOf(request.uri());
        String where = request.endpoint() + ": ";
        if (failure instanceof UnknownHostException) {
            return failed(request, where + "unknown host " + host, NetworkException.Kind.UNKNOWN_HOST, failure);
        }
        if (failure instanceof SSLException) {
            return failed(request, where + "secure connection to " + host + " failed: " + failure.getMessage(),
                    NetworkException.Kind.TLS, failure);
        }
        if (failure instanceof ConnectTimeoutException) {
            return new NetworkException(where + host + " did not take the connection in time",
                    NetworkException.Kind.TIMEOUT, host, request.endpoint(), settings.connectTimeout(), failure);
        }
        if (failure instanceof SocketTimeoutException) {
            return new NetworkException(where + host + " sent nothing for " + settings.responseTimeout().toSeconds()
                    + " s", NetworkException.Kind.TIMEOUT, host, request.endpoint(), settings.responseTimeout(),
                    failure);
        }
        if (failure instanceof InterruptedIOException) {
            return failed(request, where + "the call was interrupted", NetworkException.Kind.OTHER, failure);
        }
        if (failure instanceof ConnectException) {
            return failed(request, where + host + " refused the connection", NetworkException.Kind.CONNECTION_REFUSED,
                    failure);
        }
        if (failure instanceof NoHttpResponseException || failure instanceof ConnectionClosedException
                || failure instanceof SocketException && !(failure instanceof NoRouteToHostException)) {
            return failed(request, where + "the connection to " + host + " was closed before the answer ("
                    + failure.getMessage() + ")", NetworkException.Kind.CONNECTION_RESET, failure);
        }
        return failed(request, where + "could not talk to " + host + ": " + failure, NetworkException.Kind.OTHER,
                failure);
    }

    private static NetworkException failed(Outgoing request, String message, NetworkException.Kind kind,
                                           IOException failure) {
        return new NetworkException(message, kind, Authority.displayHostOf(request.uri()), request.endpoint(),
                Duration.ZERO, failure);
    }
}
