package io.casebook.adapter.out.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.sql.Statement;

/** A statement of a {@link GatedConnection}: its executions go through the connection's turn-taking. */
final class GatedStatement implements InvocationHandler {

    private final Statement target;
    private final String preparedSql;
    private final GatedConnection connection;

    GatedStatement(Statement target, String preparedSql, GatedConnection connection) {
        this.target = target;
        this.preparedSql = preparedSql;
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
            String sql = preparedSql != null ? preparedSql
                    : args != null && args.length > 0 && args[0] instanceof String text ? text : null;
            return connection.execute(target, method, args, sql);
        }
        return GatedConnection.call(target, method, args);
    }
}
