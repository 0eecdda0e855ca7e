package org.loyaltyhub.bootstrap.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.adapter.persistence.MySqlTestServer;
import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.application.port.in.write.AddTransactionUseCase;
import org.loyaltyhub.application.port.in.write.CustomerProfile;
import org.loyaltyhub.application.port.in.write.CustomerRef;
import org.loyaltyhub.application.port.in.write.PointsRedemptionCommand;
import org.loyaltyhub.application.port.in.write.RedeemPointsUseCase;
import org.loyaltyhub.application.port.in.write.RegisterCustomerUseCase;
import org.loyaltyhub.application.port.in.write.TransactionCommand;
import org.loyaltyhub.application.port.in.write.WriteRefusal;
import org.loyaltyhub.application.port.in.write.WriteRefusedException;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.customer.CustomerType;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.org.OrgId;
import org.loyaltyhub.domain.purchase.TransactionType;

/**
 * Issue 5's concurrency check: 8 threads fire 200 mixed writes each, half at one customer and half spread
 * over 50 others, through the real use cases on the real database (H2, then MySQL/MariaDB). Afterwards every
 * stored balance must equal a replay of the ledger, and every acknowledged write must be stored exactly once.
 */
class ConcurrentWritesSystemTest {
    private static final int THREADS = 8;
    private static final int WRITES_PER_THREAD = 200;
    private static final int OTHERS = 50;
    private static final OrgId DEMO_ORG = new OrgId(1);
    private static final ApiCaller TILL = new ApiCaller("demo.till", DEMO_ORG, "demo.till", "demo.store");

    @Test
    void onH2() throws Exception {
        Map<String, Object> properties = new HashMap<>(DemoServer.properties());
        properties.put("micronaut.server.port", -1);
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            fireAndCheck(context);
        }
    }

    @Test
    void onMySql() throws Exception {
        MySqlTestServer mysql = MySqlTestServer.requireOrSkip("the concurrent writes system test");
        Map<String, Object> properties = new HashMap<>(DemoServer.properties());
        properties.put("datasources.default.url", mysql.createDatabase());
        properties.put("datasources.default.username", mysql.user());
        properties.put("datasources.default.password", mysql.password());
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            fireAndCheck(context);
        }
    }

    private void fireAndCheck(ApplicationContext context) throws Exception {
        RegisterCustomerUseCase register = context.getBean(RegisterCustomerUseCase.class);
        AddTransactionUseCase transactions = context.getBean(AddTransactionUseCase.class);
        RedeemPointsUseCase redeem = context.getBean(RedeemPointsUseCase.class);

        List<String> mobiles = new ArrayList<>();
        Map<String, CustomerId> ids = new HashMap<>();
        for (int i = 0; i <= OTHERS; i++) {
            String mobile = "4477001" + String.format("%05d", i);
            CustomerProfile profile = new CustomerProfile(mobile, null, null, "Load", "Tester " + i,
                    CustomerType.LOYALTY, null, null, null, null, null);
            ids.put(mobile, register.register(TILL, profile).customer().requireId());
            mobiles.add(mobile);
        }
        String hot = mobiles.get(0);

        Acknowledged acknowledged = new Acknowledged();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> runs = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int thread = t;
            runs.add(pool.submit(() -> {
                start.await();
                Random random = new Random(thread);
                for (int n = 0; n < WRITES_PER_THREAD; n++) {
                    String mobile = n % 2 == 0 ? hot : mobiles.get(1 + random.nextInt(OTHERS));
                    write(thread, n, mobile, random, transactions, redeem, acknowledged);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> run : runs) {
            run.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        assertThat(acknowledged.bills.size() + acknowledged.redemptions.size() + acknowledged.refusals.get())
                .as("every write answered").isEqualTo(THREADS * WRITES_PER_THREAD * 2 - acknowledged.secondTries.get());
        assertThat(acknowledged.bills).as("most bills went through").hasSizeGreaterThan(THREADS * WRITES_PER_THREAD / 2);
        assertThat(acknowledged.redemptions).as("some redemptions went through").isNotEmpty();
        checkStoredState(context, ids, acknowledged);
    }

    /** One mixed write: mostly bills (each retried once, which must be refused as a duplicate), some redemptions. */
    private static void write(int thread, int n, String mobile, Random random, AddTransactionUseCase transactions,
                              RedeemPointsUseCase redeem, Acknowledged acknowledged) {
        CustomerRef customer = new CustomerRef(IdentifierType.MOBILE, mobile);
        if (random.nextInt(4) == 0) {
            BigDecimal points = BigDecimal.valueOf(1 + random.nextInt(20));
            try {
                long id = redeem.redeem(TILL, new PointsRedemptionCommand(customer, points, null, null, null))
                        .redemptionId();
                acknowledged.redemptions.put(id, mobile);
            } catch (WriteRefusedException refused) {
                assertThat(refused.refusal()).isEqualTo(WriteRefusal.INSUFFICIENT_POINTS);
                acknowledged.refusals.incrementAndGet();
            }
            acknowledged.secondTries.incrementAndGet();
            return;
        }
        String number = "load-" + thread + "-" + n;
        TransactionCommand bill = new TransactionCommand(customer, TransactionType.REGULAR, number,
                BigDecimal.valueOf(10 + random.nextInt(500)), null, null, null, null, null, null, null, null);
        long id = transactions.add(TILL, bill).transactionId();
        acknowledged.bills.put(number, new Bill(id, mobile));
        try {
            transactions.add(TILL, bill);
            throw new AssertionError("a retried bill " + number + " was recorded twice");
        } catch (WriteRefusedException refused) {
            assertThat(refused.refusal()).isEqualTo(WriteRefusal.DUPLICATE_TRANSACTION);
            acknowledged.refusals.incrementAndGet();
        }
    }

    private static void checkStoredState(ApplicationContext context, Map<String, CustomerId> ids,
                                         Acknowledged acknowledged) {
        StoredLedgers.Stored stored = StoredLedgers.check(context, ids.values());
        acknowledged.bills.forEach((number, bill) ->
                assertThat(stored.billIds()).as("acknowledged bill " + number).containsEntry(number, bill.id()));
        assertThat(stored.billIds().keySet()).containsExactlyInAnyOrderElementsOf(acknowledged.bills.keySet());
        assertThat(stored.redemptions()).as("one REDEEM entry per acknowledged redemption")
                .isEqualTo(acknowledged.redemptions.size());
    }

    private record Bill(long id, String mobile) {
    }

    private static final class Acknowledged {
        final Map<String, Bill> bills = new ConcurrentHashMap<>();
        final Map<Long, String> redemptions = new ConcurrentHashMap<>();
        final AtomicInteger refusals = new AtomicInteger();
        /** Redemptions are tried once, bills twice; this counts the tries a redemption did not make. */
        final AtomicInteger secondTries = new AtomicInteger();
    }
}
