package org.loyaltyhub.adapter.persistence.access;

import jakarta.inject.Singleton;
import java.util.Optional;
import org.loyaltyhub.application.port.out.ApiUsers;
import org.loyaltyhub.domain.access.ApiUser;

@Singleton
public class JdbcApiUsers implements ApiUsers {
    private final ApiUserRepository repository;
    private final ApiUserMapper mapper;

    JdbcApiUsers(ApiUserRepository repository, ApiUserMapper mapper) {
        this.repository = repository;
        this.mapper = mapper;
    }

    @Override
    public void add(ApiUser user) {
        repository.save(mapper.toRow(user));
    }

    @Override
    public Optional<ApiUser> findByUsername(String username) {
        return repository.findByUsername(username).map(mapper::toApiUser);
    }
}
