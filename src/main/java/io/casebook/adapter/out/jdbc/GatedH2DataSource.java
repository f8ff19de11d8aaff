package io.casebook.adapter.out.jdbc;

import org.h2.jdbcx.JdbcDataSource;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Duration;
import java.util.logging.Logger;

/** The embedded H2 database as a DataSource whose connections write one transaction at a time ({@link H2WriteGate}). */
final class GatedH2DataSource implements DataSource {

    private final JdbcDataSource h2 = new JdbcDataSource();
    private final H2WriteGate gate;

    GatedH2DataSource(String url, Duration writeWait) {
        h2.setURL(url);
        this.gate = new H2WriteGate(writeWait);
    }

    H2WriteGate gate() {
        return gate;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return GatedConnection.wrap(h2.getConnection(), gate);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return GatedConnection.wrap(h2.getConnection(username, password), gate);
    }

    @Override
    public PrintWriter getLogWriter() {
        return h2.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        h2.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) {
        h2.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return h2.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("Not a wrapper of " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
