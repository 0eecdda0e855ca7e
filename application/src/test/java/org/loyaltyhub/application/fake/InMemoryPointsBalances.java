package org.loyaltyhub.application.fake;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.loyaltyhub.application.port.out.PointsBalances;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.ledger.PointsBalance;
import org.loyaltyhub.domain.program.ProgramId;

public final class InMemoryPointsBalances implements PointsBalances {
    private final Map<CustomerId, Map<ProgramId, StoredBalance>> balances = new HashMap<>();
    public int reads;
    public int saves;

    @Override
    public void save(CustomerId customerId, ProgramId programId, PointsBalance balance, LocalDate asOf) {
        saves++;
        balances.computeIfAbsent(customerId, k -> new LinkedHashMap<>())
                .put(programId, new StoredBalance(balance, asOf));
    }

    @Override
    public Map<CustomerId, Map<ProgramId, StoredBalance>> balancesOf(Collection<CustomerId> customerIds) {
        reads++;
        Map<CustomerId, Map<ProgramId, StoredBalance>> result = new HashMap<>();
        for (CustomerId id : customerIds) {
            if (balances.containsKey(id)) {
                result.put(id, Map.copyOf(balances.get(id)));
            }
        }
        return result;
    }
}
