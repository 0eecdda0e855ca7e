package org.loyaltyhub.adapter.rest;

import java.time.ZoneId;
import org.loyaltyhub.domain.org.OrgId;

/**
 * The time zone of the caller's org. Capillary bodies carry local times ({@code 2024-03-01 18:30:00}, no
 * offset) and answers show times on the org's clock, so the write endpoints need the zone before calling a
 * use case; the in-ports do not carry it. Bootstrap supplies the real lookup; without one,
 * {@link ConfiguredOrgTimeZone} answers a single configured zone.
 */
public interface OrgTimeZones {
    ZoneId zoneOf(OrgId orgId);
}
