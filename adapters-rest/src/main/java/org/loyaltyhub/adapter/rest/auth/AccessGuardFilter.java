package org.loyaltyhub.adapter.rest.auth;

import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.annotation.Order;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.web.router.RouteAttributes;
import java.util.Optional;
import org.loyaltyhub.adapter.rest.StatusEnvelope;
import org.loyaltyhub.adapter.rest.StatusMessages;
import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.domain.access.AccessLevel;
import org.loyaltyhub.domain.access.Resource;

/**
 * Lets an authenticated caller reach a route only when its access group grants what the route's
 * {@link RequiresAccess} names; otherwise a 403 in the envelope says which resource and level were needed.
 * Runs after {@link BasicAuthFilter} (the caller is known by then); Micronaut has matched the route before
 * any filter runs, so the annotation can be read here. A route without the annotation needs nothing more
 * than valid credentials; an unknown route is left to the 404 handling.
 */
@ServerFilter("/v1.1/**")
@Order(AccessGuardFilter.ORDER)
public final class AccessGuardFilter {
    static final int ORDER = BasicAuthFilter.ORDER + 10;

    @RequestFilter
    @Nullable
    public HttpResponse<StatusEnvelope> guard(HttpRequest<?> request) {
        Optional<AnnotationMetadata> route = RouteAttributes.getRouteMatch(request).map(r -> r.getAnnotationMetadata());
        if (route.isEmpty() || !route.get().hasAnnotation(RequiresAccess.class)) {
            return null;
        }
        AnnotationMetadata metadata = route.get();
        Resource resource = metadata.enumValue(RequiresAccess.class, "resource", Resource.class).orElseThrow();
        AccessLevel level = metadata.enumValue(RequiresAccess.class, "level", AccessLevel.class).orElseThrow();
        ApiCaller caller = ApiCallerAttribute.of(request);
        if (caller.may(resource, level)) {
            return null;
        }
        return HttpResponse.<StatusEnvelope>status(HttpStatus.FORBIDDEN)
                .body(StatusEnvelope.failure(403, deniedMessage(request, resource, level, caller)));
    }

    private static String deniedMessage(HttpRequest<?> request, Resource resource, AccessLevel level,
                                        ApiCaller caller) {
        return StatusMessages.ACCESS_DENIED + " " + request.getMethodName() + " " + request.getPath() + " needs "
                + level + " on " + resource + "; API user " + caller.username() + " has "
                + caller.rights().levelFor(resource) + ".";
    }
}
