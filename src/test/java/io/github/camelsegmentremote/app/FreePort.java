package io.github.camelsegmentremote.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A free loopback port, for tests that must know the app's port before it starts. It is taken below the kernel's
 * ephemeral range (32768 and up on Linux): between this check and the app binding it, the sandbox's own servers
 * (port 0) are handed ephemeral ports, so they can never take the app's port away (CI saw exactly that race).
 */
public final class FreePort {

    private static final int FIRST = 20_000;
    private static final int LAST = 32_000;

    private FreePort() {
    }

    /** A port in 20000-32000 that was free a moment ago. */
    public static int find() {
        IOException last = null;
        for (int attempt = 0; attempt < 200; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(FIRST, LAST);
            try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            } catch (IOException e) {
                last = e;
            }
        }
        throw new UncheckedIOException("No free loopback port in " + FIRST + "-" + LAST, last);
    }
}
