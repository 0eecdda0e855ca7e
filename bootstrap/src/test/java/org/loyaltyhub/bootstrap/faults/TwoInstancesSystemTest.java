package org.loyaltyhub.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
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
import org.loyaltyhub.bootstrap.faults.ApiCalls.Answer;
import org.loyaltyhub.bootstrap.system.DemoServer;
import org.loyaltyhub.bootstrap.system.StoredLedgers;
import org.loyaltyhub.domain.customer.CustomerId;

/**
 * Issue 7, two instances on one database: two servers (each its own application context, connection pool and
 * caches) share one MariaDB database. Six threads spread bills and redemptions over both, most of them at three
 * customers, so the same customer is written through both instances at once; every acknowledged bill is sent
 * again through the other instance and must be refused as a duplicate (604). Afterwards each acknowledged bill
 * is stored exactly once, nothing unacknowledged is stored, there is one REDEEM entry per acknowledged
 * redemption, every stored balance equals a replay of its ledger, and both instances answer {@code customer/get}
 * for every customer with identical JSON.
 */
class TwoInstancesSystemTest {
    private static final int THREADS = 6;
    private static final int WRITES_PER_THREAD = 30;
    private static final int CUSTOMERS = 8;
    private static final int HOT = 3;

    @Test
    void writesThroughTwoInstancesAreNeitherLostNorDoubledAndBothReadTheSameFigures() throws Exception {
        MySqlTestServer mysql = MySqlTestServer.requireOrSkip("the two-instance system test");
        String url = mysql.createDatabase();
        try (EmbeddedServer first = start(url, mysql); EmbeddedServer second = start(url, mysql)) {
            List<ApiCalls> instances = List.of(new ApiCalls(first.getURL().toString()),
                    new ApiCalls(second.getURL().toString()));
            Map<String, CustomerId> customers = register(instances);

            Acknowledged acknowledged = new Acknowledged();
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<?>> runs = new ArrayList<>();
            List<String> mobiles = List.copyOf(customers.keySet());
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                runs.add(pool.submit(() -> {
                    go.await();
                    Random random = new Random(thread);
                    for (int n = 0; n < WRITES_PER_THREAD; n++) {
                        String mobile = random.nextInt(4) == 0 ? mobiles.get(random.nextInt(mobiles.size()))
                                : mobiles.get(random.nextInt(HOT));
                        int via = random.nextInt(2);
                        write(instances.get(via), instances.get(1 - via), thread, n, mobile, random, acknowledged);
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> run : runs) {
                run.get(2, TimeUnit.MINUTES);
            }
            pool.shutdown();

            assertThat(acknowledged.bills).as("bills acknowledged").hasSizeGreaterThan(THREADS * WRITES_PER_THREAD / 2);
            assertThat(acknowledged.redemptions.get()).as("redemptions acknowledged").isPositive();
            for (ApplicationContext context : List.of(first.getApplicationContext(), second.getApplicationContext())) {
                StoredLedgers.Stored stored = StoredLedgers.check(context, customers.values());
                acknowledged.bills.forEach((number, id) ->
                        assertThat(stored.billIds()).as("acknowledged bill " + number).containsEntry(number, id));
                assertThat(stored.billIds().keySet()).as("stored bills are exactly the acknowledged ones")
                        .containsExactlyInAnyOrderElementsOf(acknowledged.bills.keySet());
                assertThat(stored.redemptions()).as("one REDEEM entry per acknowledged redemption")
                        .isEqualTo(acknowledged.redemptions.get());
            }
            for (String mobile : mobiles) {
                String query = "/v1.1/customer/get?mobile=" + mobile + "&mlp=true&user_id=true";
                Answer viaFirst = instances.get(0).get(query, ApiCalls.TILL);
                Answer viaSecond = instances.get(1).get(query, ApiCalls.TILL);
                assertThat(viaFirst.status()).as(query + " via the first instance: " + viaFirst).isEqualTo(200);
                assertThat(viaSecond.json()).as(query + " via both instances").isEqualTo(viaFirst.json());
            }
            System.out.printf("TWO INSTANCES: %d bills and %d redemptions acknowledged through 2 instances, %d refused "
                            + "(duplicates sent through the other instance, points short); none lost or doubled%n",
                    acknowledged.bills.size(), acknowledged.redemptions.get(), acknowledged.refusals.get());
        }
    }

    private static EmbeddedServer start(String url, MySqlTestServer mysql) {
        Map<String, Object> properties = new HashMap<>(DemoServer.properties());
        properties.put("datasources.default.url", url);
        properties.put("datasources.default.username", mysql.user());
        properties.put("datasources.default.password", mysql.password());
        properties.put("micronaut.server.port", -1);
        return ApplicationContext.run(EmbeddedServer.class, properties);
    }

    /** Registered through alternating instances. */
    private static Map<String, CustomerId> register(List<ApiCalls> instances) {
        Map<String, CustomerId> customers = new HashMap<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            String mobile = "4477004" + String.format("%05d", i);
            Answer added = instances.get(i % 2).postJson("/v1.1/customer/add", "{\"root\":{\"customer\":[{\"mobile\":\""
                    + mobile + "\",\"firstname\":\"Twin\",\"lastname\":\"Tester " + i + "\"}]}}", ApiCalls.TILL);
            assertThat(added.status()).as("registering " + mobile + ": " + added).isEqualTo(200);
            customers.put(mobile, new CustomerId(
                    added.json().path("response").path("customers").path("customer").path(0).path("user_id").asLong()));
        }
        return customers;
    }

    /**
     * One write: a redemption one time in four, else a new bill that is then sent again through the other
     * instance, which must refuse it as a duplicate.
     */
    private static void write(ApiCalls via, ApiCalls other, int thread, int n, String mobile, Random random,
                              Acknowledged acknowledged) {
        if (random.nextInt(4) == 0) {
            Answer redeemed = via.postJson("/v1.1/points/redeem", "{\"root\":{\"redeem\":[{\"points_redeemed\":\""
                    + (1 + random.nextInt(20)) + "\",\"customer\":{\"mobile\":\"" + mobile + "\"}}]}}", ApiCalls.TILL);
            String code = redeemed.itemCode("responses", "points");
            if (redeemed.status() == 200 && code.equals("800")) {
                acknowledged.redemptions.incrementAndGet();
            } else {
                // Too few points (803) is the only refusal a redemption of a registered customer may get here.
                assertThat(redeemed.status()).as("redemption: " + redeemed).isEqualTo(500);
                assertThat(code).as("redemption refused: " + redeemed).isEqualTo("803");
                acknowledged.refusals.incrementAndGet();
            }
            return;
        }
        String number = "T-" + thread + "-" + n;
        String body = "{\"root\":{\"transaction\":[{\"type\":\"REGULAR\",\"number\":\"" + number + "\",\"amount\":\""
                + (10 + random.nextInt(500)) + "\",\"customer\":{\"mobile\":\"" + mobile + "\"}}]}}";
        Answer added = via.postJson("/v1.1/transaction/add", body, ApiCalls.TILL);
        assertThat(added.status()).as("bill " + number + ": " + added).isEqualTo(200);
        acknowledged.bills.put(number,
                added.json().path("response").path("transactions").path("transaction").path(0).path("id").asLong());
        Answer again = other.postJson("/v1.1/transaction/add", body, ApiCalls.TILL);
        assertThat(again.itemCode("transactions", "transaction")).as("bill " + number + " again, through the other "
                + "instance: " + again).isEqualTo("604");
        acknowledged.refusals.incrementAndGet();
    }

    private static final class Acknowledged {
        final Map<String, Long> bills = new ConcurrentHashMap<>();
        final AtomicInteger redemptions = new AtomicInteger();
        final AtomicInteger refusals = new AtomicInteger();
    }
}
