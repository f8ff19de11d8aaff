package io.casebook.adapter.out.jdbc;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Tells a statement that only reads from one that may change data or take row locks, from its SQL text. */
final class StatementKind {

    private static final Set<String> READS = Set.of("SELECT", "VALUES", "TABLE", "EXPLAIN", "SHOW");
    private static final Pattern LEADING_COMMENTS = Pattern.compile("^(\\s+|--[^\\n]*(\\n|$)|/\\*.*?\\*/)+",
            Pattern.DOTALL);
    /** Row locks are writes in H2's MVStore, and sequences advance: both must wait their turn. */
    private static final Pattern WRITES_IN_A_SELECT = Pattern.compile(
            "\\bFOR\\s+(UPDATE|SHARE|NO\\s+KEY\\s+UPDATE|KEY\\s+SHARE)\\b|\\bNEXT\\s+VALUE\\b|\\bNEXTVAL\\b",
            Pattern.CASE_INSENSITIVE);

    private StatementKind() {
    }

    /** True only when the statement cannot write; anything unknown (null, WITH, DDL...) counts as a write. */
    static boolean onlyReads(String sql) {
        if (sql == null) {
            return false;
        }
        String text = LEADING_COMMENTS.matcher(sql).replaceFirst("");
        int end = 0;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        String first = text.substring(0, end).toUpperCase(Locale.ROOT);
        return READS.contains(first) && !WRITES_IN_A_SELECT.matcher(text).find();
    }
}
