package org.loyaltyhub.application.port.out;

import java.util.function.Supplier;

/**
 * The use case is the unit of work: a write lands whole or not at all, and a read runs all its
 * queries on one connection in one read-only transaction.
 */
public interface UnitOfWork {
    <T> T read(Supplier<T> work);

    <T> T write(Supplier<T> work);
}
