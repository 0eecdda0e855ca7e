package org.loyaltyhub.bootstrap.generate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.loyaltyhub.application.port.in.CustomerImport;
import org.loyaltyhub.application.port.in.HistoryEvent;
import org.loyaltyhub.domain.customer.Card;
import org.loyaltyhub.domain.customer.CustomField;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerType;
import org.loyaltyhub.domain.customer.Email;
import org.loyaltyhub.domain.customer.ExtendedField;
import org.loyaltyhub.domain.customer.ExternalId;
import org.loyaltyhub.domain.customer.FraudDetails;
import org.loyaltyhub.domain.customer.FraudStatus;
import org.loyaltyhub.domain.customer.Mobile;
import org.loyaltyhub.domain.customer.Note;
import org.loyaltyhub.domain.customer.Registration;
import org.loyaltyhub.domain.ledger.BillRef;
import org.loyaltyhub.domain.org.OrgId;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.purchase.TransactionType;
import org.loyaltyhub.domain.shared.Money;
import org.loyaltyhub.domain.shared.Points;

/**
 * Makes up one customer and their history: facts only (bills, returns, redemptions, coupons, ...), which
 * the import replays through the loyalty rules; points, expiries and slab changes come out of those rules.
 *
 * <p>Customer {@code i} draws everything from its own {@code Random}, seeded from the run's seed and
 * {@code i}: the same seed gives the same customer whatever the batch size or the number of customers, so
 * the first 10,000 customers of a 1,000,000 run are those of a 10,000 run.
 *
 * <p>Shape of an ordinary customer: registered 2 months to 3 years before the end of history; 1 to 19
 * bills (10 on average) with amounts around 1,100 (log-normal, 50 to 50,000; three times that for one
 * customer in twenty), 80% at a home store; 7%
 * of bills returned (whole or in part) within 30 days; 40% redeem points 1 to 3 times; 15% get a
 * promotion, 3% a goodwill credit; members get a welcome coupon plus 0 to 4 more (3 on average), 35% of
 * them used (a flagship-store coupon at the flagship store, as its series demands); 5%
 * have a note, 0.5% are marked as fraud at the end, 2% are not loyalty members. A heavy customer has
 * three years of history with the given number of bills and proportionally more of everything else.
 */
final class CustomerHistoryGenerator {
    private static final String[] FIRST_NAMES = {"Aarav", "Vivaan", "Aditya", "Vihaan", "Arjun", "Sai", "Reyansh",
            "Krishna", "Ishaan", "Rohan", "Ananya", "Diya", "Aadhya", "Saanvi", "Pari", "Myra", "Anika", "Navya",
            "Kavya", "Riya", "Meera", "Priya", "Rahul", "Neha", "Amit", "Sneha", "Vikram", "Pooja", "Karan", "Isha"};
    private static final String[] LAST_NAMES = {"Sharma", "Verma", "Iyer", "Nair", "Reddy", "Patel", "Shah", "Gupta",
            "Mehta", "Joshi", "Kulkarni", "Desai", "Rao", "Menon", "Pillai", "Das", "Bose", "Chatterjee", "Singh",
            "Kaur", "Malhotra", "Kapoor", "Agarwal", "Bhat", "Naidu", "Mishra", "Pandey", "Jain", "Sinha", "Khan"};
    private static final String[] CITIES = {"Mumbai", "Delhi", "Bengaluru", "Hyderabad", "Chennai", "Kolkata", "Pune",
            "Ahmedabad", "Jaipur", "Lucknow", "Kochi", "Chandigarh"};
    private static final String[] CHANNELS = {"SMS", "EMAIL", "APP"};
    private static final String[] NOTES = {"Asked about Gold benefits", "Prefers weekend deliveries",
            "Complained about a late refund", "Interested in the new collection"};

    /** The lowest earn rate and the highest: bounds for what a bill earned or a return takes back. */
    private static final BigDecimal LOWEST_RATE = new BigDecimal("0.1");
    private static final BigDecimal HIGHEST_RATE = new BigDecimal("0.15");
    /** Points earned within this long before a redemption have surely not expired (they last 12 months). */
    private static final Duration UNEXPIRED = Duration.ofDays(330);
    private static final Duration DAY = Duration.ofDays(1);
    private static final long HISTORY_DAYS = 3 * 365;

