package org.loyaltyhub.application.fake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.domain.org.OrgId;

public final class InMemoryOrgs implements Orgs {
    private final Map<OrgId, OrgSetup> setups = new LinkedHashMap<>();
    public int finds;

    @Override
    public void add(OrgSetup setup) {
        if (setups.putIfAbsent(setup.org().id(), setup) != null) {
            throw new IllegalStateException("org " + setup.org().id().value() + " exists");
        }
    }

    @Override
    public Optional<OrgSetup> find(OrgId orgId) {
        finds++;
        return Optional.ofNullable(setups.get(orgId));
    }

    /** The stored setup without counting a read: other fakes look up configuration through it. */
    Optional<OrgSetup> peek(OrgId orgId) {
        return Optional.ofNullable(setups.get(orgId));
    }

    @Override
    public java.util.Map<String, String> fieldLabelsIn(OrgId orgId, String language) {
        finds++;
        return Optional.ofNullable(setups.get(orgId)).map(s -> s.fieldLabelsIn(language)).orElse(java.util.Map.of());
    }

    @Override
    public boolean isEmpty() {
        return setups.isEmpty();
    }

    @Override
    public java.util.List<OrgId> allIds() {
        return setups.keySet().stream().sorted(java.util.Comparator.comparingLong(OrgId::value)).toList();
    }
}
