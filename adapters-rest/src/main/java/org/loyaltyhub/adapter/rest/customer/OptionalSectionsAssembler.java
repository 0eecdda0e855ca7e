package org.loyaltyhub.adapter.rest.customer;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.loyaltyhub.adapter.rest.WireValues;
import org.loyaltyhub.adapter.rest.customer.OptionalSections.CardRow;
import org.loyaltyhub.adapter.rest.customer.OptionalSections.CriterionRow;
import org.loyaltyhub.adapter.rest.customer.OptionalSections.DelayedRow;
import org.loyaltyhub.adapter.rest.customer.OptionalSections.ExpiredRow;
import org.loyaltyhub.adapter.rest.customer.OptionalSections.Items;
import org.loyaltyhub.adapter.rest.customer.OptionalSections.PromotionRow;
import org.loyaltyhub.adapter.rest.customer.OptionalSections.ScheduleRow;
import org.loyaltyhub.adapter.rest.customer.OptionalSections.TrackerRow;
import org.loyaltyhub.application.port.in.CustomerDetails;
import org.loyaltyhub.application.port.in.ProgramSummary;
import org.loyaltyhub.domain.customer.ProfileExtras;
import org.loyaltyhub.domain.ledger.PointsBalance;
import org.loyaltyhub.domain.org.Store;
import org.loyaltyhub.domain.program.Criterion;
import org.loyaltyhub.domain.program.Program;
import org.loyaltyhub.domain.program.Slab;
import org.loyaltyhub.domain.program.TierRule;
import org.loyaltyhub.domain.tier.CriterionGap;
import org.loyaltyhub.domain.tier.RenewGap;
import org.loyaltyhub.domain.tier.SlabChange;
import org.loyaltyhub.domain.tier.UpgradeGap;

/**
 * Writes the sections that are off by default, the slab history, the programs list and the gaps. Every
 * figure comes from the use case; this class only picks, orders and formats. Lists that span programs
 * follow the programs the lookup was limited to ({@code program_id}).
 */
final class OptionalSectionsAssembler {
    /** Capillary caps {@code promotion_points} at 1000 rows. */
    static final int MAX_PROMOTION_ROWS = 1000;

    OptionalSections sections(CustomerDetails details, SectionFlags flags) {
        SectionFlags.Extras on = flags.extras();
        ZoneId zone = details.org().timeZone();
        List<ProgramSummary> programs = details.programs();
        Optional<ProgramSummary> headline = details.defaultProgram();
        ProfileExtras extras = details.extras();
        return new OptionalSections(
                on.nextSlab() ? nextSlab(headline) : null,
                on.ndncStatus() ? new OptionalSections.NdncStatus(
                        extras.ndncStatus() == null ? "NOT_CHECKED" : extras.ndncStatus()) : null,
                on.optinStatus() ? optinStatus(extras) : null,
                on.expirySchedule() ? expirySchedule(programs) : null,
                on.expiredPoints() ? expiredPoints(programs) : null,
                on.pointsSummary() ? pointsTotals(headline) : null,
                on.promotionPoints() ? promotionPoints(details, zone) : null,
                on.membershipRetentionCriteria() ? retentionCriteria(programs) : null,
                on.tierUpgradeCriteria() ? upgradeCriteria(programs) : null,
                on.userGroup() ? new OptionalSections.UserGroup(extras.userGroup() == null ? List.of()
                        : List.of(new OptionalSections.Named(extras.userGroup()))) : null,
                on.customerImage() ? new OptionalSections.CustomerImage(extras.imageUrl()) : null,
                on.subscriptions() ? new OptionalSections.Subscriptions(extras.subscriptions().stream()
                        .map(x -> new OptionalSections.SubscriptionRow(x.channel().name(), x.priority().name(),
                                x.subscribed() ? "OPTIN" : "OPTOUT")).toList()) : null,
                on.segments() ? new OptionalSections.Segments(extras.segments().entrySet().stream()
                        .map(e -> new OptionalSections.SegmentRow(e.getKey(), e.getValue())).toList()) : null,
                on.cardDetails() ? cards(details) : null,
                on.trackerInfo() ? trackers(programs) : null,
                on.delayedAccrual() ? delayed(programs, zone) : null,
                on.memberCareAccess() ? new OptionalSections.MemberCareAccess(List.of()) : null);
    }

