package org.mentorship.platform.idempotency;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The current JTA transaction's connection: Agroal hands the same enlisted connection to Hibernate and to us, so the
 * key's row commits (or rolls back) with the work.
 */
@ApplicationScoped
class TransactionConnections implements IdempotentExecution.Connections {

    private final AgroalDataSource dataSource;

    TransactionConnections(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public <T> T with(IdempotentExecution.SqlWork<T> work) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return work.apply(connection);
        }
    }
}
