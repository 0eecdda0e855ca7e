package org.loyaltyhub.application.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.application.port.in.write.CustomerProfile;
import org.loyaltyhub.application.port.in.write.CustomerWritten;
import org.loyaltyhub.application.port.in.write.RegisterCustomerUseCase;
import org.loyaltyhub.application.port.in.write.WriteRefusal;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.PointsBalances;
import org.loyaltyhub.application.port.out.PointsLedgers;
import org.loyaltyhub.application.port.out.Purchases;
import org.loyaltyhub.application.port.out.SlabHistories;
import org.loyaltyhub.application.port.out.UnitOfWork;
import org.loyaltyhub.domain.customer.Card;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.customer.CustomerType;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.customer.ProfileExtras;
import org.loyaltyhub.domain.customer.Registration;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.domain.time.ClockPort;

/**
 * {@code customer/add}: registers a customer at the caller's store and till. As in Capillary, identifiers
 * that already belong to one customer make the add an update of that customer; identifiers of two
 * different customers are refused.
 */
public final class RegisterCustomerService implements RegisterCustomerUseCase {
    private final CustomerWrites writes;
    private final AccountStorage storage;
    private final CustomerProfiles profiles;
    private final Customers customers;

    public RegisterCustomerService(UnitOfWork unitOfWork, Orgs orgs, Customers customers, PointsLedgers ledgers,
                                   Purchases purchases, SlabHistories slabHistories, PointsBalances balances,
                                   ClockPort clock) {
        this.writes = new CustomerWrites(unitOfWork, orgs, customers, clock);
        this.storage = new AccountStorage(ledgers, purchases, slabHistories, balances);
        this.profiles = new CustomerProfiles(writes, storage, customers);
        this.customers = customers;
    }

    @Override
    public CustomerWritten register(ApiCaller caller, CustomerProfile profile) {
        CustomerProfiles.Identifiers identifiers = CustomerProfiles.identifiersOf(profile);
        if (!identifiers.any()) {
            throw Refusals.invalid("mobile/email/external_id",
                    "a customer needs a mobile, an e-mail or an external id");
        }
        return writes.write(() -> {
            OrgSetup setup = writes.setupOf(caller.orgId());
            Map<CustomerId, Customer> existing = existing(setup, identifiers);
            if (existing.size() > 1) {
                throw Refusals.refuse(WriteRefusal.IDENTIFIER_CONFLICT, "the identifiers given belong to "
                        + existing.size() + " different customers: " + existing.keySet().stream()
                        .map(id -> String.valueOf(id.value())).toList());
            }
            if (existing.size() == 1) {
                CustomerId id = existing.keySet().iterator().next();
                Customer locked = writes.lock(setup.org().id(), id)
                        .filter(c -> !c.isErased())
                        .orElseThrow(() -> Refusals.refuse(WriteRefusal.CUSTOMER_NOT_FOUND,
                                "customer " + id.value() + " was deleted meanwhile"));
                return profiles.update(caller, setup, locked, profile, false);
            }
            return registerNew(caller, setup, profile, identifiers);
        });
    }

    /** The live customers any of the given identifiers belongs to, by id. */
    private Map<CustomerId, Customer> existing(OrgSetup setup, CustomerProfiles.Identifiers identifiers) {
        Map<CustomerId, Customer> found = new LinkedHashMap<>();
        if (identifiers.mobile() != null) {
            add(found, writes.liveCustomers(setup.org().id(), IdentifierType.MOBILE, identifiers.mobile().value()));
        }
        if (identifiers.email() != null) {
            add(found, writes.liveCustomers(setup.org().id(), IdentifierType.EMAIL, identifiers.email().value()));
        }
        if (identifiers.externalId() != null) {
            add(found, writes.liveCustomers(setup.org().id(), IdentifierType.EXTERNAL_ID,
                    identifiers.externalId().value()));
        }
        return found;
    }

    private static void add(Map<CustomerId, Customer> found, List<Customer> customers) {
        customers.forEach(c -> found.putIfAbsent(c.requireId(), c));
    }

    private CustomerWritten registerNew(ApiCaller caller, OrgSetup setup, CustomerProfile profile,
                                        CustomerProfiles.Identifiers identifiers) {
        Instant now = writes.now();
        Instant registeredOn = profile.registeredOn() == null ? now : profile.registeredOn();
        if (registeredOn.isAfter(now)) {
            throw Refusals.refuse(WriteRefusal.TIME_OUT_OF_ORDER, "registration time " + registeredOn
                    + " lies in the future");
        }
        CustomerType type = profile.type() == null ? CustomerType.LOYALTY : profile.type();
        List<Card> cards = profile.cards() == null ? List.of() : profile.cards();
        refuseTakenCards(setup, cards);
        String source = profile.source() == null || profile.source().isBlank() ? "instore" : profile.source().trim();
        Customer customer = customers.add(Customer.register(setup.org().id(), trim(profile.firstname()),
                trim(profile.lastname()), identifiers.mobile(), identifiers.email(), identifiers.externalId(), type,
                new Registration(registeredOn, source, caller.tillCode(), caller.storeCode(), caller.tillCode()),
                profile.customFields() == null ? List.of() : profile.customFields(),
                profile.extendedFields() == null ? List.of() : profile.extendedFields(), cards));
        if (profile.subscriptions() != null && !profile.subscriptions().isEmpty()) {
            customers.saveExtras(customer.requireId(), new ProfileExtras(profile.subscriptions(), null, null, null,
                    null));
        }
        CustomerAccounts accounts = new CustomerAccounts(setup, customer, List.of(), Map.of(), List.of());
        if (customer.isLoyaltyMember()) {
            storage.saveOpeningSnapshots(accounts, accounts.today(now));
        }
        return new CustomerWritten(customer, true, accounts.standings(accounts.today(now)));
    }

    /** A card number (or a card's external id) identifies one live customer of the org only. */
    private void refuseTakenCards(OrgSetup setup, List<Card> cards) {
        for (Card card : cards) {
            refuseTaken(setup, IdentifierType.CARD_NUMBER, card.number());
            if (card.externalId() != null) {
                refuseTaken(setup, IdentifierType.CARD_EXTERNAL_ID, card.externalId());
            }
        }
    }

    private void refuseTaken(OrgSetup setup, IdentifierType type, String value) {
        if (!writes.liveCustomers(setup.org().id(), type, type.normalise(value)).isEmpty()) {
            throw Refusals.refuse(WriteRefusal.IDENTIFIER_CONFLICT,
                    type.wireName() + " " + value + " already belongs to another customer");
        }
    }

    private static String trim(String value) {
        return value == null ? null : value.trim();
    }
}