    /** Per channel the customer has subscriptions on: OPTIN when any priority is subscribed. */
    private static OptionalSections.OptinStatus optinStatus(ProfileExtras extras) {
        Map<String, Boolean> byChannel = new java.util.LinkedHashMap<>();
        extras.subscriptions().forEach(s -> byChannel.merge(s.channel().name(), s.subscribed(), Boolean::logicalOr));
        return new OptionalSections.OptinStatus(byChannel.entrySet().stream()
                .map(e -> new OptionalSections.ChannelStatus(e.getKey(), e.getValue() ? "OPTIN" : "OPTOUT")).toList());
    }

    SlabHistoryList slabHistory(CustomerDetails details) {
        ZoneId zone = details.org().timeZone();
        List<Map.Entry<SlabChange, Program>> all = new ArrayList<>();
        for (ProgramSummary summary : details.programs()) {
            for (SlabChange change : summary.details().slabHistory()) {
                all.add(Map.entry(change, summary.program()));
            }
        }
        all.sort(Comparator.comparing((Map.Entry<SlabChange, Program> e) -> e.getKey().changedOn()).reversed());
        return new SlabHistoryList(all.stream().map(e -> {
            SlabChange change = e.getKey();
            Program program = e.getValue();
            CodeName store = change.storeCode() == null ? new CodeName(null, null)
                    : new CodeName(change.storeCode(), details.store(change.storeCode()).map(Store::name).orElse(null));
            return new SlabHistoryList.Row(program.slab(change.toSerial()).name(),
                    program.slab(change.fromSerial()).name(), store, change.type().name(),
                    WireValues.dateTime(change.changedOn(), zone), change.notes(),
                    String.valueOf(program.id().value()));
        }).toList());
    }

    ProgramsList programsList(CustomerDetails details) {
        return new ProgramsList(details.programs().stream().map(s -> new ProgramsList.Program(
                String.valueOf(s.program().id().value()), s.program().title(), s.program().description(),
                WireValues.bool(s.program().isDefault()), WireValues.text(s.program().pointsToCurrencyRatio()),
                new ProgramsList.Summary(WireValues.text(s.balance().available()),
                        WireValues.text(s.balance().lifetime()), s.currentSlab().name(),
                        String.valueOf(s.currentSlab().serial()), s.slabExpiry().map(WireValues::date).orElse(null),
                        s.nextSlab().map(Slab::name).orElse(null)))).toList());
    }

    /** The gaps asked for, in Capillary's shape; absent where they do not apply (see the warnings). */
    PointsSummaryRow withGaps(PointsSummaryRow row, ProgramSummary summary) {
        GapDtos.GapToUpgrade upgrade = summary.details().gapToUpgrade().map(this::upgradeGap).orElse(null);
        GapDtos.GapToRenew renew = summary.details().gapToRenew().map(this::renewGap).orElse(null);
        return row.withGaps(upgrade, renew);
    }

    private GapDtos.GapToUpgrade upgradeGap(UpgradeGap gap) {
        return new GapDtos.GapToUpgrade(gap.criteria().stream().map(c -> new GapDtos.UpgradeStrategy(
                c.criterion().metric().name(), Map.of(), WireValues.text(c.criterion().threshold()),
                new GapDtos.UpgradeValues(WireValues.text(c.value()), WireValues.text(c.gap()),
                        WireValues.date(c.validUpto())))).toList());
    }

    private GapDtos.GapToRenew renewGap(RenewGap gap) {
        return new GapDtos.GapToRenew(WireValues.date(gap.tierExpiryDate()), WireValues.bool(gap.renewConfirmed()),
                gap.criteria().stream().map((CriterionGap c) -> new GapDtos.RenewStrategy(c.criterion().metric().name(),
                        Map.of(), WireValues.text(c.criterion().threshold()), WireValues.text(c.value()),
                        WireValues.text(c.gap()))).toList());
    }

    private static OptionalSections.NextSlab nextSlab(Optional<ProgramSummary> headline) {
        Optional<Slab> next = headline.flatMap(ProgramSummary::nextSlab);
        return new OptionalSections.NextSlab(next.map(Slab::name).orElse(null),
                next.map(s -> String.valueOf(s.serial())).orElse(null), next.map(Slab::description).orElse(null),
                headline.map(h -> String.valueOf(h.program().id().value())).orElse(null));
    }

    private static OptionalSections.ExpirySchedule expirySchedule(List<ProgramSummary> programs) {
        return new OptionalSections.ExpirySchedule(programs.stream()
                .flatMap(p -> p.details().expirySchedule().stream())
                .sorted(Comparator.comparing(org.loyaltyhub.domain.ledger.DatedPoints::date))
                .map(d -> new ScheduleRow(WireValues.text(d.points()), WireValues.date(d.date()),
                        String.valueOf(d.programId().value())))
                .toList());
    }

