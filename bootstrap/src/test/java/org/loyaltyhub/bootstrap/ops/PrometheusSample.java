package org.loyaltyhub.bootstrap.ops;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One sample line of Prometheus' text format: {@code name{label="value",...} 1.0}. */
record PrometheusSample(String name, Map<String, String> labels, double value) {
    private static final Pattern LINE = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)(?: \\d+)?");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    static List<PrometheusSample> parse(String exposition) {
        return exposition.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(PrometheusSample::parseLine)
                .toList();
    }

    private static PrometheusSample parseLine(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            throw new AssertionError("not a Prometheus sample line: " + line);
        }
        Map<String, String> labels = new LinkedHashMap<>();
        if (m.group(2) != null) {
            Matcher label = LABEL.matcher(m.group(2));
            while (label.find()) {
                labels.put(label.group(1), label.group(2));
            }
        }
        return new PrometheusSample(m.group(1), labels, number(m.group(3)));
    }

    private static double number(String text) {
        return switch (text) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }

    boolean has(String label, String value) {
        return value.equals(labels.get(label));
    }
}
