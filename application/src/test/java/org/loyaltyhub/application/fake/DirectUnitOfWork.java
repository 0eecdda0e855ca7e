package org.loyaltyhub.application.fake;

import java.util.function.Supplier;
import org.loyaltyhub.application.port.out.UnitOfWork;

/** Runs the work as it is: the in-memory fakes have nothing to commit or roll back. Counts calls. */
public final class DirectUnitOfWork implements UnitOfWork {
    public int reads;
    public int writes;

    @Override
    public <T> T read(Supplier<T> work) {
        reads++;
        return work.get();
    }

    @Override
    public <T> T write(Supplier<T> work) {
        writes++;
        return work.get();
    }
}