    private static Items<ExpiredRow> expiredPoints(List<ProgramSummary> programs) {
        return new Items<>(programs.stream()
                .flatMap(p -> p.details().expiredPoints().stream())
                .sorted(Comparator.comparing(org.loyaltyhub.domain.ledger.DatedPoints::date).reversed())
                .map(d -> new ExpiredRow(WireValues.text(d.points()), WireValues.date(d.date()),
                        String.valueOf(d.programId().value())))
                .toList());
    }

    private static OptionalSections.PointsTotals pointsTotals(Optional<ProgramSummary> headline) {
        PointsBalance b = headline.map(ProgramSummary::balance).orElse(PointsBalance.EMPTY);
        return new OptionalSections.PointsTotals(WireValues.text(b.expired()), WireValues.text(b.redeemed()),
                WireValues.text(b.adjusted()), WireValues.text(b.returned()));
    }

    /** All our promotions are customer-level; bill- and line-level promotions do not exist yet. */
    private static OptionalSections.PromotionPoints promotionPoints(CustomerDetails details, ZoneId zone) {
        List<PromotionRow> rows = details.programs().stream()
                .flatMap(p -> p.details().promotions().stream())
                .limit(MAX_PROMOTION_ROWS)
                .map(c -> new PromotionRow(WireValues.text(c.points()), WireValues.date(c.expiresOn()),
                        new CodeName(c.storeCode(), c.storeCode() == null ? null
                                : details.store(c.storeCode()).map(Store::name).orElse(null)),
                        WireValues.dateTime(c.issuedOn(), zone), String.valueOf(c.programId().value())))
                .toList();
        return new OptionalSections.PromotionPoints(new Items<>(rows), new Items<>(List.of()), new Items<>(List.of()));
    }

    /** The renewal criteria of the slab the customer holds in each program. */
    private static OptionalSections.Criteria retentionCriteria(List<ProgramSummary> programs) {
        List<CriterionRow> rows = new ArrayList<>();
        for (ProgramSummary p : programs) {
            Slab slab = p.currentSlab();
            rows.addAll(criterionRows(p.program(), slab, slab.renewalRule()));
        }
        return new OptionalSections.Criteria(rows);
    }

    /** The upgrade criteria of every slab above the one the customer holds, lowest first. */
    private static OptionalSections.Criteria upgradeCriteria(List<ProgramSummary> programs) {
        List<CriterionRow> rows = new ArrayList<>();
        for (ProgramSummary p : programs) {
            for (Slab slab : p.program().slabs()) {
                if (slab.serial() > p.currentSlab().serial()) {
                    rows.addAll(criterionRows(p.program(), slab, slab.upgradeRule()));
                }
            }
        }
        return new OptionalSections.Criteria(rows);
    }

    private static List<CriterionRow> criterionRows(Program program, Slab slab, TierRule rule) {
        return rule.criteria().stream().map((Criterion c) -> new CriterionRow(String.valueOf(program.id().value()),
                slab.name(), String.valueOf(slab.serial()), rule.combination().name(), c.metric().name(),
                WireValues.text(c.threshold()), c.windowDays() > 0 ? String.valueOf(c.windowDays()) : null,
                String.valueOf(slab.validityMonths()))).toList();
    }

    private static OptionalSections.Cards cards(CustomerDetails details) {
        return new OptionalSections.Cards(details.customer().cards().stream()
                .map(c -> new CardRow(c.number(), c.externalId(), c.status())).toList());
    }

    private static OptionalSections.Trackers trackers(List<ProgramSummary> programs) {
        return new OptionalSections.Trackers(programs.stream().flatMap(p -> p.details().trackers().stream()
                .map(t -> new TrackerRow(String.valueOf(p.program().id().value()), t.slab().name(),
                        String.valueOf(t.windowDays()), WireValues.date(t.from()), WireValues.date(t.to()),
                        WireValues.text(t.value()), WireValues.text(t.threshold())))).toList());
    }

    private static Items<DelayedRow> delayed(List<ProgramSummary> programs, ZoneId zone) {
        return new Items<>(programs.stream().flatMap(p -> p.details().delayed().stream())
                .map(c -> new DelayedRow(WireValues.text(c.remaining()), WireValues.date(c.availableFrom()),
                        WireValues.dateTime(c.issuedOn(), zone), WireValues.date(c.expiresOn()),
                        String.valueOf(c.programId().value())))
                .toList());
    }
}
