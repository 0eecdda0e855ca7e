package org.loyaltyhub.adapter.persistence.access;

import org.loyaltyhub.domain.access.ApiUser;
import org.loyaltyhub.domain.access.PasswordHash;
import org.loyaltyhub.domain.org.OrgId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

@Mapper(componentModel = "jakarta", unmappedTargetPolicy = ReportingPolicy.ERROR)
interface ApiUserMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "passwordHash", source = "password")
    ApiUserRow toRow(ApiUser user);

    @Mapping(target = "password", source = "passwordHash")
    ApiUser toApiUser(ApiUserRow row);

    default long value(OrgId id) {
        return id.value();
    }

    default OrgId orgId(long value) {
        return new OrgId(value);
    }

    default String encoded(PasswordHash hash) {
        return hash.encoded();
    }

    default PasswordHash passwordHash(String encoded) {
        return PasswordHash.parse(encoded);
    }
}
