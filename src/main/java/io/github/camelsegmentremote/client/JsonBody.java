package io.github.camelsegmentremote.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Turns what a route puts in the message body into JSON bytes, with an error that says what was wrong. */
final class JsonBody {

    private JsonBody() {
    }

    static byte[] toBytes(ObjectMapper mapper, Object body, String operation) {
        if (body == null) {
            return null;
        }
        try {
            if (body instanceof byte[] bytes) {
                return checked(mapper, bytes);
            }
            if (body instanceof InputStream in) {
                return checked(mapper, in.readAllBytes());
            }
            if (body instanceof CharSequence text) {
                return checked(mapper, text.toString().getBytes(StandardCharsets.UTF_8));
            }
            return mapper.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The message body is not valid JSON for "
                    + operation + ": " + e.getOriginalMessage()
                    + ". Send a Map, a JsonNode, a POJO or a JSON string.", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("The message body could not be read: " + e.getMessage(), e);
        }
    }

    private static byte[] checked(ObjectMapper mapper, byte[] json) throws IOException {
        mapper.readTree(json);
        return json;
    }
}
