package io.casebook.adapter.out.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.sql.Statement;

/** A statement of a {@link GatedConnection}: its executions go through the connection's turn-taking. */
final class GatedStatement implements InvocationHandler {

    private final Statement target;
    /** For a prepared statement, whether it only reads, decided once; null for a plain Statement. */
    private final Boolean preparedReads;
    private final GatedConnection connection;

    GatedStatement(Statement target, String preparedSql, GatedConnection connection) {
        this.target = target;
        this.preparedReads = preparedSql == null ? null : StatementKind.onlyReads(preparedSql);
        this.connection = connection;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        if (name.equals("getConnection")) {
            return connection.self();
        }
        if (name.startsWith("execute")) {
            // A plain Statement names its SQL at execution; a batch of them (executeBatch) counts as a write.
            boolean reads = preparedReads != null ? preparedReads
                    : args != null && args.length > 0 && args[0] instanceof String text && StatementKind.onlyReads(text);
            return connection.execute(target, method, args, reads);
        }
        return GatedConnection.call(target, method, args);
    }
}
