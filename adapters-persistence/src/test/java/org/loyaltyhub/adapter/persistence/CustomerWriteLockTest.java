package org.loyaltyhub.adapter.persistence;

import static java.util.concurrent.TimeUnit.MILLISECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.PointsBalances;
import org.loyaltyhub.application.port.out.PointsBalances.StoredBalance;
import org.loyaltyhub.application.port.out.UnitOfWork;
import org.loyaltyhub.application.port.out.contract.ContractFixtures;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.customer.Note;
import org.loyaltyhub.domain.ledger.PointsBalance;
import org.loyaltyhub.domain.org.OrgId;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.domain.shared.Points;

/**
 * {@code Customers.lockForWrite} inside real transactions, on H2 and on MySQL/MariaDB: writes to one
 * customer run one after another, writes to another customer do not wait, and a write that waited sees
 * everything the write before it committed. Latches order the threads; every wait has a timeout, and the
 * only timed negative check is that a blocked lock is still blocked after half a second.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CustomerWriteLockTest implements TestDatabase {
    private static final long TIMEOUT = 20;
    private static final long STILL_BLOCKED_MILLIS = 500;

    @Inject
    UnitOfWork unitOfWork;
    @Inject
    Orgs orgs;
    @Inject
    Customers customers;
    @Inject
    PointsBalances balances;

    private final ExecutorService threads = Executors.newFixedThreadPool(3);
    private OrgId org;
    private ProgramId program;
    private CustomerId first;
    private CustomerId second;

    @BeforeEach
    void storeTwoCustomers() {
        OrgSetup setup = ContractFixtures.storedOrg(orgs);
        org = setup.org().id();
        program = setup.defaultProgram().id();
        first = ContractFixtures.storedCustomer(customers, org, 1).requireId();
        second = ContractFixtures.storedCustomer(customers, org, 2).requireId();
    }

    @AfterAll
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void aSecondLockOnTheSameCustomerWaitsForTheFirstToCommitWhileAnotherCustomerIsFree() throws Exception {
        CountDownLatch firstLocked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Future<?> holder = threads.submit(() -> unitOfWork.write(() -> {
            Customer customer = customers.lockForWrite(org, first).orElseThrow();
            customer.addNote(new Note(ContractFixtures.T0, "holder", "written under the lock"));
            customers.update(customer);
            firstLocked.countDown();
            awaitOrFail(release);
            return null;
        }));
        assertThat(firstLocked.await(TIMEOUT, SECONDS)).as("the first lock was taken").isTrue();

        CountDownLatch waiterLocked = new CountDownLatch(1);
        Future<Customer> waiter = threads.submit(() -> unitOfWork.write(() -> {
            Customer locked = customers.lockForWrite(org, first).orElseThrow();
            waiterLocked.countDown();
            return locked;
        }));
        Future<Customer> other = threads.submit(() -> unitOfWork.write(() ->
                customers.lockForWrite(org, second).orElseThrow()));

        assertThat(other.get(TIMEOUT, SECONDS).requireId()).as("another customer is not blocked").isEqualTo(second);
        assertThat(waiterLocked.await(STILL_BLOCKED_MILLIS, MILLISECONDS))
                .as("the same customer's second lock waits while the first is held").isFalse();
        assertThat(waiter).isNotDone();

        release.countDown();
        holder.get(TIMEOUT, SECONDS);
        Customer seenByWaiter = waiter.get(TIMEOUT, SECONDS);
        assertThat(seenByWaiter.notes()).extracting(Note::text).containsExactly("written under the lock");
    }

    /**
     * The waiting write has read before it asked for the lock. Under InnoDB's REPEATABLE READ its later reads
     * would come from that early snapshot and miss the first write's balance; writes run READ COMMITTED so
     * they do not (see TransactionalUnitOfWork).
     */
    @Test
    void aWriteThatGetsTheLockSeesWhatTheWriteBeforeItCommittedEvenAfterReadingEarlier() throws Exception {
        PointsBalance before = new PointsBalance(Points.of("10"), Points.of("10"), Points.ZERO, Points.ZERO,
                Points.ZERO, Points.ZERO, Points.ZERO);
        PointsBalance after = new PointsBalance(Points.of("25"), Points.of("25"), Points.ZERO, Points.ZERO,
                Points.ZERO, Points.ZERO, Points.ZERO);
        LocalDate day = LocalDate.of(2024, 3, 1);
        unitOfWork.write(() -> {
            balances.save(first, program, before, day);
            return null;
        });
        CountDownLatch firstLocked = new CountDownLatch(1);
        CountDownLatch waiterHasRead = new CountDownLatch(1);
        Future<?> holder = threads.submit(() -> unitOfWork.write(() -> {
            customers.lockForWrite(org, first).orElseThrow();
            balances.save(first, program, after, day);
            firstLocked.countDown();
            awaitOrFail(waiterHasRead);
            return null;
        }));
        assertThat(firstLocked.await(TIMEOUT, SECONDS)).isTrue();

        Future<List<StoredBalance>> waiter = threads.submit(() -> unitOfWork.write(() -> {
            StoredBalance early = balanceOf(first);
            waiterHasRead.countDown();
            customers.lockForWrite(org, first).orElseThrow();
            return List.of(early, balanceOf(first));
        }));

        holder.get(TIMEOUT, SECONDS);
        List<StoredBalance> seen = waiter.get(TIMEOUT, SECONDS);
        assertThat(seen.get(0).balance()).as("before the lock: the committed balance").isEqualTo(before);
        assertThat(seen.get(1).balance()).as("after the lock: the balance the first write committed")
                .isEqualTo(after);
    }

    private StoredBalance balanceOf(CustomerId customer) {
        Map<ProgramId, StoredBalance> byProgram = balances.balancesOf(List.of(customer)).get(customer);
        return byProgram.get(program);
    }

    private static void awaitOrFail(CountDownLatch latch) {
        try {
            if (!latch.await(TIMEOUT, SECONDS)) {
                throw new IllegalStateException("the test did not release the lock in time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
