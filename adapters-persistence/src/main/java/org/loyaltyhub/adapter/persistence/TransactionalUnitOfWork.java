package org.loyaltyhub.adapter.persistence;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.DefaultTransactionDefinition;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.function.Supplier;
import org.loyaltyhub.application.port.out.UnitOfWork;

/**
 * The use case's unit of work as a JDBC transaction on the default datasource. Repositories called
 * inside it join the transaction, so a write commits or rolls back whole, and all queries of a read
 * run on the one connection the read-only transaction holds.
 *
 * <p>Writes run READ COMMITTED. A write takes its customer's row lock ({@code Customers.lockForWrite})
 * and then reads that customer's ledger and balances; under InnoDB's default REPEATABLE READ those reads
 * would come from a snapshot taken at the transaction's first read, which may be older than the lock, and
 * miss what the write before it committed. READ COMMITTED reads the latest committed rows at each
 * statement (H2's default already). Reads keep the database's default.
 *
 * <p>Every use case goes through here, so this is where a database out of reach becomes the application's
 * {@code StorageUnavailableException} (see {@link StorageFailures}): whether the connection could not be had,
 * broke during a statement or during the commit, the transaction did not complete on this side and the
 * database rolls back what it had not committed.
 */
@Singleton
public class TransactionalUnitOfWork implements UnitOfWork {
    private static final TransactionDefinition WRITE = readCommitted();

    private final TransactionOperations<Connection> transactions;

    TransactionalUnitOfWork(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Override
    public <T> T read(Supplier<T> work) {
        try {
            return transactions.executeRead(status -> work.get());
        } catch (RuntimeException e) {
            throw StorageFailures.translate(e);
        }
    }

    @Override
    public <T> T write(Supplier<T> work) {
        try {
            return transactions.execute(WRITE, status -> work.get());
        } catch (RuntimeException e) {
            throw StorageFailures.translate(e);
        }
    }

    private static TransactionDefinition readCommitted() {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition(TransactionDefinition.DEFAULT);
        definition.setIsolationLevel(TransactionDefinition.Isolation.READ_COMMITTED);
        return definition;
    }
}
