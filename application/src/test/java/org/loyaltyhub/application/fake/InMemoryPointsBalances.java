package org.loyaltyhub.application.fake;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.loyaltyhub.application.port.out.PointsBalances;
import org.loyaltyhub.domain.account.AccountSnapshot;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.ledger.PointsBalance;
import org.loyaltyhub.domain.program.ProgramId;

public final class InMemoryPointsBalances implements PointsBalances {
    private final Map<CustomerId, Map<ProgramId, StoredBalance>> balances = new HashMap<>();
    private final Map<CustomerId, Map<ProgramId, AccountSnapshot>> snapshots = new HashMap<>();
    public int reads;
    public int snapshotReads;
    public int saves;

    @Override
    public void save(CustomerId customerId, ProgramId programId, PointsBalance balance, LocalDate asOf) {
        saves++;
        balances.computeIfAbsent(customerId, k -> new LinkedHashMap<>())
                .put(programId, new StoredBalance(balance, asOf));
        snapshots.getOrDefault(customerId, new HashMap<>()).remove(programId);
    }

    @Override
    public void save(CustomerId customerId, ProgramId programId, AccountSnapshot snapshot) {
        saves++;
        balances.computeIfAbsent(customerId, k -> new LinkedHashMap<>())
                .put(programId, new StoredBalance(snapshot.balance(), snapshot.asOf()));
        snapshots.computeIfAbsent(customerId, k -> new LinkedHashMap<>()).put(programId, snapshot);
    }

    @Override
    public Map<CustomerId, Map<ProgramId, StoredBalance>> balancesOf(Collection<CustomerId> customerIds) {
        reads++;
        return copyOf(balances, customerIds);
    }

    @Override
    public Map<CustomerId, Map<ProgramId, AccountSnapshot>> snapshotsOf(Collection<CustomerId> customerIds) {
        snapshotReads++;
        return copyOf(snapshots, customerIds);
    }

    /** Drops a stored snapshot (the balance stays), as a row stored before snapshots existed would be. */
    public void forgetSnapshot(CustomerId customerId, ProgramId programId) {
        snapshots.getOrDefault(customerId, new HashMap<>()).remove(programId);
    }

    private static <T> Map<CustomerId, Map<ProgramId, T>> copyOf(Map<CustomerId, Map<ProgramId, T>> all,
                                                                 Collection<CustomerId> customerIds) {
        Map<CustomerId, Map<ProgramId, T>> result = new HashMap<>();
        for (CustomerId id : customerIds) {
            Map<ProgramId, T> own = all.get(id);
            if (own != null && !own.isEmpty()) {
                result.put(id, Map.copyOf(own));
            }
        }
        return result;
    }
}
