package org.mentorship.system.deploy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Just enough of PromQL to check an expression without a Prometheus: its brackets and quotes balance, its label
 * matchers and ranges are well formed, every function is one PromQL has, and which metric names it reads. No PromQL
 * parser for Java resolves here (Prometheus' own is Go, promtool is not installed), hence this; it is a check of
 * names and shape, not of types (a rate over a gauge passes).
 */
final class PromQl {

    private static final Set<String> FUNCTIONS = Set.of(
            // aggregation operators
            "sum",
            "min",
            "max",
            "avg",
            "count",
            "stddev",
            "stdvar",
            "topk",
            "bottomk",
            "quantile",
            "count_values",
            "group",
            // functions
            "abs",
            "absent",
            "absent_over_time",
            "ceil",
            "changes",
            "clamp",
            "clamp_max",
            "clamp_min",
            "delta",
            "deriv",
            "exp",
            "floor",
            "histogram_quantile",
            "holt_winters",
            "idelta",
            "increase",
            "irate",
            "label_replace",
            "label_join",
            "ln",
            "log2",
            "log10",
            "predict_linear",
            "rate",
            "resets",
            "round",
            "scalar",
            "sort",
            "sort_desc",
            "sqrt",
            "time",
            "timestamp",
            "vector",
            "avg_over_time",
            "min_over_time",
            "max_over_time",
            "sum_over_time",
            "count_over_time",
            "last_over_time",
            "quantile_over_time",
            "present_over_time");
    private static final Set<String> KEYWORDS = Set.of(
            "and",
            "or",
            "unless",
            "bool",
            "offset",
            "by",
            "without",
            "on",
            "ignoring",
            "group_left",
            "group_right",
            "inf",
            "nan");
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"|'(?:[^'\\\\]|\\\\.)*'");
    private static final Pattern MATCHERS = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern MATCHER = Pattern.compile("\\s*[a-zA-Z_][a-zA-Z0-9_]*\\s*(=~|!~|!=|=)\\s*\"\"\\s*");
    private static final Pattern RANGE = Pattern.compile("\\[([^\\[\\]]*)]");
    private static final Pattern DURATION = Pattern.compile("(\\d+(ms|s|m|h|d|w|y))+|\\$__(rate_)?interval|\\$__range");
    private static final Pattern GROUPING =
            Pattern.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\(([^()]*)\\)");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w$.])([a-zA-Z_:][a-zA-Z0-9_:]*)(\\s*\\()?");

    private PromQl() {}

    /** The metric names {@code expression} reads; throws IllegalArgumentException naming what is malformed. */
    static Set<String> metricNames(String expression) {
        String text = STRING.matcher(expression).replaceAll("\"\"");
        balanced(text);
        StringBuilder stripped = new StringBuilder();
        Matcher matchers = MATCHERS.matcher(text);
        while (matchers.find()) {
            String inside = matchers.group(1).trim();
            if (!inside.isEmpty()) {
                for (String matcher : inside.split(",")) {
                    if (!matcher.isBlank() && !MATCHER.matcher(matcher).matches()) {
                        throw new IllegalArgumentException(
                                "a malformed label matcher {" + matchers.group(1) + "} in " + expression);
                    }
                }
            }
            matchers.appendReplacement(stripped, " ");
        }
        matchers.appendTail(stripped);
        text = stripped.toString();

        stripped = new StringBuilder();
        Matcher ranges = RANGE.matcher(text);
        while (ranges.find()) {
            String[] parts = ranges.group(1).trim().split(":", -1);
            if (parts.length > 2
                    || !DURATION.matcher(parts[0].trim()).matches()
                    || (parts.length == 2
                            && !parts[1].isBlank()
                            && !DURATION.matcher(parts[1].trim()).matches())) {
                throw new IllegalArgumentException("a malformed range [" + ranges.group(1) + "] in " + expression);
            }
            ranges.appendReplacement(stripped, " ");
        }
        ranges.appendTail(stripped);
        text = GROUPING.matcher(stripped.toString()).replaceAll(" ");

        Set<String> names = new LinkedHashSet<>();
        Matcher identifiers = IDENTIFIER.matcher(text);
        while (identifiers.find()) {
            String name = identifiers.group(1);
            boolean call = identifiers.group(2) != null;
            if (KEYWORDS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                continue; // an operator: "a unless (b)", "a and on (job) b"
            }
            if (call) {
                if (!FUNCTIONS.contains(name)) {
                    throw new IllegalArgumentException("no PromQL function " + name + " in " + expression);
                }
            } else {
                names.add(name);
            }
        }
        return names;
    }

    private static void balanced(String text) {
        Deque<Character> open = new ArrayDeque<>();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '(', '[', '{' -> open.push(c);
                case ')', ']', '}' -> {
                    char expected = c == ')' ? '(' : c == ']' ? '[' : '{';
                    if (open.isEmpty() || open.pop() != expected) {
                        throw new IllegalArgumentException("unbalanced '" + c + "' in " + text);
                    }
                }
                default -> {}
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("unclosed '" + open.peek() + "' in " + text);
        }
    }
}
