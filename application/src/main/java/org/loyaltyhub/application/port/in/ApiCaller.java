package org.loyaltyhub.application.port.in;

import java.util.Objects;
import org.loyaltyhub.domain.access.AccessLevel;
import org.loyaltyhub.domain.access.AccessRights;
import org.loyaltyhub.domain.access.Resource;
import org.loyaltyhub.domain.org.OrgId;

/**
 * Who is calling, once authenticated: fixes the org whose data may be seen, the till and store a write is
 * recorded at by default, and what the caller's access group allows.
 */
public record ApiCaller(String username, OrgId orgId, String tillCode, String storeCode, AccessRights rights) {
    public ApiCaller {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(orgId, "org id");
        rights = rights == null ? AccessRights.FULL : rights;
    }

    public ApiCaller(String username, OrgId orgId, String tillCode, String storeCode) {
        this(username, orgId, tillCode, storeCode, AccessRights.FULL);
    }

    public boolean may(Resource resource, AccessLevel level) {
        return rights.allows(resource, level);
    }
}
