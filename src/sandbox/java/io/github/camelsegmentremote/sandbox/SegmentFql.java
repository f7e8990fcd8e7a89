package io.github.camelsegmentremote.sandbox;

import java.util.regex.Pattern;

/**
 * The checks Segment makes of an FQL statement (filter and transformation {@code if}, subscription
 * {@code trigger}): quotes and parentheses balanced, at least one comparison or function, no dangling
 * {@code and}/{@code or}. A statement that fails is a 422 naming the field, with the reason.
 */
final class SegmentFql {

    private static final Pattern CONDITION = Pattern.compile("(!=|=|<|>|\\b(match|contains|exists|lowercase|"
            + "length)\\s*\\()");
    private static final Pattern DANGLING = Pattern.compile("(^|\\s)(and|or|!)\\s*$|^\\s*(and|or)\\s");

    private SegmentFql() {
    }

    static String require(String statement, String field) {
        if (statement == null || statement.isBlank()) {
            throw SegmentInput.invalid(field, "\"" + field + "\" is required");
        }
        String problem = problem(statement);
        if (problem != null) {
            throw SegmentInput.invalid(field, "\"" + field + "\" is not valid FQL (" + problem + "): " + statement);
        }
        return statement;
    }

    private static String problem(String statement) {
        if (statement.trim().equals("all")) {
            return null;
        }
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < statement.length(); i++) {
            char c = statement.charAt(i);
            if (c == '\\' && quoted) {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth < 0) {
                return "unexpected ')' at " + i;
            }
        }
        if (quoted) {
            return "unterminated string";
        }
        if (depth != 0) {
            return "unbalanced parentheses";
        }
        if (DANGLING.matcher(statement).find()) {
            return "an operator lacks an operand";
        }
        if (!CONDITION.matcher(statement.replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"")).find()) {
            return "no comparison or function";
        }
        return null;
    }
}
