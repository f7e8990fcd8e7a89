package io.github.camelsegmentremote.client;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A path with {@code {name}} parameters, as the API specs write them ({@code /sources/{sourceId}/settings}).
 */
public final class PathTemplate {

    private static final Pattern PARAM = Pattern.compile("\\{([^}/]+)}");

    private final String template;
    private final List<String> parameters;

    private PathTemplate(String template) {
        this.template = template;
        List<String> names = new ArrayList<>();
        Matcher m = PARAM.matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        this.parameters = List.copyOf(names);
    }

    public static PathTemplate of(String template) {
        return new PathTemplate(template);
    }

    public String template() {
        return template;
    }

    /** The parameter names, in order. */
    public List<String> parameters() {
        return parameters;
    }

    /**
     * Fills the parameters from {@code values}, percent-encoding each; a missing one fails with a message that
     * names it and says where it can come from: {@code sourcesHint} with {@code {name}} replaced by the parameter's
     * name and {@code {Name}} by the name with a capital first letter (for header names).
     */
    public String expand(Function<String, Object> values, String operation, String sourcesHint) {
        Matcher m = PARAM.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            Object value = values.apply(name);
            if (value == null || String.valueOf(value).isBlank()) {
                throw new IllegalArgumentException("Operation " + operation + " needs the path parameter '" + name
                        + "' (" + template + "): " + sourcesHint.replace("{name}", name)
                        .replace("{Name}", Character.toUpperCase(name.charAt(0)) + name.substring(1)));
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(
                    URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8).replace("+", "%20")));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    @Override
    public String toString() {
        return template;
    }
}
