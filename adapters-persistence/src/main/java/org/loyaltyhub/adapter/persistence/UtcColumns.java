package org.loyaltyhub.adapter.persistence;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.loyaltyhub.domain.time.ClockPort;

/**
 * How instants are kept in DATETIME columns: as the UTC wall-clock time, cut to whole seconds.
 * A zone-less value means the driver has no session time zone to apply, and whole seconds mean
 * MySQL (which rounds fractions) and H2 (which keeps them) return the same value.
 */
public final class UtcColumns {
    private UtcColumns() {
    }

    public static LocalDateTime toColumn(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(ClockPort.toSeconds(instant), ZoneOffset.UTC);
    }

    public static Instant toInstant(LocalDateTime column) {
        return column == null ? null : column.toInstant(ZoneOffset.UTC);
    }
}
