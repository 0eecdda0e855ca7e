package org.loyaltyhub.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.adapter.persistence.MySqlTestServer;
import org.loyaltyhub.bootstrap.faults.ApiCalls.Answer;
import org.loyaltyhub.bootstrap.system.DemoServer;
import org.loyaltyhub.bootstrap.system.StoredLedgers;
import org.loyaltyhub.domain.customer.CustomerId;

/**
 * Issue 7, faults: the database connection is cut under load and restored, through a {@link TcpProxy} between
 * the server and the shared MariaDB (whose server is never touched). Two threads send bills and two look
 * customers up, without pause, before, during and after a 5 s outage. Checked:
 * <ul>
 *   <li>no answer is anything but 200 or a 503 in the envelope (JSON, or XML when asked), no 503 comes 2 s or
 *       more after the call (or after the cut, for a call already under way) and no call hangs;</li>
 *   <li>every call made while the database was away is a 503, a login not yet remembered included (not 401);</li>
 *   <li>{@code /health} and {@code /health/readiness} say DOWN (HTTP 503) within 2 s while
 *       {@code /health/liveness} stays UP, and {@code /health} is UP again after recovery;</li>
 *   <li>the first 200 comes within 5 s of the restore, with no restart;</li>
 *   <li>no write was half done: after recovery every bill answered 503 is sent again and is either stored now
 *       (600) or was stored already (604), each bill is stored once, and every stored balance equals a replay
 *       of its ledger.</li>
 * </ul>
 * It prints one {@code FAULT TEST:} line with the error rate during the outage and the time to recover.
 */
class DatabaseOutageSystemTest {
    private static final Duration OUTAGE = Duration.ofSeconds(5);
    private static final Duration ANSWER_BOUND = Duration.ofSeconds(2);
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(5);
    private static final int CUSTOMERS = 8;
    private static final int WRITERS = 2;
    private static final int READERS = 2;

