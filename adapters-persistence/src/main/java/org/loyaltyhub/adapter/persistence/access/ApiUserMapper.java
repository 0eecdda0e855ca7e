package org.loyaltyhub.adapter.persistence.access;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.loyaltyhub.domain.access.AccessLevel;
import org.loyaltyhub.domain.access.AccessRights;
import org.loyaltyhub.domain.access.ApiUser;
import org.loyaltyhub.domain.access.PasswordHash;
import org.loyaltyhub.domain.access.Resource;
import org.loyaltyhub.domain.org.OrgId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

@Mapper(componentModel = "jakarta", unmappedTargetPolicy = ReportingPolicy.ERROR)
interface ApiUserMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "passwordHash", source = "password")
    ApiUserRow toRow(ApiUser user);

    @Mapping(target = "password", source = "row.passwordHash")
    ApiUser toApiUser(ApiUserRow row, AccessRights rights);

    /** One row per resource the group names; a resource it leaves out stays NONE without a row. */
    default List<ApiUserAccessRow> accessRows(long apiUserId, AccessRights rights) {
        List<ApiUserAccessRow> rows = new ArrayList<>();
        rights.levels().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> rows.add(new ApiUserAccessRow(null, apiUserId, e.getKey().name(), e.getValue().name())));
        return rows;
    }

    default AccessRights rights(List<ApiUserAccessRow> rows) {
        Map<Resource, AccessLevel> levels = new EnumMap<>(Resource.class);
        for (ApiUserAccessRow row : rows) {
            levels.put(Resource.valueOf(row.resource()), AccessLevel.valueOf(row.accessLevel()));
        }
        return new AccessRights(levels);
    }

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
