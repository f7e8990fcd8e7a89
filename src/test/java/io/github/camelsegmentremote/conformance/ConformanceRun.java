package io.github.camelsegmentremote.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of calling every operation of a catalog through its component against Prism: per operation and
 * pass, the exchanges Prism saw and the exception the route got, if any.
 */
final class ConformanceRun {

    /** One call of one operation. */
    record Call(String operation, String pass, List<ViolationRecorder.Exchange> exchanges, Throwable failure) {

        boolean violates() {
            return exchanges.stream().anyMatch(ViolationRecorder.Exchange::violates);
        }

        String describe() {
            StringBuilder sb = new StringBuilder(operation).append(" [").append(pass).append("]");
            exchanges.forEach(e -> sb.append("\n    ").append(e.request()).append(" -> ").append(e.status())
                    .append(e.violations() == null ? "" : " " + e.violations()));
            if (failure != null) {
                sb.append("\n    ").append(failure.getClass().getSimpleName()).append(": ")
                        .append(failure.getMessage());
            }
            return sb.toString();
        }
    }

    private final List<Call> calls = new ArrayList<>();

    void add(Call call) {
        calls.add(call);
    }

    List<Call> calls() {
        return calls;
    }

    /** The calls of operations not in {@code defects} that Prism found a violation in or that failed. */
    List<String> problems(Map<String, String> defects) {
        List<String> problems = new ArrayList<>();
        for (Call call : calls) {
            if (!defects.containsKey(call.operation()) && (call.violates() || call.failure() != null)) {
                problems.add(call.describe());
            }
        }
        return problems;
    }

    /** The calls of one operation. */
    List<Call> of(String operation) {
        return calls.stream().filter(c -> c.operation().equals(operation)).toList();
    }

    /** Operations, calls, violating calls and failed calls, for the test's log and the README. */
    String figures(String api) {
        Map<String, Boolean> operations = new TreeMap<>();
        calls.forEach(c -> operations.put(c.operation(), true));
        long violating = calls.stream().filter(Call::violates).count();
        long failed = calls.stream().filter(c -> c.failure() != null).count();
        long badAnswers = calls.stream().filter(c -> c.exchanges().stream()
                .anyMatch(ViolationRecorder.Exchange::answerViolates)).count();
        return api + ": " + operations.size() + " operations, " + calls.size() + " calls through the component, "
                + violating + " with request violations, " + failed + " failed (" + badAnswers + " answers built "
                + "from the file's own examples break its schemas; the component read them)";
    }
}
