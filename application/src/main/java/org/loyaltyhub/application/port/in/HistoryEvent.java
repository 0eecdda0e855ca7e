package org.loyaltyhub.application.port.in;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.loyaltyhub.domain.coupon.SeriesId;
import org.loyaltyhub.domain.customer.FraudDetails;
import org.loyaltyhub.domain.customer.Note;
import org.loyaltyhub.domain.program.ProgramId;
import org.loyaltyhub.domain.purchase.PaymentDetails;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.shared.Points;

/** One thing that happened to a customer. A null program means the org's default program. */
public sealed interface HistoryEvent {
    Instant at();

    /** A bill (REGULAR earns, RETURN takes back, NOT_INTERESTED only records). */
    record Bill(ProgramId programId, Purchase purchase, PaymentDetails payment) implements HistoryEvent {
        public Bill {
            Objects.requireNonNull(purchase, "bill");
            payment = payment == null ? PaymentDetails.NONE : payment;
        }

        public Bill(ProgramId programId, Purchase purchase) {
            this(programId, purchase, PaymentDetails.NONE);
        }

        public Instant at() {
            return purchase.at();
        }
    }

    record PointsRedemption(ProgramId programId, Points points, Instant at, String storeCode) implements HistoryEvent {
        public PointsRedemption {
            Objects.requireNonNull(points, "points");
            Objects.requireNonNull(at, "time");
        }
    }

    /** Positive credits, negative debits. */
    record PointsAdjustment(ProgramId programId, Points points, Instant at, String reason) implements HistoryEvent {
        public PointsAdjustment {
            Objects.requireNonNull(points, "points");
            Objects.requireNonNull(at, "time");
        }
    }

    /** Promotional points; with {@code availableFrom} they are a delayed accrual. */
    record PromotionAward(ProgramId programId, Points points, Instant at, LocalDate availableFrom, String storeCode,
                          String reason) implements HistoryEvent {
        public PromotionAward {
            Objects.requireNonNull(points, "points");
            Objects.requireNonNull(at, "time");
        }
    }

    record CouponIssue(SeriesId seriesId, String code, Instant at, String tillCode) implements HistoryEvent {
        public CouponIssue {
            Objects.requireNonNull(seriesId, "series");
            Objects.requireNonNull(at, "time");
        }
    }

    record CouponUse(String code, Instant at, String tillCode, String billNumber) implements HistoryEvent {
        public CouponUse {
            Objects.requireNonNull(code, "coupon code");
            Objects.requireNonNull(at, "time");
        }
    }

    record FraudMark(FraudDetails details) implements HistoryEvent {
        public FraudMark {
            Objects.requireNonNull(details, "fraud details");
            Objects.requireNonNull(details.modifiedOn(), "fraud mark time");
        }

        public Instant at() {
            return details.modifiedOn();
        }
    }

    record NoteAdded(Note note) implements HistoryEvent {
        public NoteAdded {
            Objects.requireNonNull(note, "note");
        }

        public Instant at() {
            return note.createdOn();
        }
    }

    /** A PII delete: the customer's personal data is erased; the ledger stays, pseudonymised. */
    record PiiDelete(Instant at) implements HistoryEvent {
        public PiiDelete {
            Objects.requireNonNull(at, "time");
        }
    }
}
