package org.loyaltyhub.application.port.in.write;

import java.time.LocalDate;

/**
 * What one run of the daily jobs wrote.
 *
 * @param day                the org calendar day the run caught accounts up to (the earliest over orgs)
 * @param accountsChecked    loyalty accounts looked at
 * @param accountsChanged    accounts that got at least one entry or slab change
 * @param expiryEntries      EXPIRE ledger entries written
 * @param slabChanges        RENEW and DOWNGRADE slab changes written
 */
public record DailyJobReport(LocalDate day, int accountsChecked, int accountsChanged, int expiryEntries,
                             int slabChanges) {
}
