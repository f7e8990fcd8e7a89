package io.github.camelsegmentremote.conformance;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.protocol.HttpCoreContext;

/**
 * An HttpClient for the components' {@code httpClient} option that keeps, for every exchange with Prism, the
 * request line, the request's Content-Type and Accept, the status and the violations Prism reported in header
 * {@code sl-violations}.
 */
final class ViolationRecorder {

    /** One exchange. */
    record Exchange(String request, String contentType, String accept, int status, String violations) {

        /** Whether Prism found the request (not its own answer) against the file. */
        boolean violates() {
            return violations != null && violations.contains("\"location\":[\"request\"");
        }

        /** Whether the answer Prism built from the file breaks the file (its examples against its schemas). */
        boolean answerViolates() {
            return violations != null && violations.contains("\"location\":[\"response\"");
        }
    }

    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
    private final CloseableHttpClient client = HttpClients.custom()
            .addResponseInterceptorLast((response, entity, context) -> {
                HttpRequest request = HttpCoreContext.cast(context).getRequest();
                exchanges.add(new Exchange(request.getMethod() + " " + request.getRequestUri(),
                        value(request.getFirstHeader("Content-Type")), value(request.getFirstHeader("Accept")),
                        response.getCode(), value(response.getFirstHeader("sl-violations"))));
            })
            .build();

    CloseableHttpClient client() {
        return client;
    }

    /** The exchanges since {@code from} (an earlier {@link #size()}). */
    List<Exchange> since(int from) {
        return List.copyOf(exchanges.subList(from, exchanges.size()));
    }

    int size() {
        return exchanges.size();
    }

    private static String value(Header header) {
        return header == null ? null : header.getValue();
    }
}
