package org.loyaltyhub.application.port.in;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.loyaltyhub.domain.program.ProgramId;

/**
 * The options of a lookup beyond which sections to load: one program only, gaps N days ahead, bill and
 * coupon filters.
 *
 * @param trackers load each customer's whole bill history, which trackers and upgrade gaps measure
 * @param language ISO code of the language extended-field labels are wanted in (the {@code language}
 *                 header); null for none
 * @param profileExtras load subscriptions, NDNC status, segments, user group and image
 * @param ledgerDetails fill the lists of {@link ProgramDetails} that only the whole ledger and slab history give
 *                      (slab history, expiry schedule, expired points, promotions, delayed credits). Without
 *                      them those lists are empty, and a customer's figures may come from the account
 *                      snapshot stored with the last write instead of a replay of the history
 */
public record LookupOptions(Optional<ProgramId> programId, OptionalInt gapToUpgradeDays, OptionalInt gapToRenewDays,
                            boolean trackers, TransactionFilter transactionFilter, CouponFilter couponFilter,
                            String language, boolean profileExtras, boolean ledgerDetails) {
    public static final LookupOptions DEFAULTS = new LookupOptions(Optional.empty(), OptionalInt.empty(),
            OptionalInt.empty(), false, TransactionFilter.REGULAR_ONLY, CouponFilter.ALL, null, false);

    /** Options with every ledger detail filled, as before callers could leave them out. */
    public LookupOptions(Optional<ProgramId> programId, OptionalInt gapToUpgradeDays, OptionalInt gapToRenewDays,
                         boolean trackers, TransactionFilter transactionFilter, CouponFilter couponFilter,
                         String language, boolean profileExtras) {
        this(programId, gapToUpgradeDays, gapToRenewDays, trackers, transactionFilter, couponFilter, language,
                profileExtras, true);
    }

    public LookupOptions {
        programId = programId == null ? Optional.empty() : programId;
        gapToUpgradeDays = gapToUpgradeDays == null ? OptionalInt.empty() : gapToUpgradeDays;
        gapToRenewDays = gapToRenewDays == null ? OptionalInt.empty() : gapToRenewDays;
        if (gapToUpgradeDays.orElse(0) < 0 || gapToRenewDays.orElse(0) < 0) {
            throw new IllegalArgumentException("gap days must not be negative");
        }
        transactionFilter = Objects.requireNonNullElse(transactionFilter, TransactionFilter.REGULAR_ONLY);
        couponFilter = Objects.requireNonNullElse(couponFilter, CouponFilter.ALL);
    }

    /** The same options without the ledger details: a lookup that shows none of them. */
    public LookupOptions withoutLedgerDetails() {
        return new LookupOptions(programId, gapToUpgradeDays, gapToRenewDays, trackers, transactionFilter,
                couponFilter, language, profileExtras, false);
    }

    /** Gaps and trackers need every bill of the customer, not only the recent ones. */
    public boolean needsPurchaseHistory() {
        return trackers || gapToUpgradeDays.isPresent() || gapToRenewDays.isPresent();
    }
}
