package org.loyaltyhub.adapter.persistence;

import com.zaxxer.hikari.HikariDataSource;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;
import java.io.Closeable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;

/**
 * Wraps the datasource so a test can count what reaches the database: connections taken, and SQL
 * statements executed (a JDBC batch counts once, as it is one round trip). Only active in tests that
 * set {@code loyaltyhub.test.count-statements}.
 */
@Singleton
@Requires(property = "loyaltyhub.test.count-statements", value = "true")
public class StatementCounter implements BeanCreatedEventListener<DataSource>, Ordered {
    private static final Set<String> EXECUTIONS = Set.of(
            "execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private final AtomicInteger connections = new AtomicInteger();
    private final List<String> executed = new CopyOnWriteArrayList<>();

    /**
     * First of all listeners, so this wraps the pool itself and Micronaut's transaction-aware wrapper
     * (a listener too) then wraps this one, not the other way round.
     */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource target = event.getBean();
        if (!(target instanceof HikariDataSource)) {
            throw new IllegalStateException("expected to wrap the connection pool, got " + target.getClass());
        }
        // Closeable too, so the context still closes the pool when it stops.
        return proxy(DataSource.class, target, (method, args, result) -> {
            if (method.getName().equals("getConnection")) {
                connections.incrementAndGet();
                return proxy(Connection.class, (Connection) result, this::wrapStatements);
            }
            return result;
        });
    }

    public void reset() {
        connections.set(0);
        executed.clear();
    }

    public int connectionsTaken() {
        return connections.get();
    }

    public List<String> statementsExecuted() {
        return List.copyOf(executed);
    }

    private Object wrapStatements(Method method, Object[] args, Object result) {
        if (result instanceof PreparedStatement prepared && method.getName().startsWith("prepare")) {
            String sql = String.valueOf(args[0]);
            return proxy(PreparedStatement.class, prepared, (m, a, r) -> recordExecution(m, sql, r));
        }
        if (result instanceof Statement statement && method.getName().equals("createStatement")) {
            return proxy(Statement.class, statement,
                    (m, a, r) -> recordExecution(m, a != null && a.length > 0 ? String.valueOf(a[0]) : "?", r));
        }
        return result;
    }

    private Object recordExecution(Method method, String sql, Object result) {
        if (EXECUTIONS.contains(method.getName())) {
            executed.add(sql);
        }
        return result;
    }

    /** What to do with the result of a call on the wrapped object (wrap it further, count it). */
    private interface AfterCall {
        Object apply(Method method, Object[] args, Object result) throws Exception;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, AfterCall afterCall) {
        Class<?>[] types = target instanceof Closeable ? new Class<?>[] {type, Closeable.class} : new Class<?>[] {type};
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), types,
                (proxy, method, args) -> {
                    // Identity stays the proxy's own: the transaction code compares connections.
                    if (method.getName().equals("equals") && args != null && args.length == 1) {
                        return proxy == args[0];
                    }
                    if (method.getName().equals("hashCode") && (args == null || args.length == 0)) {
                        return System.identityHashCode(proxy);
                    }
                    Object result;
                    try {
                        result = method.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                    return afterCall.apply(method, args, result);
                });
    }
}
