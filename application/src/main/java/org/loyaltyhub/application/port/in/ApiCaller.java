package org.loyaltyhub.application.port.in;

import java.util.Objects;
import org.loyaltyhub.domain.org.OrgId;

/** Who is calling, once authenticated: fixes the org whose data may be seen. */
public record ApiCaller(String username, OrgId orgId, String tillCode, String storeCode) {
    public ApiCaller {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(orgId, "org id");
    }
}
