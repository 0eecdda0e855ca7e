package org.loyaltyhub.adapter.persistence;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;
import org.loyaltyhub.application.port.out.UnitOfWork;

/**
 * The use case's unit of work as a JDBC transaction on the default datasource. Repositories called
 * inside it join the transaction, so a write commits or rolls back whole, and all queries of a read
 * run on the one connection the read-only transaction holds.
 */
@Singleton
public class TransactionalUnitOfWork implements UnitOfWork {
    private final TransactionOperations<Connection> transactions;

    TransactionalUnitOfWork(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return transactions.executeRead(status -> work.get());
    }

    @Override
    public <T> T write(Supplier<T> work) {
        return transactions.executeWrite(status -> work.get());
    }
}
