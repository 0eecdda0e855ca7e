package org.loyaltyhub.application.port.out;

import java.util.Optional;
import org.loyaltyhub.domain.access.ApiUser;

public interface ApiUsers {
    void add(ApiUser user);

    Optional<ApiUser> findByUsername(String username);
}
