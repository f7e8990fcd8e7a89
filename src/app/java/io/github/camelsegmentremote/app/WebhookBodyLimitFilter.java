package io.github.camelsegmentremote.app;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.function.IntSupplier;

import io.github.camelsegmentremote.remote.RemoteWebhookBody;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Enforces the webhook's body limit ({@code webhookMaxBodySize} of the {@code remote} component) in front of Camel,
 * on the app's servlet engine: camel-platform-http's Spring Boot consumer copies every request body whole into
 * Camel's stream cache before any processor runs, so a 300 MiB body would be read before the consumer could refuse
 * it. A declared {@code Content-Length} over the limit is answered 413 before a byte is read; a chunked body is read
 * up to limit + 1 bytes and answered 413 there. Bodies within the limit go on as the bytes read.
 */
final class WebhookBodyLimitFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookBodyLimitFilter.class);

    private final String webhookPath;
    private final IntSupplier limit;

    WebhookBodyLimitFilter(String webhookPath, IntSupplier limit) {
        this.webhookPath = webhookPath;
        this.limit = limit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return !(path.equals(webhookPath) || path.startsWith(webhookPath + "/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        int max = limit.getAsInt();
        long declared = request.getContentLengthLong();
        if (declared > max) {
            tooLarge(response, "Content-Length " + declared + " is larger than " + max + " bytes");
            return;
        }
        byte[] body = RemoteWebhookBody.readAtMost(request.getInputStream(), max);
        if (body == null) {
            tooLarge(response, "body is larger than " + max + " bytes");
            return;
        }
        chain.doFilter(new ReadBody(request, body), response);
    }

    private static void tooLarge(HttpServletResponse response, String message) throws IOException {
        LOG.warn("Rejected a Remote webhook delivery with 413: {}", message);
        response.setStatus(413);
        // The rest of the body is not wanted: the connection closes instead of draining it.
        response.setHeader("Connection", "close");
        response.setContentType("application/json");
        response.getWriter().write("{\"message\":\"" + message + "\"}");
    }

    /** The request with its body already read, within the limit. */
    private static final class ReadBody extends HttpServletRequestWrapper {
        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body was read already");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
