package io.github.camelsegmentremote.segment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.ParseException;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/** An HttpClient for the {@code httpClient} option that records what went on the wire, for assertions. */
final class RecordingHttpClient {

    /** One request as sent. */
    record Sent(String method, String uri, String accept, String authorization, String body) {
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private final CloseableHttpClient client = HttpClients.custom()
            .addRequestInterceptorLast((request, entity, context) -> sent.add(new Sent(request.getMethod(),
                    request.getRequestUri(), value(request.getFirstHeader("Accept")),
                    value(request.getFirstHeader("Authorization")), body(request))))
            .build();

    CloseableHttpClient client() {
        return client;
    }

    List<Sent> sent() {
        return sent;
    }

    Sent last() {
        return sent.get(sent.size() - 1);
    }

    void clear() {
        sent.clear();
    }

    private static String value(Header header) {
        return header == null ? null : header.getValue();
    }

    private static String body(HttpRequest request) throws IOException {
        if (request instanceof ClassicHttpRequest classic && classic.getEntity() != null) {
            HttpEntity entity = classic.getEntity();
            try {
                return EntityUtils.toString(entity, StandardCharsets.UTF_8);
            } catch (ParseException e) {
                throw new IOException(e);
            }
        }
        return null;
    }
}
