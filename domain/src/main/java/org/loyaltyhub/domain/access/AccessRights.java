package org.loyaltyhub.domain.access;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * An API user's access group: a level per resource. A resource the group does not name is NONE, so a
 * group written before a resource existed grants nothing on it.
 */
public record AccessRights(Map<Resource, AccessLevel> levels) {
    /** WRITE on every resource: what an API user without a named group gets. */
    public static final AccessRights FULL = uniform(AccessLevel.WRITE);
    public static final AccessRights READ_ONLY = uniform(AccessLevel.READ);

    public AccessRights {
        Objects.requireNonNull(levels, "access levels");
        EnumMap<Resource, AccessLevel> copy = new EnumMap<>(Resource.class);
        levels.forEach((resource, level) -> copy.put(Objects.requireNonNull(resource, "resource"),
                Objects.requireNonNull(level, "access level of " + resource)));
        levels = Map.copyOf(copy);
    }

    public static AccessRights uniform(AccessLevel level) {
        EnumMap<Resource, AccessLevel> all = new EnumMap<>(Resource.class);
        for (Resource resource : Resource.values()) {
            all.put(resource, level);
        }
        return new AccessRights(all);
    }

    public AccessLevel levelFor(Resource resource) {
        return levels.getOrDefault(resource, AccessLevel.NONE);
    }

    public boolean allows(Resource resource, AccessLevel needed) {
        return levelFor(resource).includes(needed);
    }
}
