package org.loyaltyhub.adapter.rest.auth;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.loyaltyhub.domain.access.AccessLevel;
import org.loyaltyhub.domain.access.Resource;

/**
 * What a route needs from the caller's access group. {@link AccessGuardFilter} reads it from the matched
 * route, so the rule sits next to the endpoint it guards and is checked in one place for all of them.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresAccess {
    Resource resource();

    AccessLevel level();
}
