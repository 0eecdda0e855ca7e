package org.loyaltyhub.adapter.persistence.ledger;

import java.math.BigDecimal;
import org.loyaltyhub.adapter.persistence.UtcColumns;
import org.loyaltyhub.domain.ledger.BillRef;
import org.loyaltyhub.domain.ledger.LedgerEntry;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.shared.Points;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/** The bill reference is two nullable columns; either both are set or neither. */
@Mapper(componentModel = "jakarta", uses = UtcColumns.class, unmappedTargetPolicy = ReportingPolicy.ERROR)
interface LedgerEntryMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "billStoreCode", source = "entry.bill.storeCode")
    @Mapping(target = "billNumber", source = "entry.bill.number")
    LedgerEntryRow toRow(LedgerEntry entry, long customerId);

    @Mapping(target = "bill", source = "row")
    LedgerEntry toEntry(LedgerEntryRow row);

    default BillRef bill(LedgerEntryRow row) {
        return row.billNumber() == null ? null : new BillRef(row.billStoreCode(), row.billNumber());
    }

    default long value(ProgramId id) {
        return id.value();
    }

    default ProgramId programId(long value) {
        return new ProgramId(value);
    }

    default BigDecimal value(Points points) {
        return points.value();
    }

    default Points points(BigDecimal value) {
        return new Points(value);
    }
}
