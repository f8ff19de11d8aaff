package io.casebook.support;

import java.util.Map;

/**
 * Which database the API tests run against: H2 by default; {@code -Dcasebook.test.db=postgres} runs them on
 * the PostgreSQL that {@link Postgres} provides, each engine in a fresh database.
 */
public final class Database {

    private Database() {
    }

    public static boolean postgres() {
        return "postgres".equals(System.getProperty("casebook.test.db"));
    }

    static Map<String, String> overrides() {
        if (!postgres()) {
            return Map.of();
        }
        return Postgres.freshDatabase();
    }
}
