package org.loyaltyhub.adapter.rest;

import io.micronaut.context.annotation.Secondary;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.ZoneId;
import org.loyaltyhub.domain.org.OrgId;

/**
 * The fallback {@link OrgTimeZones}: every org on one zone, {@code loyaltyhub.api.time-zone} (UTC unless set).
 * Any other {@link OrgTimeZones} bean replaces it.
 */
@Singleton
@Secondary
final class ConfiguredOrgTimeZone implements OrgTimeZones {
    private final ZoneId zone;

    ConfiguredOrgTimeZone(@Value("${loyaltyhub.api.time-zone:UTC}") String zone) {
        this.zone = ZoneId.of(zone);
    }

    @Override
    public ZoneId zoneOf(OrgId orgId) {
        return zone;
    }
}
