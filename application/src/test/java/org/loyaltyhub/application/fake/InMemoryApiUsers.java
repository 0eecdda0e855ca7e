package org.loyaltyhub.application.fake;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.loyaltyhub.application.port.out.ApiUsers;
import org.loyaltyhub.domain.access.ApiUser;

public final class InMemoryApiUsers implements ApiUsers {
    private final Map<String, ApiUser> users = new HashMap<>();
    public int lookups;

    @Override
    public void add(ApiUser user) {
        if (users.putIfAbsent(user.username(), user) != null) {
            throw new IllegalStateException("API user " + user.username() + " exists");
        }
    }

    @Override
    public Optional<ApiUser> findByUsername(String username) {
        lookups++;
        return Optional.ofNullable(users.get(username));
    }
}
