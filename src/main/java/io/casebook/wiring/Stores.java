package io.casebook.wiring;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.casebook.adapter.out.jdbc.Database;
import io.casebook.adapter.out.jdbc.JdbcAlertStore;
import io.casebook.adapter.out.jdbc.JdbcAttachmentStore;
import io.casebook.adapter.out.jdbc.JdbcCaseAlertStore;
import io.casebook.adapter.out.jdbc.JdbcCaseSearch;
import io.casebook.adapter.out.jdbc.JdbcCaseStore;
import io.casebook.adapter.out.jdbc.JdbcConfigurationStore;
import io.casebook.adapter.out.jdbc.JdbcUserActionStore;
import io.casebook.adapter.out.jdbc.JdbiTransactions;
import io.casebook.adapter.out.jdbc.JsonColumns;

/** Every JDBC store of the engine over one database, with the transactions they share. */
public record Stores(JdbiTransactions tx, JdbcCaseStore cases, JdbcCaseSearch caseSearch,
                     JdbcUserActionStore userActions, JdbcConfigurationStore configurations,
                     JdbcAttachmentStore attachments, JdbcCaseAlertStore caseAlerts, JdbcAlertStore alerts) {

    public static Stores over(Database database, ObjectMapper mapper) {
        var jdbi = database.jdbi();
        JsonColumns json = new JsonColumns(mapper);
        return new Stores(new JdbiTransactions(jdbi), new JdbcCaseStore(jdbi, json), new JdbcCaseSearch(jdbi, json),
                new JdbcUserActionStore(jdbi, json), new JdbcConfigurationStore(jdbi, json),
                new JdbcAttachmentStore(jdbi, json), new JdbcCaseAlertStore(jdbi), new JdbcAlertStore(jdbi, json));
    }
}
