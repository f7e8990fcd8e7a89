package io.github.camelsegmentremote.remote;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.activation.DataHandler;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.attachment.AttachmentMessage;
import org.apache.camel.attachment.DefaultAttachmentMessage;
import org.apache.hc.client5.http.entity.mime.HttpMultipartMode;
import org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;

/**
 * The {@code multipart/form-data} body of a file upload ({@code createDocument}, {@code createEmployeeDocument},
 * {@code createEmploymentRiskReserveProofOfPayment}), from the message:
 * <ul>
 * <li>a Map body: each entry is a form field; values that are files ({@code byte[]}, {@code InputStream},
 * {@code java.io.File}, {@code java.nio.file.Path}, {@code DataHandler}) are sent as file parts, the others as
 * text;</li>
 * <li>any other body (bytes, a file from {@code from("file:...")}, a stream) is the file, sent as the part
 * {@code file} named by header {@code CamelFileName} with the type of header {@code Content-Type}; the fields come
 * from the Map header {@code CamelRemoteFormFields};</li>
 * <li>Camel attachments ({@code AttachmentMessage}) are file parts too, each as {@code file} named by its id.</li>
 * </ul>
 */
final class RemoteMultipartBody {

    /** The part every upload operation of the spec takes its file in. */
    static final String FILE_FIELD = "file";

    private final byte[] bytes;
    private final String contentType;

    private RemoteMultipartBody(byte[] bytes, String contentType) {
        this.bytes = bytes;
        this.contentType = contentType;
    }

    byte[] bytes() {
        return bytes;
    }

    /** {@code multipart/form-data; boundary=...}. */
    String contentType() {
        return contentType;
    }

    static RemoteMultipartBody of(RemoteOperation operation, Message message) {
        MultipartEntityBuilder builder = MultipartEntityBuilder.create().setMode(HttpMultipartMode.STRICT)
                .setCharset(java.nio.charset.StandardCharsets.UTF_8);
        Object body = message == null ? null : message.getBody();
        boolean file = false;
        if (body instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                file |= add(builder, String.valueOf(e.getKey()), e.getValue(), String.valueOf(e.getKey()), null);
            }
        } else if (body != null) {
            byte[] content = message.getBody(byte[].class);
            if (content == null) {
                throw new IllegalArgumentException("Operation " + operation + " uploads a file: the message body "
                        + body.getClass().getName() + " cannot be read as bytes; send bytes, a file, a stream, or a "
                        + "Map of form fields");
            }
            builder.addBinaryBody(FILE_FIELD, content, type(message.getHeader(Exchange.CONTENT_TYPE, String.class)),
                    fileName(message));
            file = true;
            formFields(message).forEach((name, value) -> add(builder, name, value, name, operation));
        }
        // Attachments live in the message's attachments trait; a wrapper reads them from any message.
        AttachmentMessage attachments = message == null ? null
                : message instanceof AttachmentMessage a ? a : new DefaultAttachmentMessage(message);
        if (attachments != null && attachments.hasAttachments()) {
            for (Map.Entry<String, DataHandler> a : attachments.getAttachments().entrySet()) {
                file |= add(builder, FILE_FIELD, a.getValue(), a.getKey(), null);
            }
        }
        if (!file) {
            throw new IllegalArgumentException("Operation " + operation + " uploads a file (multipart/form-data) "
                    + "but the message has none: send the file as the body (fields in header "
                    + RemoteConstants.FORM_FIELDS + "), as an attachment, or as entry '" + FILE_FIELD + "' of a Map "
                    + "body");
        }
        HttpEntity entity = builder.build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            entity.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not build the multipart body of " + operation, e);
        }
        return new RemoteMultipartBody(out.toByteArray(), entity.getContentType());
    }

    /** Adds one field; returns whether it was a file. */
    private static boolean add(MultipartEntityBuilder builder, String field, Object value, String fileName,
            RemoteOperation textOnly) {
        try {
            if (value instanceof byte[] b) {
                builder.addBinaryBody(field, b, ContentType.APPLICATION_OCTET_STREAM, fileName);
            } else if (value instanceof InputStream in) {
                builder.addBinaryBody(field, in.readAllBytes(), ContentType.APPLICATION_OCTET_STREAM, fileName);
            } else if (value instanceof java.io.File f) {
                builder.addBinaryBody(field, f);
            } else if (value instanceof java.nio.file.Path p) {
                builder.addBinaryBody(field, p.toFile());
            } else if (value instanceof DataHandler h) {
                try (InputStream in = h.getInputStream()) {
                    builder.addBinaryBody(field, in.readAllBytes(), type(h.getContentType()),
                            h.getName() != null ? h.getName() : fileName);
                }
            } else {
                if (value != null) {
                    builder.addTextBody(field, String.valueOf(value), ContentType.TEXT_PLAIN.withCharset("UTF-8"));
                }
                return false;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the file of form field " + field, e);
        }
        if (textOnly != null) {
            throw new IllegalArgumentException("Header " + RemoteConstants.FORM_FIELDS + " entry '" + field
                    + "' of operation " + textOnly + " is a file: the body is the file, the header holds text fields");
        }
        return true;
    }

    private static Map<String, Object> formFields(Message message) {
        Object header = message.getHeader(RemoteConstants.FORM_FIELDS);
        if (header == null) {
            return Map.of();
        }
        if (!(header instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("Header " + RemoteConstants.FORM_FIELDS + " must be a Map of form "
                    + "field names to values, was " + header.getClass().getName());
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        map.forEach((k, v) -> fields.put(String.valueOf(k), v));
        return fields;
    }

    private static String fileName(Message message) {
        String name = message.getHeader(Exchange.FILE_NAME_ONLY, String.class);
        if (name == null) {
            name = message.getHeader(Exchange.FILE_NAME, String.class);
        }
        return name == null || name.isBlank() ? FILE_FIELD : name;
    }

    private static ContentType type(String contentType) {
        return contentType == null || contentType.isBlank() ? ContentType.APPLICATION_OCTET_STREAM
                : ContentType.parse(contentType);
    }
}
