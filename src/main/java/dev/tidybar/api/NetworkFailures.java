package dev.tidybar.api;

import java.io.InterruptedIOException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import javax.net.ssl.SSLException;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.NoHttpResponseException;

/** Turns an I/O failure into a {@link NetworkException} that says what to check. */
final class NetworkFailures {

    private NetworkFailures() {
    }

    static NetworkException classify(Outgoing request, IOException failure) {
        String host = Authority.hostOf(request.uri());
        String where = request.endpoint() + ": ";
        if (failure instanceof UnknownHostException) {
            return new NetworkException(where + "unknown host " + host, NetworkException.Kind.UNKNOWN_HOST, host,
                    failure);
        }
        if (failure instanceof SSLException) {
            return new NetworkException(where + "secure connection to " + host + " failed: " + failure.getMessage(),
                    NetworkException.Kind.TLS, host, failure);
        }
        if (failure instanceof SocketTimeoutException || failure instanceof ConnectTimeoutException) {
            return new NetworkException(where + host + " did not answer in time", NetworkException.Kind.TIMEOUT,
                    host, failure);
        }
        if (failure instanceof InterruptedIOException) {
            return new NetworkException(where + "the call was interrupted", NetworkException.Kind.OTHER, host, failure);
        }
        if (failure instanceof ConnectException) {
            return new NetworkException(where + host + " refused the connection",
                    NetworkException.Kind.CONNECTION_REFUSED, host, failure);
        }
        if (failure instanceof NoHttpResponseException || failure instanceof ConnectionClosedException
                || failure instanceof SocketException && !(failure instanceof NoRouteToHostException)) {
            return new NetworkException(where + "the connection to " + host + " was closed before the answer ("
                    + failure.getMessage() + ")", NetworkException.Kind.CONNECTION_RESET, host, failure);
        }
        return new NetworkException(where + "could not talk to " + host + ": " + failure,
                NetworkException.Kind.OTHER, host, failure);
    }
}