    @Test
    void answers503FastDuringAnOutageReportsItAndRecoversWithoutARestart() throws Exception {
        MySqlTestServer mysql = MySqlTestServer.requireOrSkip("the database outage system test");
        MySqlAddress database = MySqlAddress.of(mysql.createDatabase());
        try (TcpProxy proxy = new TcpProxy(database.host(), database.port());
             EmbeddedServer server = start(database.throughLocalPort(proxy.port()), mysql)) {
            ApiCalls api = new ApiCalls(server.getURL().toString());
            List<Registered> customers = register(api);
            assertThat(api.get("/health", null).status()).as("/health before the outage").isEqualTo(200);

            Load load = new Load(api, customers);
            load.start();
            // Long enough for every thread's first, slow calls (cold code paths) to end before the cut.
            Thread.sleep(3_000);

            proxy.cut();
            long cutAt = System.nanoTime();
            Thread.sleep(1_500);
            Answer health = api.get("/health", null);
            Answer readiness = api.get("/health/readiness", null);
            Answer liveness = api.get("/health/liveness", null);
            Answer freshLogin = api.get("/v1.1/customer/get?mobile=" + customers.get(0).mobile(), ApiCalls.READER);
            sleepUntil(cutAt + OUTAGE.toNanos());
            long restoreAt = System.nanoTime();
            proxy.restore();

            Answer firstSuccess = load.awaitSuccessStartedAfter(restoreAt, Duration.ofSeconds(15));
            Thread.sleep(1_000);
            load.stop();
            Answer healthAfter = awaitHealthUp(api, Duration.ofSeconds(5));

            List<Answer> all = load.answers();
            assertThat(all.stream().filter(a -> !isOk(a) && !isUnavailable(a)).toList())
                    .as("answers other than 200 or a 503 envelope (a 500, a 401, a hang)").isEmpty();
            assertThat(all.stream().filter(a -> a.status() == 503 && waitedAfter(a, cutAt).compareTo(ANSWER_BOUND) >= 0)
                    .toList()).as("503 answers that came 2 s or more after the call, or the cut if later").isEmpty();
            List<Answer> before = all.stream().filter(a -> a.endNanos() < cutAt).toList();
            List<Answer> during = all.stream().filter(a -> a.startNanos() >= cutAt && a.endNanos() <= restoreAt)
                    .toList();
            assertThat(before).as("answers before the cut").isNotEmpty().allMatch(DatabaseOutageSystemTest::isOk);
            assertThat(during).as("answers while the database was away").hasSizeGreaterThanOrEqualTo(WRITERS + READERS)
                    .allMatch(DatabaseOutageSystemTest::isUnavailable);
            assertThat(during.stream().filter(a -> a.contentType().startsWith("application/xml")).count())
                    .as("XML lookups during the outage").isPositive();

            assertThat(health.status()).as("/health during the outage: " + health).isEqualTo(503);
            assertThat(health.json().path("status").asText()).isEqualTo("DOWN");
            assertThat(health.took()).isLessThan(ANSWER_BOUND);
            assertThat(readiness.status()).as("/health/readiness during the outage: " + readiness).isEqualTo(503);
            assertThat(liveness.status()).as("/health/liveness during the outage: " + liveness).isEqualTo(200);
            assertThat(liveness.json().path("status").asText()).isEqualTo("UP");
            assertThat(freshLogin.status()).as("a login not yet remembered, during the outage: " + freshLogin)
                    .isEqualTo(503);
            assertThat(freshLogin.envelopeCode()).isEqualTo(503);

            Duration recovery = Duration.ofNanos(firstSuccess.endNanos() - restoreAt);
            assertThat(recovery).as("time from restore to the first 200").isLessThan(RECOVERY_BOUND);
            assertThat(healthAfter.status()).as("/health after recovery: " + healthAfter).isEqualTo(200);

            Retried retried = retryUnanswered(api, load);
            StoredLedgers.Stored stored = StoredLedgers.check(server.getApplicationContext(),
                    customers.stream().map(Registered::id).toList());
            load.acknowledged.forEach((number, id) ->
                    assertThat(stored.billIds()).as("acknowledged bill " + number).containsEntry(number, id));
            assertThat(stored.billIds().keySet()).as("every bill sent is stored exactly once")
                    .containsExactlyInAnyOrderElementsOf(load.numbersSent());

            long unavailable = during.stream().filter(DatabaseOutageSystemTest::isUnavailable).count();
            System.out.printf("FAULT TEST: outage %.1f s under load (%d writer + %d reader threads): %d of %d calls "
                            + "during it answered 503 (error rate %.1f%%), slowest 503 %d ms, /health DOWN in %d ms; "
                            + "first 200 %d ms after restore; %d bills acknowledged, %d unanswered bills retried "
                            + "after recovery (%d had been stored, %d had not); stored balances equal ledger replays%n",
                    OUTAGE.toMillis() / 1000.0, WRITERS, READERS, unavailable, during.size(),
                    100.0 * unavailable / during.size(), slowest503(all, cutAt).toMillis(), health.took().toMillis(),
                    recovery.toMillis(), load.acknowledged.size(), retried.total(), retried.storedBefore(),
                    retried.storedNow());
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

    private static List<Registered> register(ApiCalls api) {
        List<Registered> customers = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            String mobile = "4477003" + String.format("%05d", i);
            Answer added = api.postJson("/v1.1/customer/add", "{\"root\":{\"customer\":[{\"mobile\":\"" + mobile
                    + "\",\"firstname\":\"Fault\",\"lastname\":\"Tester " + i + "\"}]}}", ApiCalls.TILL);
            assertThat(added.status()).as("registering " + mobile + ": " + added).isEqualTo(200);
            long id = added.json().path("response").path("customers").path("customer").path(0).path("user_id").asLong();
            customers.add(new Registered(mobile, new CustomerId(id)));
        }
        return customers;
    }

    /** Sends every bill that got no 200 again, now that the database is back: 600 or 604, nothing else. */
    private static Retried retryUnanswered(ApiCalls api, Load load) {
        int storedBefore = 0;
        int storedNow = 0;
        for (Map.Entry<String, String> bill : load.unanswered.entrySet()) {
            Answer again = api.postJson("/v1.1/transaction/add", bill.getValue(), ApiCalls.TILL);
            String code = again.itemCode("transactions", "transaction");
            assertThat(code).as("bill " + bill.getKey() + " sent again: " + again).isIn("600", "604");
            if (code.equals("604")) {
                storedBefore++;
            } else {
                storedNow++;
            }
        }
        return new Retried(load.unanswered.size(), storedBefore, storedNow);
    }

    private static Answer awaitHealthUp(ApiCalls api, Duration bound) throws InterruptedException {
        long until = System.nanoTime() + bound.toNanos();
        Answer health = api.get("/health", null);
        while (health.status() != 200 && System.nanoTime() < until) {
            Thread.sleep(100);
            health = api.get("/health", null);
        }
        return health;
    }

    private static boolean isOk(Answer answer) {
        return answer.status() == 200;
    }

    private static boolean isUnavailable(Answer answer) {
        return answer.status() == 503 && answer.envelopeCode() == 503;
    }

    /** How long the call waited once the database was gone: from its start, or from the cut if it began before. */
    private static Duration waitedAfter(Answer answer, long cutAt) {
        return Duration.ofNanos(answer.endNanos() - Math.max(answer.startNanos(), cutAt));
    }

    private static Duration slowest503(List<Answer> answers, long cutAt) {
        return answers.stream().filter(a -> a.status() == 503).map(a -> waitedAfter(a, cutAt))
                .max(Duration::compareTo).orElse(Duration.ZERO);
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }

    private record Registered(String mobile, CustomerId id) {
    }

    private record Retried(int total, int storedBefore, int storedNow) {
    }

    /** Writers send new bills (each number once) and readers look customers up (every other one in XML). */
    private static final class Load {
        private final ApiCalls api;
        private final List<Registered> customers;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Answer> answers = new CopyOnWriteArrayList<>();
        /** Bills answered 200 (item 600): number to the id in the answer. */
        final Map<String, Long> acknowledged = Collections.synchronizedMap(new HashMap<>());
        /** Bills answered otherwise: number to the body to send again. */
        final Map<String, String> unanswered = Collections.synchronizedMap(new HashMap<>());
        private final ExecutorService threads = Executors.newFixedThreadPool(WRITERS + READERS);
        private final List<Future<?>> runs = new ArrayList<>();

        Load(ApiCalls api, List<Registered> customers) {
            this.api = api;
            this.customers = customers;
        }

        void start() {
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                runs.add(threads.submit(() -> write(writer)));
            }
            for (int r = 0; r < READERS; r++) {
                int reader = r;
                runs.add(threads.submit(() -> read(reader)));
            }
        }

        void stop() throws Exception {
            running.set(false);
            for (Future<?> run : runs) {
                run.get(1, TimeUnit.MINUTES);
            }
            threads.shutdown();
        }

        List<Answer> answers() {
            return List.copyOf(answers);
        }

        Set<String> numbersSent() {
            Set<String> numbers = new HashSet<>(acknowledged.keySet());
            numbers.addAll(unanswered.keySet());
            return numbers;
        }

        Answer awaitSuccessStartedAfter(long nanoTime, Duration bound) throws InterruptedException {
            long until = System.nanoTime() + bound.toNanos();
            while (System.nanoTime() < until) {
                for (Answer answer : answers) {
                    if (answer.startNanos() >= nanoTime && answer.status() == 200) {
                        return answer;
                    }
                }
                Thread.sleep(20);
            }
            throw new AssertionError("no 200 within " + bound + " of the restore");
        }

        private Void write(int writer) {
            Random random = new Random(writer);
            for (int n = 0; running.get(); n++) {
                String number = "F-" + writer + "-" + n;
                String mobile = customers.get(random.nextInt(customers.size())).mobile();
                String body = "{\"root\":{\"transaction\":[{\"type\":\"REGULAR\",\"number\":\"" + number
                        + "\",\"amount\":\"" + (10 + random.nextInt(500)) + "\",\"customer\":{\"mobile\":\""
                        + mobile + "\"}}]}}";
                Answer answer = api.postJson("/v1.1/transaction/add", body, ApiCalls.TILL);
                answers.add(answer);
                if (answer.status() == 200 && "600".equals(answer.itemCode("transactions", "transaction"))) {
                    acknowledged.put(number, answer.json().path("response").path("transactions")
                            .path("transaction").path(0).path("id").asLong());
                } else {
                    unanswered.put(number, body);
                }
            }
            return null;
        }

        private Void read(int reader) {
            Random random = new Random(100 + reader);
            for (int n = 0; running.get(); n++) {
                String mobile = customers.get(random.nextInt(customers.size())).mobile();
                String format = n % 2 == 0 ? "" : "&format=xml";
                answers.add(api.get("/v1.1/customer/get?mobile=" + mobile + format, ApiCalls.TILL));
            }
            return null;
        }
    }
}
