package org.loyaltyhub.application.port.in.write;

import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.shared.Points;

/**
 * What a points adjustment or promotion award wrote.
 *
 * @param entryId  the ledger entry's id, as storage gave it
 * @param points   the points of the entry (negative for a debit)
 * @param standing the program's figures right after the write
 */
public record PointsChanged(long entryId, Customer customer, Points points, ProgramStanding standing) {
}
