package io.casebook.adapter.in.rules.yaml;

import io.casebook.domain.rules.AlertCondition;
import io.casebook.domain.rules.Conditions;
import io.casebook.domain.rules.Conditions.Comparison;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One {@code match} condition: {@code all}/{@code any} (lists), {@code not} (one condition), or a field test
 * {@code {field, <operator>: value}} with exactly one of equals, in, regex, exists, gt, gte, lt, lte.
 */
public record ConditionYaml(List<ConditionYaml> all, List<ConditionYaml> any, ConditionYaml not, FieldPath field,
                            Object equals, List<Object> in, Pattern regex, Boolean exists, BigDecimal gt,
                            BigDecimal gte, BigDecimal lt, BigDecimal lte) {

    public ConditionYaml {
        List<String> operators = operators(equals, in, regex, exists, gt, gte, lt, lte);
        if (field == null && !operators.isEmpty()) {
            throw new IllegalArgumentException(operators.get(0) + " needs a field");
        }
        if (countSet(all, any, not, field) != 1) {
            throw new IllegalArgumentException("a condition needs exactly one of field, all, any, not");
        }
        if ((all != null && all.isEmpty()) || (any != null && any.isEmpty())) {
            throw new IllegalArgumentException((all != null ? "all" : "any") + " needs at least one condition");
        }
        if (field != null && operators.size() != 1) {
            throw new IllegalArgumentException("field " + field.path() + " needs exactly one of equals, in, regex, "
                    + "exists, gt, gte, lt, lte"
                    + (operators.isEmpty() ? "" : " (got " + String.join(", ", operators) + ")"));
        }
        requireScalar("equals", equals);
        if (in != null) {
            if (in.isEmpty()) {
                throw new IllegalArgumentException("in needs at least one value");
            }
            in.forEach(v -> requireScalar("in", v));
            in = List.copyOf(in);
        }
    }

    /** The domain condition this stands for. */
    public AlertCondition toCondition() {
        if (all != null) {
            return Conditions.all(all.stream().map(ConditionYaml::toCondition).toList());
        }
        if (any != null) {
            return Conditions.any(any.stream().map(ConditionYaml::toCondition).toList());
        }
        if (not != null) {
            return Conditions.not(not.toCondition());
        }
        String path = field.path();
        if (equals != null) {
            return Conditions.equalTo(path, equals);
        }
        if (in != null) {
            return Conditions.in(path, in);
        }
        if (regex != null) {
            return Conditions.matches(path, regex);
        }
        if (exists != null) {
            return Conditions.exists(path, exists);
        }
        Map.Entry<Comparison, BigDecimal> bound = comparisons().entrySet().iterator().next();
        return Conditions.compare(path, bound.getKey(), bound.getValue());
    }

    private Map<Comparison, BigDecimal> comparisons() {
        Map<Comparison, BigDecimal> out = new LinkedHashMap<>();
        putIfSet(out, Comparison.GT, gt);
        putIfSet(out, Comparison.GTE, gte);
        putIfSet(out, Comparison.LT, lt);
        putIfSet(out, Comparison.LTE, lte);
        return out;
    }

    private static List<String> operators(Object equals, Object in, Object regex, Object exists, Object gt,
                                          Object gte, Object lt, Object lte) {
        String[] names = {"equals", "in", "regex", "exists", "gt", "gte", "lt", "lte"};
        Object[] values = {equals, in, regex, exists, gt, gte, lt, lte};
        List<String> set = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null) {
                set.add(names[i]);
            }
        }
        return set;
    }

    /** Values compare as text, numbers or booleans; a map or list (or null) compares to nothing. */
    private static void requireScalar(String operator, Object value) {
        if (value instanceof Map<?, ?> || value instanceof List<?> || "in".equals(operator) && value == null) {
            throw new IllegalArgumentException(operator + " takes text, numbers or true/false, not "
                    + (value == null ? "null" : value instanceof Map<?, ?> ? "a mapping" : "a list"));
        }
    }

    private static long countSet(Object... values) {
        long n = 0;
        for (Object value : values) {
            n += value == null ? 0 : 1;
        }
        return n;
    }

    private static void putIfSet(Map<Comparison, BigDecimal> out, Comparison comparison, BigDecimal value) {
        if (value != null) {
            out.put(comparison, value);
        }
    }
}
