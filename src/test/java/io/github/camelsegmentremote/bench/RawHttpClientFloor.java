package io.github.camelsegmentremote.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.camelsegmentremote.sandbox.SandboxJson;
import io.github.camelsegmentremote.sandbox.SandboxTokens;
import io.github.camelsegmentremote.sync.EmploymentIdentifyMapper;
import io.github.camelsegmentremote.sync.IdentifyMessage;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;

/**
 * The floor: one thread, Apache HttpClient 5 and no framework. It pages Remote, maps each employee with the same
 * mapper, writes the identify straight into a batch body and POSTs {@code /v1/batch} whenever the next message
 * would take the body past ~500 KB (Segment's limit is 500 KB per request). No retries, no state, no per-message
 * bookkeeping: the least work that delivers the same identifies. Its second phase reads every page again without
 * sending anything: the cost of paging alone, to compare this project's unchanged re-sync with.
 */
final class RawHttpClientFloor implements SyncVariant {

    static final int BATCH_BYTES = 500_000;
    private static final String SETTINGS = "one thread, Apache HttpClient 5 classic, /v1/batch bodies up to "
            + BATCH_BYTES + " bytes";
    private static final byte[] BATCH_START = "{\"batch\":[".getBytes(StandardCharsets.UTF_8);
    private static final byte[] BATCH_END = "]}".getBytes(StandardCharsets.UTF_8);

    @Override
    public String id() {
        return "floor";
    }

    @Override
    public VariantRun run(BenchTarget target) throws Exception {
        Stopwatch setup = Stopwatch.start();
        EmploymentIdentifyMapper mapper = new EmploymentIdentifyMapper();
        String basic = "Basic " + Base64.getEncoder().encodeToString((SandboxTokens.SEGMENT_WRITE_KEY + ":")
                .getBytes(StandardCharsets.UTF_8));
        try (CloseableHttpClient http = HttpClients.createDefault()) {
            double setupMillis = setup.millis();
            Stopwatch sync = Stopwatch.start();
            BatchBody batch = new BatchBody();
            long sent = 0;
            for (int page = 1;; page++) {
                RemoteListing listing = page(http, target, page);
                for (JsonNode employment : listing.items()) {
                    byte[] message = SandboxJson.MAPPER.writeValueAsBytes(identify(mapper.map(employment)
                            .orElseThrow()));
                    if (!batch.fits(message)) {
                        sent += post(http, target, basic, batch);
                    }
                    batch.add(message);
                }
                if (!listing.hasMoreAfter(page)) {
                    break;
                }
            }
            sent += post(http, target, basic, batch);
            VariantRun synced = new VariantRun(setupMillis, sync, sent, null, SETTINGS);

            SandboxCounts before = SandboxCounts.read(target);
            Stopwatch paging = Stopwatch.start();
            for (int page = 1; page(http, target, page).hasMoreAfter(page); page++) {
                // Reading and parsing every page is the whole phase.
            }
            return synced.withSecond(new VariantRun.SecondPhase("paging only", paging, 0,
                    SandboxCounts.read(target).minus(before)));
        }
    }

    private static Map<String, Object> identify(IdentifyMessage identify) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("type", "identify");
        message.putAll(identify.toMap());
        return message;
    }

    private static RemoteListing page(CloseableHttpClient http, BenchTarget target, int page) throws IOException {
        HttpGet get = new HttpGet(RemoteListing.url(target, page));
        get.setHeader(HttpHeaders.AUTHORIZATION, "Bearer " + SandboxTokens.REMOTE_TOKEN);
        return http.execute(get, response -> {
            if (response.getCode() != 200) {
                throw new IOException("Remote answered " + response.getCode() + " for page " + page);
            }
            return RemoteListing.parse(response.getEntity().getContent());
        });
    }

    /** Posts the batch, empties it and answers how many messages it carried. */
    private static int post(CloseableHttpClient http, BenchTarget target, String basic, BatchBody batch)
            throws IOException {
        if (batch.count == 0) {
            return 0;
        }
        HttpPost post = new HttpPost(target.trackingBaseUrl() + "/v1/batch");
        post.setHeader(HttpHeaders.AUTHORIZATION, basic);
        post.setEntity(new ByteArrayEntity(batch.finish(), ContentType.APPLICATION_JSON));
        int count = batch.count;
        http.execute(post, response -> {
            if (response.getCode() != 200) {
                throw new IOException("Segment answered " + response.getCode() + ": "
                        + EntityUtils.toString(response.getEntity()));
            }
            EntityUtils.consume(response.getEntity());
            return null;
        });
        batch.reset();
        return count;
    }

    /** A {@code /v1/batch} body written message by message. */
    private static final class BatchBody {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream(BATCH_BYTES);
        private int count;

        BatchBody() {
            reset();
        }

        boolean fits(byte[] message) {
            return out.size() + 1 + message.length + BATCH_END.length <= BATCH_BYTES;
        }

        void add(byte[] message) {
            if (count > 0) {
                out.write(',');
            }
            out.writeBytes(message);
            count++;
        }

        byte[] finish() {
            out.writeBytes(BATCH_END);
            return out.toByteArray();
        }

        void reset() {
            out.reset();
            out.writeBytes(BATCH_START);
            count = 0;
        }
    }
}
