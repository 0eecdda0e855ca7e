package org.loyaltyhub.application.port.out;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.domain.org.OrgId;

/** Org configuration. */
public interface Orgs {
    /** Stores the org with everything configured for it, its extended-field labels included. */
    void add(OrgSetup setup);

    /**
     * The org's configuration. Its extended-field labels are not part of it (they are read only for a
     * lookup that asks for a language): use {@link #fieldLabelsIn}.
     */
    Optional<OrgSetup> find(OrgId orgId);

    /**
     * The org's extended-field labels in a language (field name to label); a regional code ({@code zh-CN})
     * falls back to its language ({@code zh}). Empty without a translation. One query.
     */
    Map<String, String> fieldLabelsIn(OrgId orgId, String language);

    /** True when no org has been stored yet (a fresh database). */
    boolean isEmpty();

    /** Every stored org's id, ascending: the daily jobs visit each. */
    List<OrgId> allIds();
}
