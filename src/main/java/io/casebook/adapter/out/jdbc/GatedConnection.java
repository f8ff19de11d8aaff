package io.casebook.adapter.out.jdbc;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * An H2 connection that takes its turn at the {@link H2WriteGate} before its first write and gives it back when
 * its transaction ends (commit, rollback, auto-commit switched back on, close). A write in auto-commit mode
 * holds the gate for that statement alone; reads never wait.
 */
final class GatedConnection implements InvocationHandler {

    private final Connection target;
    private final H2WriteGate gate;
    private Connection self;
    private boolean autoCommit;
    private boolean holding;

    private GatedConnection(Connection target, H2WriteGate gate) throws SQLException {
        this.target = target;
        this.gate = gate;
        this.autoCommit = target.getAutoCommit();
    }

    static Connection wrap(Connection target, H2WriteGate gate) throws SQLException {
        GatedConnection handler = new GatedConnection(target, gate);
        handler.self = (Connection) Proxy.newProxyInstance(GatedConnection.class.getClassLoader(),
                new Class<?>[] {Connection.class}, handler);
        return handler.self;
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        switch (method.getName()) {
            case "setAutoCommit" -> {
                try {
                    return call(target, method, args);
                } finally {
                    autoCommit = target.getAutoCommit();
                    if (autoCommit) {
                        release(); // switching auto-commit on commits what was pending
                    }
                }
            }
            case "commit", "close" -> {
                try {
                    return call(target, method, args);
                } finally {
                    release();
                }
            }
            case "rollback" -> {
                try {
                    return call(target, method, args);
                } finally {
                    if (args == null || args.length == 0) {
                        release(); // a rollback to a savepoint keeps the transaction, and its turn
                    }
                }
            }
            case "createStatement" -> {
                return statement(call(target, method, args), null);
            }
            case "prepareStatement", "prepareCall" -> {
                return statement(call(target, method, args), (String) args[0]);
            }
            default -> {
                return call(target, method, args);
            }
        }
    }

    /** Runs one statement execution in its turn when it may write. */
    Object execute(Object statement, Method method, Object[] args, boolean onlyReads) throws Throwable {
        if (onlyReads) {
            return call(statement, method, args);
        }
        if (!autoCommit) {
            if (!holding) {
                gate.enter();
                holding = true;
            }
            return call(statement, method, args);
        }
        gate.enter();
        try {
            return call(statement, method, args);
        } finally {
            gate.leave();
        }
    }

    Connection self() {
        return self;
    }

    private void release() {
        if (holding) {
            holding = false;
            gate.leave();
        }
    }

    private Object statement(Object statement, String sql) {
        Class<?> type = statement instanceof CallableStatement ? CallableStatement.class
                : statement instanceof PreparedStatement ? PreparedStatement.class : Statement.class;
        return Proxy.newProxyInstance(GatedConnection.class.getClassLoader(), new Class<?>[] {type},
                new GatedStatement((Statement) statement, sql, this));
    }

    static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
