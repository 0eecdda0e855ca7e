package org.loyaltyhub.application.service;

import java.util.Comparator;
import java.util.List;
import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.application.port.in.CustomerImport;
import org.loyaltyhub.application.port.in.HistoryEvent;
import org.loyaltyhub.application.port.in.ImportRefusedException;
import org.loyaltyhub.application.port.in.write.AddAnyTransactionUseCase;
import org.loyaltyhub.application.port.in.write.AddNoteUseCase;
import org.loyaltyhub.application.port.in.write.AdjustPointsUseCase;
import org.loyaltyhub.application.port.in.write.AwardPromotionPointsUseCase;
import org.loyaltyhub.application.port.in.write.CouponRedemptionCommand;
import org.loyaltyhub.application.port.in.write.CustomerProfile;
import org.loyaltyhub.application.port.in.write.CustomerRef;
import org.loyaltyhub.application.port.in.write.CustomerWritten;
import org.loyaltyhub.application.port.in.write.EraseCustomerUseCase;
import org.loyaltyhub.application.port.in.write.IssueCouponWithCodeUseCase;
import org.loyaltyhub.application.port.in.write.NoteCommand;
import org.loyaltyhub.application.port.in.write.PointsAdjustmentCommand;
import org.loyaltyhub.application.port.in.write.PointsRedemptionCommand;
import org.loyaltyhub.application.port.in.write.PromotionAwardCommand;
import org.loyaltyhub.application.port.in.write.RedeemCouponUseCase;
import org.loyaltyhub.application.port.in.write.RedeemPointsUseCase;
import org.loyaltyhub.application.port.in.write.RegisterCustomerUseCase;
import org.loyaltyhub.application.port.in.write.TransactionCommand;
import org.loyaltyhub.application.port.in.write.UpdateCustomerUseCase;
import org.loyaltyhub.application.port.in.write.WriteRefusedException;
import org.loyaltyhub.application.port.out.Coupons;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.application.port.out.PointsBalances;
import org.loyaltyhub.application.port.out.PointsLedgers;
import org.loyaltyhub.application.port.out.Purchases;
import org.loyaltyhub.application.port.out.SlabHistories;
import org.loyaltyhub.application.port.out.UnitOfWork;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.customer.Registration;
import org.loyaltyhub.domain.ledger.BillRef;
import org.loyaltyhub.domain.org.Till;
import org.loyaltyhub.domain.purchase.Purchase;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.domain.shared.DomainException;

/**
 * Sends one imported customer through the write use cases as the tills would have sent it: the
 * registration through {@code customer/add}, then each history event, in time order, through the use case
 * that event stands for, with the till and store the event names as the caller and the {@link ReplayClock}
 * standing at the event's time. So a seed obeys exactly the rules a till does, and a refusal reads as the
 * till's would, naming the customer and the event. The use cases are this import's own instances, over the
 * replay clock and the {@link OrgBeingImported}; their units of work join the import's.
 */
final class ImportedCustomerWrites {
    /** Who the caller is when the event names nobody. */
    static final String IMPORT_USER = "org-import";

    private final OrgSetup setup;
    private final ReplayClock clock;
    private final Customers customers;
    private final RegisterCustomerUseCase register;
    private final UpdateCustomerUseCase update;
    private final AddAnyTransactionUseCase transactions;
    private final RedeemPointsUseCase redeemPoints;
    private final AdjustPointsUseCase adjustPoints;
    private final AwardPromotionPointsUseCase awardPoints;
    private final IssueCouponWithCodeUseCase issueCoupon;
    private final RedeemCouponUseCase redeemCoupon;
    private final AddNoteUseCase addNote;
    private final EraseCustomerUseCase erase;