    private final OrgId orgId;
    private final long seed;
    private final Instant end;

    /**
     * @param end history lies before this instant (the generator keeps two hours clear of it); a whole
     *            day (midnight UTC) so that the same seed on the same day gives the same data
     */
    CustomerHistoryGenerator(OrgId orgId, long seed, Instant end) {
        this.orgId = orgId;
        this.seed = seed;
        this.end = end;
    }

    /** Customer {@code i} (1 to N); {@code heavyBills} above 0 makes it a heavy customer with that many bills. */
    CustomerImport customer(long i, int heavyBills) {
        return new OneCustomer(i, heavyBills).build();
    }

    /** A well-mixed seed per customer (SplitMix64), so neighbouring customers do not get related sequences. */
    static long customerSeed(long seed, long i) {
        long z = seed + i * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** The making of one customer: the random draws in a fixed order, and what was drawn so far. */
    private final class OneCustomer {
        private final long i;
        private final int heavyBills;
        private final Random random;
        private final List<HistoryEvent> events = new ArrayList<>();
        private final List<Purchase> bills = new ArrayList<>();
        private final List<Purchase> returns = new ArrayList<>();
        /** Credits other than bills (promotions, goodwill), as time and points. */
        private final List<HistoryEvent> otherCredits = new ArrayList<>();
        private final Instant registeredOn;
        private final Instant lastEvent;
        private final int homeStore;
        /** One customer in twenty spends three times as much: they are the ones who reach Gold. */
        private final double spendLevel;

        OneCustomer(long i, int heavyBills) {
            this.i = i;
            this.heavyBills = heavyBills;
            this.random = new Random(customerSeed(seed, i));
            long daysBefore = heavyBills > 0 ? HISTORY_DAYS : 60 + random.nextInt((int) HISTORY_DAYS - 60);
            this.registeredOn = end.minus(Duration.ofDays(daysBefore)).plusSeconds(random.nextInt(86_400));
            this.lastEvent = end.minus(Duration.ofHours(2));
            this.homeStore = 1 + random.nextInt(BenchOrg.STORES);
            this.spendLevel = random.nextInt(20) == 0 ? 3.0 : 1.0;
        }

        CustomerImport build() {
            boolean loyalty = heavyBills > 0 || random.nextInt(50) != 0;
            Customer customer = Customer.register(orgId,
                    pick(FIRST_NAMES), pick(LAST_NAMES),
                    new Mobile(BenchIdentifiers.mobile(i)), new Email(BenchIdentifiers.email(i)),
                    new ExternalId(BenchIdentifiers.externalId(i)),
                    loyalty ? CustomerType.LOYALTY : CustomerType.NON_LOYALTY,
                    new Registration(registeredOn, "instore", null, BenchOrg.storeCode(homeStore),
                            BenchOrg.tillCode(homeStore)),
                    customFields(), extendedFields(), cards());
            addBills();
            addReturns();
            if (loyalty) {
                addCredits();
                addRedemptions();
                // coupon/issue refuses non-members, and the org import sends histories through it
                addCoupons();
            }
            addNoteAndFraudMark();
            return new CustomerImport(customer, events);
        }

        private List<ExtendedField> extendedFields() {
            int g = random.nextInt(100);
            String gender = g < 48 ? "Male" : g < 96 ? "Female" : "Other";
            LocalDate dob = LocalDate.of(1955, 1, 1).plusDays(random.nextInt(50 * 365));
            return List.of(new ExtendedField("gender", gender), new ExtendedField("dob", dob.toString()),
                    new ExtendedField("city", pick(CITIES)));
        }

        private List<CustomField> customFields() {
            return random.nextInt(4) == 0 ? List.of(new CustomField("preferred_channel", pick(CHANNELS))) : List.of();
        }

        private List<Card> cards() {
            return BenchIdentifiers.hasCard(i)
                    ? List.of(new Card(BenchIdentifiers.cardNumber(i), BenchIdentifiers.cardExternalId(i), "ACTIVE"))
                    : List.of();
        }

        private void addBills() {
            int count = heavyBills > 0 ? heavyBills : 1 + random.nextInt(19);
            for (int k = 1; k <= count; k++) {
                int store = random.nextInt(5) == 0 ? 1 + random.nextInt(BenchOrg.STORES) : homeStore;
                // log-normal around 1,100: most bills are small, a few are large
                double amount = spendLevel * Math.exp(7.0 + 0.8 * random.nextGaussian());
                BigDecimal value = BigDecimal.valueOf(Math.round(Math.min(50_000, Math.max(50, amount)) * 100), 2);
                Purchase bill = new Purchase(null, new BillRef(BenchOrg.storeCode(store), "B" + i + "-" + k),
                        TransactionType.REGULAR, new Money(value), timeBetween(registeredOn.plusSeconds(3600), lastEvent),
                        BenchOrg.tillCode(store), null);
                bills.add(bill);
                events.add(new HistoryEvent.Bill(null, bill));
            }
        }

        /** A return at the same store 1 to 30 days later, of the whole bill or 20% to 90% of it. */
        private void addReturns() {
            int k = 0;
            for (Purchase bill : bills) {
                if (random.nextInt(100) >= 7) {
                    continue;
                }
                Instant at = bill.at().plus(Duration.ofDays(1 + random.nextInt(30))).plusSeconds(random.nextInt(3600));
                BigDecimal amount = random.nextBoolean() ? bill.amount().value()
                        : bill.amount().value().multiply(BigDecimal.valueOf(20 + random.nextInt(71)))
                        .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
                if (at.isAfter(lastEvent) || amount.signum() <= 0) {
                    continue;
                }
                String store = bill.bill().storeCode();
                Purchase ret = new Purchase(null, new BillRef(store, "R" + i + "-" + (++k)), TransactionType.RETURN,
                        new Money(amount), at, bill.tillCode(), bill.bill());
                returns.add(ret);
                events.add(new HistoryEvent.Bill(null, ret));
            }
        }

        private void addCredits() {
            int promotions = heavyBills > 0 ? heavyBills / 100 : random.nextInt(100) < 15 ? 1 : 0;
            for (int p = 0; p < promotions; p++) {
                HistoryEvent award = new HistoryEvent.PromotionAward(null, Points.of(100 + random.nextInt(401)),
                        timeBetween(registeredOn.plusSeconds(3600), lastEvent), null, BenchOrg.storeCode(homeStore),
                        "Birthday bonus");
                otherCredits.add(award);
                events.add(award);
            }
            if (random.nextInt(100) < 3) {
                HistoryEvent credit = new HistoryEvent.PointsAdjustment(null, Points.of(50 + random.nextInt(151)),
                        timeBetween(registeredOn.plusSeconds(3600), lastEvent), "Goodwill credit");
                otherCredits.add(credit);
                events.add(credit);
            }
        }

        /**
         * Redemptions that the rules will surely accept: at most a share of a lower bound of the spendable
         * balance, which is what was credited in the last 330 days (at the lowest earn rate, so not yet
         * expired) minus every debit before (earlier redemptions, and returns at the highest rate).
         */
        private void addRedemptions() {
            int attempts = heavyBills > 0 ? heavyBills / 25 : random.nextInt(100) < 40 ? 1 + random.nextInt(3) : 0;
            Instant from = registeredOn.plus(Duration.ofDays(30));
            if (attempts == 0 || !from.isBefore(lastEvent)) {
                return;
            }
            List<Instant> times = new ArrayList<>();
            for (int a = 0; a < attempts; a++) {
                times.add(timeBetween(from, lastEvent));
            }
            times.sort(null);
            BigDecimal redeemed = BigDecimal.ZERO;
            for (Instant at : times) {
                BigDecimal bound = creditedShortlyBefore(at).subtract(redeemed).subtract(takenBackBefore(at));
                long points = bound.multiply(BigDecimal.valueOf(20 + random.nextInt(51)))
                        .divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN).longValue();
                if (points < 50) {
                    continue;
                }
                redeemed = redeemed.add(BigDecimal.valueOf(points));
                events.add(new HistoryEvent.PointsRedemption(null, Points.of(points), at, BenchOrg.storeCode(homeStore)));
            }
        }

        private BigDecimal creditedShortlyBefore(Instant at) {
            Instant earliest = at.minus(UNEXPIRED);
            Instant latest = at.minus(DAY);
            BigDecimal credited = BigDecimal.ZERO;
            for (Purchase bill : bills) {
                if (bill.at().isAfter(earliest) && bill.at().isBefore(latest)) {
                    credited = credited.add(bill.amount().value().multiply(LOWEST_RATE));
                }
            }
            for (HistoryEvent credit : otherCredits) {
                if (credit.at().isAfter(earliest) && credit.at().isBefore(latest)) {
                    credited = credited.add(credit instanceof HistoryEvent.PromotionAward award
                            ? award.points().value() : ((HistoryEvent.PointsAdjustment) credit).points().value());
                }
            }
            return credited;
        }

        private BigDecimal takenBackBefore(Instant at) {
            BigDecimal taken = BigDecimal.ZERO;
            for (Purchase ret : returns) {
                if (!ret.at().isAfter(at)) {
                    taken = taken.add(ret.amount().value().multiply(HIGHEST_RATE));
                }
            }
            return taken;
        }

        /**
         * The welcome coupon a minute after registration, then more from the other series; 35% are used
         * within their validity (a two-coffee coupon sometimes twice).
         */
        private void addCoupons() {
            issue(BenchOrg.WELCOME, "W" + i, registeredOn.plusSeconds(60));
            int more = heavyBills > 0 ? heavyBills / 20 : random.nextInt(5);
            int[] series = {BenchOrg.FLAT_200, BenchOrg.FLAGSHIP_10, BenchOrg.TWO_COFFEES};
            for (int k = 1; k <= more; k++) {
                issue(series[random.nextInt(series.length)], "C" + i + "-" + k,
                        timeBetween(registeredOn.plusSeconds(3600), lastEvent));
            }
        }

        private void issue(int series, String code, Instant at) {
            String till = BenchOrg.tillCode(homeStore);
            events.add(new HistoryEvent.CouponIssue(BenchOrg.seriesId(orgId, series), code, at, till));
            if (random.nextInt(100) >= 35) {
                return;
            }
            // At most validDays - 2 whole days and a few hours after issue: never past the last valid day.
            Instant use = at.plus(Duration.ofDays(random.nextInt(BenchOrg.validDays(series) - 1)))
                    .plusSeconds(60 + random.nextInt(6 * 3600));
            if (use.isAfter(lastEvent)) {
                return;
            }
            // The flagship coupon is redeemable at the flagship store only, so it is used at that store's till.
            String usedAt = series == BenchOrg.FLAGSHIP_10 ? BenchOrg.tillCode(1) : till;
            events.add(new HistoryEvent.CouponUse(code, use, usedAt, null));
            Instant again = use.plusSeconds(3600 + random.nextInt(3600));
            if (series == BenchOrg.TWO_COFFEES && random.nextBoolean() && !again.isAfter(lastEvent)) {
                events.add(new HistoryEvent.CouponUse(code, again, usedAt, null));
            }
        }

        /** The fraud mark comes after everything else: a marked customer may not spend. */
        private void addNoteAndFraudMark() {
            if (random.nextInt(100) < 5) {
                events.add(new HistoryEvent.NoteAdded(new Note(timeBetween(registeredOn.plusSeconds(3600), lastEvent),
                        BenchOrg.tillCode(homeStore), pick(NOTES))));
            }
            if (random.nextInt(200) == 0) {
                events.add(new HistoryEvent.FraudMark(new FraudDetails(FraudStatus.MARKED, BenchOrg.API_USER,
                        end.minus(Duration.ofHours(1)), "Unusual redemption pattern")));
            }
        }

        /** A whole second in [from, to). */
        private Instant timeBetween(Instant from, Instant to) {
            long seconds = Duration.between(from, to).getSeconds();
            return seconds <= 0 ? from : from.plusSeconds((long) (random.nextDouble() * seconds));
        }

        private String pick(String[] values) {
            return values[random.nextInt(values.length)];
        }
    }
}
