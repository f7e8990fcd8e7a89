package io.github.camelsegmentremote.app;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before anything else sees them, the two kinds of browser requests a web page can aim at the app:
 * <ul>
 * <li>a {@code Host} that is neither {@code localhost}, an IP address, nor one of {@code app.allowed-hosts}: a
 * DNS-rebinding page (its own name resolving to 127.0.0.1) sends its own name;</li>
 * <li>an {@code Origin} other than the app's own (scheme, host and port of the request): cross-site requests, which
 * carry the browser's cookies and cached Basic login;</li>
 * <li>a {@code Sec-Fetch-Site} other than {@code same-origin} or {@code none} (typed by the user): browsers mark
 * every request a foreign page makes this way, even an image load that carries no {@code Origin}.</li>
 * </ul>
 * The Remote webhook path is exempt: Remote calls it by the public name, server to server, and the signature
 * protects it.
 */
final class RequestOriginFilter extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(RequestOriginFilter.class);
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final Set<String> allowedHosts;
    private final String webhookPath;

    RequestOriginFilter(Set<String> allowedHosts, String webhookPath) {
        this.allowedHosts = allowedHosts;
        this.webhookPath = webhookPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.equals(webhookPath) || path.startsWith(webhookPath + "/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String host = request.getHeader("Host");
        if (host == null || !isAllowedHost(hostName(host))) {
            refuse(response, "Host '" + host + "' is not a name this app answers to (protection against DNS "
                    + "rebinding): add it to APP_ALLOWED_HOSTS");
            return;
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !sameOrigin(origin, request.getScheme(), host)) {
            refuse(response, "Cross-origin request from '" + origin + "' refused: only the app's own pages may "
                    + "call it");
            return;
        }
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            refuse(response, "Request made by another site (Sec-Fetch-Site: " + site + ") refused");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isAllowedHost(String name) {
        return name.equals("localhost") || IPV4.matcher(name).matches() || name.startsWith("[")
                || allowedHosts.contains(name);
    }

    /** The name in a Host header, lower case, without the port ({@code [::1]} stays bracketed). */
    static String hostName(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) {
            int end = h.indexOf(']');
            return end < 0 ? h : h.substring(0, end + 1);
        }
        int colon = h.indexOf(':');
        return colon < 0 ? h : h.substring(0, colon);
    }

    private static boolean sameOrigin(String origin, String scheme, String host) {
        String expected = scheme.toLowerCase(Locale.ROOT) + "://" + host.trim().toLowerCase(Locale.ROOT);
        String given = origin.trim().toLowerCase(Locale.ROOT);
        return given.equals(expected) || given.equals(stripDefaultPort(expected, scheme))
                || stripDefaultPort(given, scheme).equals(expected);
    }

    private static String stripDefaultPort(String origin, String scheme) {
        String port = "https".equalsIgnoreCase(scheme) ? ":443" : ":80";
        return origin.endsWith(port) ? origin.substring(0, origin.length() - port.length()) : origin;
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
        LOG.warn("Refused a request: {}", message);
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().write(message + "\n");
    }
}
