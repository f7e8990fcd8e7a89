package io.github.camelsegmentremote.copy;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.fasterxml.jackson.annotation.JsonValue;
import io.github.camelsegmentremote.segment.model.Label;
import io.github.camelsegmentremote.segment.model.Source;

/**
 * Which sources of the source workspace are copied, written as one expression:
 * <ul>
 * <li>{@code all}: every source;</li>
 * <li>{@code slug:REGEX}: sources whose whole slug matches the regular expression ({@code slug:backend-.*});</li>
 * <li>{@code name:REGEX}: sources whose whole name matches it;</li>
 * <li>{@code label:KEY:VALUE}: sources carrying that label ({@code label:environment:prod}).</li>
 * </ul>
 * Immutable.
 */
public final class SourceSelection {

    /** Every source. */
    public static final SourceSelection ALL = new SourceSelection("all", null, null);

    private final String expression;
    private final Pattern pattern;
    private final Label label;

    private SourceSelection(String expression, Pattern pattern, Label label) {
        this.expression = expression;
        this.pattern = pattern;
        this.label = label;
    }

    /** Reads a selection expression; blank reads as {@code all}. */
    public static SourceSelection parse(String expression) {
        String text = expression == null ? "" : expression.trim();
        if (text.isEmpty() || text.equals("all")) {
            return ALL;
        }
        int colon = text.indexOf(':');
        String kind = colon < 0 ? text : text.substring(0, colon);
        String value = colon < 0 ? "" : text.substring(colon + 1);
        return switch (kind) {
            case "slug", "name" -> new SourceSelection(text, compile(text, value), null);
            case "label" -> labelSelection(text, value);
            default -> throw invalid(text, "it must start with all, slug:, name: or label:");
        };
    }

    public static SourceSelection slugMatching(String regex) {
        return parse("slug:" + regex);
    }

    public static SourceSelection nameMatching(String regex) {
        return parse("name:" + regex);
    }

    public static SourceSelection withLabel(String key, String value) {
        return parse("label:" + key + ":" + value);
    }

    /** Whether {@code source} is selected. */
    public boolean matches(Source source) {
        if (label != null) {
            List<Label> labels = source.getLabels() == null ? List.of() : source.getLabels();
            return labels.stream().anyMatch(l -> label.getKey().equals(l.getKey())
                    && label.getValue().equals(l.getValue()));
        }
        if (pattern == null) {
            return true;
        }
        String value = expression.startsWith("slug:") ? source.getSlug() : source.getName();
        return value != null && pattern.matcher(value).matches();
    }

    private static SourceSelection labelSelection(String text, String value) {
        int colon = value.indexOf(':');
        if (colon <= 0 || colon == value.length() - 1) {
            throw invalid(text, "a label selection is label:KEY:VALUE, e.g. label:environment:prod");
        }
        return new SourceSelection(text, null, new Label(value.substring(0, colon), value.substring(colon + 1)));
    }

    private static Pattern compile(String text, String regex) {
        if (regex.isEmpty()) {
            throw invalid(text, "give a regular expression after the colon, e.g. slug:backend-.*");
        }
        try {
            return Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw invalid(text, "not a regular expression: " + e.getDescription());
        }
    }

    private static IllegalArgumentException invalid(String text, String why) {
        return new IllegalArgumentException("Invalid source selection '" + text + "': " + why
                + " (all, slug:REGEX, name:REGEX or label:KEY:VALUE)");
    }

    @JsonValue
    @Override
    public String toString() {
        return expression;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SourceSelection that && expression.equals(that.expression);
    }

    @Override
    public int hashCode() {
        return Objects.hash(expression);
    }
}