    ImportedCustomerWrites(OrgSetup setup, ReplayClock clock, UnitOfWork unitOfWork, OrgBeingImported orgs,
                           Customers customers, PointsLedgers ledgers, Purchases purchases,
                           SlabHistories slabHistories, Coupons coupons, PointsBalances balances) {
        this.setup = setup;
        this.clock = clock;
        this.customers = customers;
        this.register = new RegisterCustomerService(unitOfWork, orgs, customers, ledgers, purchases, slabHistories,
                balances, clock);
        this.update = new UpdateCustomerService(unitOfWork, orgs, customers, ledgers, purchases, slabHistories,
                balances, clock);
        this.transactions = new AddTransactionService(unitOfWork, orgs, customers, ledgers, purchases, slabHistories,
                balances, clock);
        this.redeemPoints = new RedeemPointsService(unitOfWork, orgs, customers, ledgers, purchases, slabHistories,
                balances, clock);
        this.adjustPoints = new AdjustPointsService(unitOfWork, orgs, customers, ledgers, purchases, slabHistories,
                balances, clock);
        this.awardPoints = new AwardPromotionPointsService(unitOfWork, orgs, customers, ledgers, purchases,
                slabHistories, balances, clock);
        this.issueCoupon = new IssueCouponService(unitOfWork, orgs, customers, coupons, clock);
        this.redeemCoupon = new RedeemCouponService(unitOfWork, orgs, customers, coupons, clock);
        this.addNote = new AddNoteService(unitOfWork, orgs, customers, clock);
        this.erase = new EraseCustomerService(unitOfWork, orgs, customers, clock);
    }

    /** Registers the customer and sends its history; the customer's id. */
    CustomerId send(CustomerImport customerImport) {
        Customer registered = customerImport.registered();
        String who = "customer " + (registered.firstname() + " " + registered.lastname()).trim();
        CustomerId id = attempt(who, "registration", () -> register(registered));
        // The optional profile parts (subscriptions, NDNC, segments, group, image) have no write use case.
        if (!customerImport.extras().isEmpty()) {
            customers.saveExtras(id, customerImport.extras());
        }
        CustomerRef ref = new CustomerRef(IdentifierType.ID, String.valueOf(id.value()));
        List<HistoryEvent> events = customerImport.history().stream()
                .sorted(Comparator.comparing(HistoryEvent::at))
                .toList();
        for (HistoryEvent event : events) {
            attempt(who, describe(event), () -> {
                clock.moveTo(event.at());
                send(ref, event);
                return null;
            });
        }
        return id;
    }

    private CustomerId register(Customer registered) {
        Registration registration = registered.registration();
        clock.moveTo(registration.registeredOn());
        CustomerProfile profile = new CustomerProfile(
                registered.mobile().map(m -> m.value()).orElse(null),
                registered.email().map(e -> e.value()).orElse(null),
                registered.externalId().map(e -> e.value()).orElse(null),
                registered.firstname(), registered.lastname(), registered.type(), registration.registeredOn(),
                registered.customFields(), registered.extendedFields(), null, null, registration.source(),
                registered.cards(), null);
        CustomerWritten written = register.register(caller(IMPORT_USER, registration.tillCode(),
                registration.storeCode()), profile);
        if (!written.created()) {
            throw new IllegalArgumentException("an identifier of this customer already belongs to customer "
                    + written.customer().requireId().value() + " of the file; each customer needs their own");
        }
        return written.customer().requireId();
    }

