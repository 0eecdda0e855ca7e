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
        return transactions.executeRead(status -> work.get());
    }

    @Override
    public <T> T write(Supplier<T> work) {
        return transactions.execute(WRITE, status -> work.get());
    }

    private static TransactionDefinition readCommitted() {
        DefaultTransactionDefinition definition = new DefaultTransactionDefinition(TransactionDefinition.DEFAULT);
        definition.setIsolationLevel(TransactionDefinition.Isolation.READ_COMMITTED);
        return definition;
    }
}
