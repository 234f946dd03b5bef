package org.exhaustionlab.benchmarks;

/** Realistic Pine source of a given length for front-end benchmarks (no corpus scripts are shipped). */
final class SampleScripts {

    private SampleScripts() {
    }

    /** About {@code lines} lines of v6 indicator code: inputs, ta calls, a function, if/else, a loop, plots. */
    static String indicator(int lines) {
        StringBuilder src = new StringBuilder("//@version=6\nindicator(\"Benchmark\", overlay = false)\n");
        int block = 0;
        while (countLines(src) < lines) {
            String n = Integer.toString(block++);
            src.append("len").append(n).append(" = input.int(14, \"Length ").append(n).append("\", minval = 1)\n")
               .append("mult").append(n).append(" = input.float(2.0, \"Mult ").append(n).append("\", step = 0.1)\n")
               .append("basis").append(n).append(" = ta.sma(close, len").append(n).append(")\n")
               .append("dev").append(n).append(" = mult").append(n).append(" * ta.stdev(close, len").append(n).append(")\n")
               .append("upper").append(n).append(" = basis").append(n).append(" + dev").append(n).append("\n")
               .append("lower").append(n).append(" = basis").append(n).append(" - dev").append(n).append("\n")
               .append("score").append(n).append("(float src, int n) =>\n")
               .append("    float acc = 0.0\n")
               .append("    for i = 0 to n - 1\n")
               .append("        acc += src[i] > src[i + 1] ? 1 : -1\n")
               .append("    acc / n\n")
               .append("var int count").append(n).append(" = 0\n")
               .append("if ta.crossover(close, upper").append(n).append(")\n")
               .append("    count").append(n).append(" += 1\n")
               .append("else if ta.crossunder(close, lower").append(n).append(")\n")
               .append("    count").append(n).append(" := 0\n")
               .append("s").append(n).append(" = score").append(n).append("(close, 10)\n")
               .append("col").append(n).append(" = s").append(n).append(" > 0 ? color.green : color.red\n")
               .append("plot(s").append(n).append(", \"Score ").append(n).append("\", color = col").append(n)
               .append(", style = plot.style_histogram)\n")
               .append("plot(count").append(n).append(", \"Count ").append(n).append("\")\n");
        }
        return src.toString();
    }

    private static int countLines(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }
}
