package org.loyaltyhub.adapter.persistence.org;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.loyaltyhub.domain.coupon.CouponSeries;
import org.loyaltyhub.domain.coupon.CouponValidity;
import org.loyaltyhub.domain.coupon.OrgEntityType;
import org.loyaltyhub.domain.coupon.Restriction;
import org.loyaltyhub.domain.coupon.SeriesId;
import org.loyaltyhub.domain.org.Org;
import org.loyaltyhub.domain.org.OrgId;
import org.loyaltyhub.domain.org.Store;
import org.loyaltyhub.domain.org.Till;
import org.loyaltyhub.domain.program.Criterion;
import org.loyaltyhub.domain.program.CriterionMetric;
import org.loyaltyhub.domain.program.EarningRule;
import org.loyaltyhub.domain.program.ExpiryRule;
import org.loyaltyhub.domain.program.Program;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.program.Slab;
import org.loyaltyhub.domain.program.TierRule;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/**
 * Org configuration to rows and back. Stores and tills map field by field; programs and coupon
 * series are spread over several rows (or fold several fields into one value object), so those are
 * written out by hand and rebuilt through the domain's constructors.
 */
@Mapper(componentModel = "jakarta", unmappedTargetPolicy = ReportingPolicy.ERROR)
interface OrgSetupMapper {

    @Mapping(target = "id", ignore = true)
    StoreRow toRow(Store store);

    Store toStore(StoreRow row);

    @Mapping(target = "id", ignore = true)
    TillRow toRow(Till till);

    Till toTill(TillRow row);

    default long value(OrgId id) {
        return id.value();
    }

    default OrgId orgId(long value) {
        return new OrgId(value);
    }

    default OrgRow toRow(Org org) {
        return new OrgRow(org.id().value(), org.name(), org.timeZone().getId());
    }

    default Org toOrg(OrgRow row) {
        return new Org(new OrgId(row.id()), row.name(), ZoneId.of(row.timeZone()));
    }

    default ProgramRow toRow(Program program, int position) {
        return new ProgramRow(program.id().value(), program.orgId().value(), position, program.title(),
                program.description(), program.isDefault(), program.pointsToCurrencyRatio(),
                program.expiryRule().unit().name(), program.expiryRule().amount(),
                program.earningRule().baseRate());
    }

    default List<EarnRateRow> earnRateRows(Program program) {
        return program.earningRule().rateBySlabSerial().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(rate -> new EarnRateRow(null, program.id().value(), rate.getKey(), rate.getValue()))
                .toList();
    }

    default List<SlabRow> slabRows(Program program) {
        return program.slabs().stream()
                .map(slab -> new SlabRow(null, program.id().value(), slab.serial(), slab.name(), slab.description(),
                        slab.validityMonths(), slab.upgradeRule().combination().name(),
                        slab.renewalRule().combination().name()))
                .toList();
    }

    default List<SlabCriterionRow> criterionRows(Program program) {
        List<SlabCriterionRow> rows = new ArrayList<>();
        for (Slab slab : program.slabs()) {
            addCriterionRows(rows, program.id(), slab.serial(), SlabCriterionRow.UPGRADE, slab.upgradeRule());
            addCriterionRows(rows, program.id(), slab.serial(), SlabCriterionRow.RENEWAL, slab.renewalRule());
        }
        return rows;
    }

    private static void addCriterionRows(List<SlabCriterionRow> rows, ProgramId programId, int serial, String ruleKind,
                                         TierRule rule) {
        for (Criterion criterion : rule.criteria()) {
            rows.add(new SlabCriterionRow(null, programId.value(), serial, ruleKind, criterion.metric().name(),
                    criterion.threshold(), criterion.windowDays(), rows.size()));
        }
    }

    /**
     * Rebuilds one program from its row and the rows of its slabs, criteria and earn rates (each list
     * may hold other programs' rows too; only this program's are used).
     */
    default Program toProgram(ProgramRow row, List<SlabRow> slabRows, List<SlabCriterionRow> criterionRows,
                              List<EarnRateRow> earnRateRows) {
        long programId = row.id();
        Map<Integer, BigDecimal> rates = earnRateRows.stream()
                .filter(rate -> rate.programId() == programId)
                .collect(Collectors.toMap(EarnRateRow::slabSerial, rate -> plain(rate.earnRate())));
        List<SlabCriterionRow> criteria = criterionRows.stream().filter(c -> c.programId() == programId).toList();
        List<Slab> slabs = slabRows.stream()
                .filter(slab -> slab.programId() == programId)
                .map(slab -> new Slab(slab.serial(), slab.name(), slab.description(),
                        rule(slab.upgradeCombination(), criteria, slab.serial(), SlabCriterionRow.UPGRADE),
                        slab.validityMonths(),
                        rule(slab.renewalCombination(), criteria, slab.serial(), SlabCriterionRow.RENEWAL)))
                .toList();
        ExpiryRule expiry = new ExpiryRule(ExpiryRule.Unit.valueOf(row.expiryUnit()), row.expiryAmount());
        return new Program(new ProgramId(programId), new OrgId(row.orgId()), row.title(), row.description(),
                row.defaultProgram(), plain(row.pointsToCurrencyRatio()),
                new EarningRule(plain(row.baseEarnRate()), rates), expiry, slabs);
    }

    private static TierRule rule(String combination, List<SlabCriterionRow> criteria, int serial, String ruleKind) {
        List<Criterion> ofRule = criteria.stream()
                .filter(c -> c.slabSerial() == serial && c.ruleKind().equals(ruleKind))
                .map(c -> new Criterion(CriterionMetric.valueOf(c.metric()), plain(c.threshold()), c.windowDays()))
                .toList();
        return new TierRule(TierRule.Combination.valueOf(combination), ofRule);
    }

    default CouponSeriesRow toRow(CouponSeries series, int position) {
        Restriction restriction = series.restriction();
        return new CouponSeriesRow(series.id().value(), series.orgId().value(), position, series.description(),
                series.discountCode(), series.discountType(), series.discountValue(),
                series.validity().fixedEnd(), series.validity().days(), series.maxPerCustomer(),
                series.redemptionsPerCoupon(), restriction == null ? null : restriction.type().name(),
                restriction == null ? null : restriction.value());
    }

    default CouponSeries toSeries(CouponSeriesRow row) {
        Restriction restriction = row.restrictionType() == null ? null
                : new Restriction(OrgEntityType.valueOf(row.restrictionType()), row.restrictionValue());
        return new CouponSeries(new SeriesId(row.id()), new OrgId(row.orgId()), row.description(), row.discountCode(),
                row.discountType(), plain(row.discountValue()),
                new CouponValidity(row.validUntil(), row.validDays()), row.maxPerCustomer(),
                row.redemptionsPerCoupon(), restriction);
    }

    /**
     * Drops the trailing zeros the column's scale adds, so a rate stored as 1 comes back as 1 and not
     * as 1.000000 (which would also print that way).
     */
    private static BigDecimal plain(BigDecimal column) {
        BigDecimal stripped = column.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
