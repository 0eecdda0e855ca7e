package org.loyaltyhub.domain.tier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.loyaltyhub.domain.program.ProgramId;

/**
 * One move on a program's slab ladder, written by the tier rules.
 *
 * @param validUntil last day the new slab is held before its renewal check; null when it never expires
 */
public record SlabChange(ProgramId programId, SlabChangeType type, int fromSerial, int toSerial, Instant changedOn,
                         LocalDate validUntil, String storeCode, String notes) {
    public SlabChange {
        Objects.requireNonNull(programId, "program id");
        Objects.requireNonNull(type, "change type");
        Objects.requireNonNull(changedOn, "change time");
        if (fromSerial < 1 || toSerial < 1) {
            throw new IllegalArgumentException("slab serials start at 1");
        }
        switch (type) {
            case UPGRADE -> {
                if (toSerial <= fromSerial) {
                    throw new IllegalArgumentException("an upgrade must go up");
                }
            }
            case DOWNGRADE -> {
                if (toSerial >= fromSerial) {
                    throw new IllegalArgumentException("a downgrade must go down");
                }
            }
            case RENEW -> {
                if (toSerial != fromSerial) {
                    throw new IllegalArgumentException("a renewal keeps the slab");
                }
            }
        }
        notes = notes == null ? "" : notes;
    }
}
