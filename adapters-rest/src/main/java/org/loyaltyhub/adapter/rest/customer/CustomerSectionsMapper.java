package org.loyaltyhub.adapter.rest.customer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.loyaltyhub.adapter.rest.WireValues;
import org.loyaltyhub.application.port.in.CouponView;
import org.loyaltyhub.application.port.in.ProgramSummary;
import org.loyaltyhub.application.port.in.TransactionView;
import org.loyaltyhub.domain.coupon.Coupon;
import org.loyaltyhub.domain.coupon.CouponStatus;
import org.loyaltyhub.domain.customer.CustomField;
import org.loyaltyhub.domain.customer.ExtendedField;
import org.loyaltyhub.domain.customer.FraudDetails;
import org.loyaltyhub.domain.customer.Note;
import org.loyaltyhub.domain.ledger.PointsBalance;
import org.loyaltyhub.domain.program.Slab;
import org.loyaltyhub.domain.shared.Money;
import org.loyaltyhub.domain.shared.Points;
import org.mapstruct.Context;
import org.mapstruct.Mapper;
import org.mapstruct.MappingConstants;
import org.mapstruct.Mapping;
import org.mapstruct.Named;
import org.mapstruct.ReportingPolicy;

/**
 * Maps the record-shaped parts of a lookup (bills, notes, fields, fraud details, program summaries) to
 * their wire rows. Times need the org's zone, passed as {@code @Context}. The default methods at the
 * end tell MapStruct how to write each value type.
 */
@Mapper(componentModel = MappingConstants.ComponentModel.JAKARTA, unmappedTargetPolicy = ReportingPolicy.ERROR)
interface CustomerSectionsMapper {

    @Mapping(target = "tenders", ignore = true)
    @Mapping(target = "creditNotes", ignore = true)
    @Mapping(target = "id", source = "purchase.id")
    @Mapping(target = "number", source = "purchase.bill.number")
    @Mapping(target = "type", source = "purchase.type")
    @Mapping(target = "createdDate", source = "purchase.at")
    @Mapping(target = "store", source = "purchase.tillCode")
    @Mapping(target = "amount", source = "purchase.amount")
    @Mapping(target = "storeCode", source = "purchase.bill.storeCode")
    @Mapping(target = "points", source = "points")
    TransactionRow transactionRow(TransactionView transaction, @Context ZoneId zone);

    List<TransactionRow> transactionRows(List<TransactionView> transactions, @Context ZoneId zone);

    @Mapping(target = "date", source = "createdOn")
    @Mapping(target = "description", source = "text")
    NoteRow noteRow(Note note, @Context ZoneId zone);

    List<NoteRow> noteRows(List<Note> notes, @Context ZoneId zone);

    @Mapping(target = "label", ignore = true)
    FieldRow customFieldRow(CustomField field);

    List<FieldRow> customFieldRows(List<CustomField> fields);

    @Mapping(target = "label", ignore = true)
    FieldRow extendedFieldRow(ExtendedField field);

    List<FieldRow> extendedFieldRows(List<ExtendedField> fields);

    FraudDetailsDto fraudDetails(FraudDetails fraud, @Context ZoneId zone);

    @Mapping(target = "gapToUpgrade", ignore = true)
    @Mapping(target = "gapToRenew", ignore = true)
    @Mapping(target = "programId", source = "program.id.value")
    @Mapping(target = "redeemed", source = "balance.redeemed")
    @Mapping(target = "expired", source = "balance.expired")
    @Mapping(target = "returned", source = "balance.returned")
    @Mapping(target = "adjusted", source = "balance.adjusted")
    @Mapping(target = "lifetimePoints", source = "balance.lifetime")
    @Mapping(target = "loyaltyPoints", source = "balance.available")
    @Mapping(target = "cumulativePurchases", source = "cumulativePurchases")
    @Mapping(target = "currentSlab", source = "currentSlab.name")
    @Mapping(target = "currentSlabDescription", source = "currentSlab.description")
    @Mapping(target = "nextSlab", source = "nextSlab", qualifiedByName = "slabName")
    @Mapping(target = "nextSlabSerialNumber", source = "nextSlab", qualifiedByName = "slabSerial")
    @Mapping(target = "nextSlabDescription", source = "nextSlab", qualifiedByName = "slabDescription")
    @Mapping(target = "slabSNo", source = "currentSlab.serial")
    @Mapping(target = "slabExpiryDate", source = "slabExpiry", qualifiedByName = "optionalDate")
    @Mapping(target = "totalPoints", source = "balance", qualifiedByName = "heldPoints")
    @Mapping(target = "delayedPoints", source = "balance.delayed")
    @Mapping(target = "totalAvailablePoints", source = "balance.available")
    @Mapping(target = "programTitle", source = "program.title")
    @Mapping(target = "programDescription", source = "program.description")
    @Mapping(target = "programPointsToCurrencyRatio", source = "program.pointsToCurrencyRatio")
    PointsSummaryRow pointsSummaryRow(ProgramSummary summary);

    List<PointsSummaryRow> pointsSummaryRows(List<ProgramSummary> summaries);

    List<CouponRow> couponRows(List<CouponView> coupons, @Context ZoneId zone);

    /** Written by hand: {@link Coupon} is an entity with plain accessors, not a record MapStruct can read. */
    default CouponRow couponRow(CouponView view, @Context ZoneId zone) {
        Coupon coupon = view.coupon();
        return new CouponRow(
                coupon.id().map(String::valueOf).orElse(null),
                String.valueOf(coupon.seriesId().value()),
                coupon.code(),
                view.series() == null ? null : view.series().description(),
                WireValues.dateTime(coupon.createdOn(), zone),
                WireValues.date(coupon.validTill()),
                WireValues.bool(view.status() == CouponStatus.REDEEMED),
                WireValues.bool(view.series() != null && view.series().allowsMultipleRedeem()),
                view.status().name().toLowerCase(java.util.Locale.ROOT));
    }

    default String dateTime(Instant instant, @Context ZoneId zone) {
        return WireValues.dateTime(instant, zone);
    }

    default String date(LocalDate date) {
        return WireValues.date(date);
    }

    default String points(Points points) {
        return WireValues.text(points);
    }

    default String money(Money money) {
        return WireValues.text(money);
    }

    default String decimal(BigDecimal value) {
        return WireValues.text(value);
    }

    @Named("slabName")
    default String slabName(Optional<Slab> slab) {
        return slab.map(Slab::name).orElse(null);
    }

    @Named("slabSerial")
    default String slabSerial(Optional<Slab> slab) {
        return slab.map(s -> String.valueOf(s.serial())).orElse(null);
    }

    @Named("slabDescription")
    default String slabDescription(Optional<Slab> slab) {
        return slab.map(Slab::description).orElse(null);
    }

    @Named("optionalDate")
    default String optionalDate(Optional<LocalDate> date) {
        return date.map(WireValues::date).orElse(null);
    }

    /** Points the customer holds, spendable now or once delayed accruals mature. */
    @Named("heldPoints")
    default String heldPoints(PointsBalance balance) {
        return WireValues.text(balance.available().plus(balance.delayed()));
    }
}