    private void send(CustomerRef ref, HistoryEvent event) {
        if (event instanceof HistoryEvent.Bill bill) {
            Purchase p = bill.purchase();
            BillRef returnOf = p.returnOf();
            transactions.addOfAnyType(caller(p.tillCode(), p.tillCode(), p.bill().storeCode()),
                    new TransactionCommand(ref, p.type(), p.bill().number(), p.amount().value(), p.at(),
                            p.bill().storeCode(), bill.programId(), returnOf == null ? null : returnOf.number(),
                            returnOf == null ? null : returnOf.storeCode(), List.of(), bill.payment(), null));
        } else if (event instanceof HistoryEvent.PointsRedemption redemption) {
            redeemPoints.redeem(caller(IMPORT_USER, null, redemption.storeCode()), new PointsRedemptionCommand(ref,
                    redemption.points().value(), redemption.programId(), null, redemption.at()));
        } else if (event instanceof HistoryEvent.PointsAdjustment adjustment) {
            adjustPoints.adjust(caller(IMPORT_USER, null, null), new PointsAdjustmentCommand(ref,
                    adjustment.points().value(), adjustment.programId(), adjustment.reason(), adjustment.at()));
        } else if (event instanceof HistoryEvent.PromotionAward award) {
            awardPoints.award(caller(IMPORT_USER, null, award.storeCode()), new PromotionAwardCommand(ref,
                    award.points().value(), award.programId(), award.availableFrom(), award.reason(), award.at()));
        } else if (event instanceof HistoryEvent.CouponIssue issue) {
            if (issue.code() == null || issue.code().isBlank()) {
                throw new IllegalArgumentException("an imported coupon needs its code");
            }
            issueCoupon.issue(caller(issue.tillCode(), issue.tillCode(), null), ref, issue.seriesId(), issue.code());
        } else if (event instanceof HistoryEvent.CouponUse use) {
            redeemCoupon.redeem(caller(use.tillCode(), use.tillCode(), null),
                    new CouponRedemptionCommand(use.code(), ref, use.billNumber(), null, use.at()));
        } else if (event instanceof HistoryEvent.FraudMark mark) {
            update.update(caller(mark.details().markedBy(), null, null), ref, new CustomerProfile(null, null, null,
                    null, null, null, null, null, null, null, mark.details().status(), null, null,
                    mark.details().reason()));
        } else if (event instanceof HistoryEvent.NoteAdded note) {
            addNote.addNote(caller(note.note().createdBy(), null, null),
                    new NoteCommand(ref, note.note().text(), note.note().createdOn()));
        } else if (event instanceof HistoryEvent.PiiDelete) {
            erase.erase(caller(IMPORT_USER, null, null), ref);
        } else {
            throw new IllegalArgumentException("unknown history event " + event);
        }
    }

    /**
     * The caller a till at {@code tillCode} would be (its store unless the event names one); refused for a
     * till the org does not have, as a login from it would be.
     */
    private ApiCaller caller(String username, String tillCode, String storeCode) {
        String store = storeCode;
        if (tillCode != null) {
            Till till = setup.till(tillCode).orElseThrow(() -> new IllegalArgumentException("unknown till "
                    + tillCode));
            store = store == null ? till.storeCode() : store;
        }
        String user = username == null || username.isBlank() ? IMPORT_USER : username;
        return new ApiCaller(user, setup.org().id(), tillCode, store);
    }

    private static <T> T attempt(String who, String what, java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (WriteRefusedException e) {
            throw new ImportRefusedException(who + ", " + what + ": refused (" + e.refusal() + "): " + e.getMessage(),
                    e);
        } catch (DomainException | IllegalArgumentException e) {
            throw new ImportRefusedException(who + ", " + what + ": " + e.getMessage(), e);
        }
    }

    /** The event as a person finds it in the file: its type, what it names and its time. */
    static String describe(HistoryEvent event) {
        String what;
        if (event instanceof HistoryEvent.Bill bill) {
            what = "bill " + bill.purchase().bill().number() + " (" + bill.purchase().type() + ") at store "
                    + bill.purchase().bill().storeCode();
        } else if (event instanceof HistoryEvent.PointsRedemption redemption) {
            what = "redeem of " + redemption.points() + " points";
        } else if (event instanceof HistoryEvent.PointsAdjustment adjustment) {
            what = "adjust of " + adjustment.points() + " points";
        } else if (event instanceof HistoryEvent.PromotionAward award) {
            what = "promotion of " + award.points() + " points";
        } else if (event instanceof HistoryEvent.CouponIssue issue) {
            what = "coupon_issue " + issue.code() + " of series " + issue.seriesId().value();
        } else if (event instanceof HistoryEvent.CouponUse use) {
            what = "coupon_redeem " + use.code();
        } else if (event instanceof HistoryEvent.FraudMark mark) {
            what = "fraud " + mark.details().status();
        } else if (event instanceof HistoryEvent.NoteAdded) {
            what = "note";
        } else {
            what = "pii_delete";
        }
        return "event " + what + " at " + event.at();
    }
}
