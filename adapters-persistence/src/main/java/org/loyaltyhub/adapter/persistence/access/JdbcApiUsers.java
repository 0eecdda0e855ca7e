package org.loyaltyhub.adapter.persistence.access;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import org.loyaltyhub.application.port.out.ApiUsers;
import org.loyaltyhub.domain.access.ApiUser;

/** API users with their access group (one row per resource in {@code api_user_access}). */
@Singleton
public class JdbcApiUsers implements ApiUsers {
    private final ApiUserRepository repository;
    private final ApiUserAccessRepository access;
    private final ApiUserMapper mapper;

    JdbcApiUsers(ApiUserRepository repository, ApiUserAccessRepository access, ApiUserMapper mapper) {
        this.repository = repository;
        this.access = access;
        this.mapper = mapper;
    }

    @Override
    public void add(ApiUser user) {
        ApiUserRow saved = repository.save(mapper.toRow(user));
        List<ApiUserAccessRow> rows = mapper.accessRows(saved.id(), user.rights());
        if (!rows.isEmpty()) {
            access.saveAll(rows);
        }
    }

    /** Two queries: the user, then its access rows. */
    @Override
    public Optional<ApiUser> findByUsername(String username) {
        return repository.findByUsername(username)
                .map(row -> mapper.toApiUser(row, mapper.rights(access.findByApiUserId(row.id()))));
    }
}
