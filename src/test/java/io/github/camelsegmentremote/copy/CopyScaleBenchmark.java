package io.github.camelsegmentremote.copy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The scale benchmark of BENCHMARKS.md ("Job 2 at scale"): 300 sources x 5 Actions destinations x 3 subscriptions
 * with a filter each: plan, apply and a second plan, at the default 10 requests/second or without a limit. Runs
 * only on demand:
 * <pre>
 * mvn -B -o test -Dtest=CopyScaleBenchmark -Dcopy.bench=true [-Dcopy.bench.rps=10] [-Dcopy.bench.sources=300]
 * </pre>
 * It prints one Markdown table per run, with requests per operation.
 */
@EnabledIfSystemProperty(named = "copy.bench", matches = "true")
class CopyScaleBenchmark {

    @Test
    void copyAtScale() throws Exception {
        int sources = Integer.getInteger("copy.bench.sources", 300);
        int rps = Integer.getInteger("copy.bench.rps", 10);
        CopyScale.Result result = CopyScale.run(sources, 5, 3, rps);
        StringBuilder out = new StringBuilder();
        out.append("\n### ").append(sources).append(" sources x 5 destinations x 3 subscriptions, ")
                .append(rps == 0 ? "no rate limit" : rps + " requests/s").append("\n\n")
                .append("| phase | requests | repeated | wall | CPU (copy thread) |\n|---|---|---|---|---|\n")
                .append(result.plan().row()).append('\n').append(result.apply().row()).append('\n')
                .append(result.replan().row()).append("\n\n")
                .append("plan: ").append(result.plan().byOperation()).append("\n\napply: ")
                .append(result.apply().byOperation()).append("\n\nplan again: ").append(result.replan().byOperation())
                .append(" (").append(result.again().summary()).append(")\n\nreport: ").append(result.report().summary())
                .append('\n');
        System.out.println(out);
    }
}
