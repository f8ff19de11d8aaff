package io.casebook.application;

import java.util.ArrayList;
import java.util.List;

/**
 * What a new list adds to and removes from an old one, ignoring order and repeats, as Kibana's
 * {@code arraysDifference}: [a,b] → [b,a] is no change.
 */
record ListDiff<T>(List<T> added, List<T> deleted) {

    static <T> ListDiff<T> between(List<T> before, List<T> after) {
        return new ListDiff<>(minus(after, before), minus(before, after));
    }

    boolean isEmpty() {
        return added.isEmpty() && deleted.isEmpty();
    }

    private static <T> List<T> minus(List<T> from, List<T> remove) {
        List<T> out = new ArrayList<>(from);
        out.removeAll(remove);
        return out.stream().distinct().toList();
    }
}
