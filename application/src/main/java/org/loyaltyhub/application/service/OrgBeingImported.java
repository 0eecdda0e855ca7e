package org.loyaltyhub.application.service;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.domain.org.OrgId;
import org.loyaltyhub.domain.setup.OrgSetup;

/**
 * The org port as the import's write services see it: the org being imported is answered from the import
 * itself, everything else from storage. Its setup is not committed yet and may be rolled back, so no
 * cache in front of storage may remember it; and it is read once instead of once per event.
 */
final class OrgBeingImported implements Orgs {
    private final Orgs stored;
    private final OrgSetup setup;

    OrgBeingImported(Orgs stored, OrgSetup setup) {
        this.stored = stored;
        this.setup = setup;
    }

    @Override
    public void add(OrgSetup other) {
        stored.add(other);
    }

    @Override
    public Optional<OrgSetup> find(OrgId orgId) {
        return setup.org().id().equals(orgId) ? Optional.of(setup) : stored.find(orgId);
    }

    @Override
    public Map<String, String> fieldLabelsIn(OrgId orgId, String language) {
        return stored.fieldLabelsIn(orgId, language);
    }

    @Override
    public boolean isEmpty() {
        return stored.isEmpty();
    }

    @Override
    public List<OrgId> allIds() {
        return stored.allIds();
    }
}
