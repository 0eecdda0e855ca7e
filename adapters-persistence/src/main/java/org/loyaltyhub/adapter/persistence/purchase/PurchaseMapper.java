package org.loyaltyhub.adapter.persistence.purchase;

import java.math.BigDecimal;
import org.loyaltyhub.adapter.persistence.UtcColumns;
import org.loyaltyhub.domain.ledger.BillRef;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.purchase.LineItem;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.shared.Money;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

@Mapper(componentModel = "jakarta", uses = UtcColumns.class, unmappedTargetPolicy = ReportingPolicy.ERROR)
interface PurchaseMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "storeCode", source = "purchase.bill.storeCode")
    @Mapping(target = "billNumber", source = "purchase.bill.number")
    @Mapping(target = "transactionType", source = "purchase.type")
    @Mapping(target = "createdAt", source = "purchase.at")
    @Mapping(target = "tillCode", source = "purchase.tillCode")
    @Mapping(target = "returnStoreCode", source = "purchase.returnOf.storeCode")
    @Mapping(target = "returnBillNumber", source = "purchase.returnOf.number")
    PurchaseRow toRow(Purchase purchase, long customerId, ProgramId programId);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "storeCode", source = "purchase.bill.storeCode")
    @Mapping(target = "billNumber", source = "purchase.bill.number")
    @Mapping(target = "transactionType", source = "purchase.type")
    @Mapping(target = "createdAt", source = "purchase.at")
    @Mapping(target = "tillCode", source = "purchase.tillCode")
    @Mapping(target = "returnStoreCode", source = "purchase.returnOf.storeCode")
    @Mapping(target = "returnBillNumber", source = "purchase.returnOf.number")
    AnonymousPurchaseRow toAnonymousRow(Purchase purchase, long orgId, ProgramId programId);

    @Mapping(target = "id", ignore = true)
    LineItemRow toRow(LineItem item, long purchaseId, int position);

    /**
     * The quantity comes back without the column's trailing zeros (2.000 as 2, 1.500 as 1.5), so a line
     * reads back as it was written in its plainest form.
     */
    default LineItem toLineItem(LineItemRow row) {
        BigDecimal quantity = row.quantity().stripTrailingZeros();
        if (quantity.scale() < 0) {
            quantity = quantity.setScale(0);
        }
        return new LineItem(row.serial(), row.itemCode(), row.description(), quantity, new Money(row.rate()),
                new Money(row.discount()), new Money(row.amount()));
    }

    default Purchase toPurchase(PurchaseRow row) {
        BillRef returnOf = row.returnBillNumber() == null ? null
                : new BillRef(row.returnStoreCode(), row.returnBillNumber());
        return new Purchase(row.id(), new BillRef(row.storeCode(), row.billNumber()),
                TransactionType.valueOf(row.transactionType()),
                new Money(row.amount()), UtcColumns.toInstant(row.createdAt()), row.tillCode(), returnOf);
    }

    default long value(ProgramId id) {
        return id.value();
    }

    default BigDecimal value(Money money) {
        return money.value();
    }
}
