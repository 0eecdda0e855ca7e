package org.loyaltyhub.application.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.application.port.in.write.CustomerProfile;
import org.loyaltyhub.application.port.in.write.CustomerWritten;
import org.loyaltyhub.application.port.in.write.WriteRefusal;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.customer.CustomerType;
import org.loyaltyhub.domain.customer.Email;
import org.loyaltyhub.domain.customer.ExternalId;
import org.loyaltyhub.domain.customer.FraudDetails;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.customer.Mobile;
import org.loyaltyhub.domain.customer.ProfileExtras;
import org.loyaltyhub.domain.customer.Subscription;
import org.loyaltyhub.domain.setup.OrgSetup;

/**
 * Profile writes shared by {@code customer/add} and {@code customer/update}: the identifiers a profile
 * carries, applying a profile's changes to a locked customer, and the customer as written with its
 * standings. An add that finds an existing customer updates it through the same code.
 */
final class CustomerProfiles {
    private final CustomerWrites writes;
    private final AccountStorage storage;
    private final Customers customers;

    CustomerProfiles(CustomerWrites writes, AccountStorage storage, Customers customers) {
        this.writes = writes;
        this.storage = storage;
        this.customers = customers;
    }

    /**
     * The identifiers a profile gives, each checked; a blank or absent one is null.
     */
    static Identifiers identifiersOf(CustomerProfile profile) {
        Mobile mobile = null;
        Email email = null;
        ExternalId externalId = null;
        if (given(profile.mobile())) {
            if (!Mobile.isValid(profile.mobile().trim())) {
                throw Refusals.invalid("mobile", "'" + profile.mobile() + "' is not 8 to 15 digits with country code");
            }
            mobile = new Mobile(profile.mobile().trim());
        }
        if (given(profile.email())) {
            if (!Email.isValid(profile.email().trim())) {
                throw Refusals.invalid("email", "'" + profile.email() + "' is not an e-mail address");
            }
            email = new Email(profile.email().trim());
        }
        if (given(profile.externalId())) {
            if (!ExternalId.isValid(profile.externalId().trim())) {
                throw Refusals.invalid("external_id", "'" + profile.externalId()
                        + "' is not 1 to 64 visible characters");
            }
            externalId = new ExternalId(profile.externalId().trim());
        }
        return new Identifiers(mobile, email, externalId);
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }

    /**
     * Applies a profile's changes to a locked customer and stores it: identifiers (refused when another
     * customer holds one), names, fields replaced by name, type (NON_LOYALTY to LOYALTY only), fraud status
     * and subscriptions. Nulls leave things as they are.
     */
    CustomerWritten update(ApiCaller caller, OrgSetup setup, Customer customer, CustomerProfile changes,
                           boolean created) {
        Instant now = writes.now();
        Identifiers given = identifiersOf(changes);
        refuseTakenIdentifiers(setup, customer.requireId(), given);
        if (given.any()) {
            customer.changeIdentifiers(
                    given.mobile() != null ? given.mobile() : customer.mobile().orElse(null),
                    given.email() != null ? given.email() : customer.email().orElse(null),
                    given.externalId() != null ? given.externalId() : customer.externalId().orElse(null), now);
        }
        if (changes.firstname() != null || changes.lastname() != null) {
            customer.rename(changes.firstname() != null ? changes.firstname().trim() : customer.firstname(),
                    changes.lastname() != null ? changes.lastname().trim() : customer.lastname(), now);
        }
        if (changes.customFields() != null) {
            customer.putCustomFields(changes.customFields(), now);
        }
        if (changes.extendedFields() != null) {
            customer.putExtendedFields(changes.extendedFields(), now);
        }
        boolean joins = changes.type() == CustomerType.LOYALTY && !customer.isLoyaltyMember();
        if (changes.type() != null) {
            customer.changeType(changes.type(), now);
        }
        if (fraudChanges(customer.fraud(), changes)) {
            customer.markFraud(new FraudDetails(changes.fraudStatus(), caller.username(), now, changes.fraudReason()));
        }
        customers.update(customer);
        if (changes.subscriptions() != null) {
            saveSubscriptions(customer.requireId(), changes.subscriptions());
        }
        CustomerAccounts accounts = storage.accountsOf(setup, customer);
        if (joins) {
            storage.saveOpeningSnapshots(accounts, accounts.today(now));
        }
        // Renewals, downgrades and expiries that fell due are stored now, so the standings are today's.
        accounts.catchUpAll(now);
        storage.store(accounts, now);
        return new CustomerWritten(customer, created, accounts.standings(accounts.today(now)));
    }

    /** A new status changes the fraud details; so does a new reason given with the same status. */
    private static boolean fraudChanges(FraudDetails current, CustomerProfile changes) {
        if (changes.fraudStatus() == null) {
            return false;
        }
        return changes.fraudStatus() != current.status()
                || changes.fraudReason() != null && !changes.fraudReason().equals(current.reason());
    }

    /** An identifier may belong to one live customer of the org only. */
    void refuseTakenIdentifiers(OrgSetup setup, CustomerId self, Identifiers given) {
        refuseTaken(setup, self, IdentifierType.MOBILE, given.mobile() == null ? null : given.mobile().value());
        refuseTaken(setup, self, IdentifierType.EMAIL, given.email() == null ? null : given.email().value());
        refuseTaken(setup, self, IdentifierType.EXTERNAL_ID,
                given.externalId() == null ? null : given.externalId().value());
    }

    private void refuseTaken(OrgSetup setup, CustomerId self, IdentifierType type, String value) {
        if (value == null) {
            return;
        }
        boolean taken = writes.liveCustomers(setup.org().id(), type, value).stream()
                .anyMatch(c -> !c.requireId().equals(self));
        if (taken) {
            throw Refusals.refuse(WriteRefusal.IDENTIFIER_CONFLICT,
                    type.wireName() + " " + value + " already belongs to another customer");
        }
    }

    /** Subscriptions given replace those of the same channel and priority; the other extras stay. */
    void saveSubscriptions(CustomerId id, List<Subscription> given) {
        ProfileExtras current = customers.extrasOf(List.of(id)).getOrDefault(id, ProfileExtras.NONE);
        Map<String, Subscription> merged = new LinkedHashMap<>();
        current.subscriptions().forEach(s -> merged.put(s.channel() + "/" + s.priority(), s));
        given.forEach(s -> merged.put(s.channel() + "/" + s.priority(), s));
        customers.saveExtras(id, new ProfileExtras(List.copyOf(merged.values()), current.ndncStatus(),
                current.segments(), current.userGroup(), current.imageUrl()));
    }

    /** The identifiers a profile gives; null where it gives none. */
    record Identifiers(Mobile mobile, Email email, ExternalId externalId) {
        boolean any() {
            return mobile != null || email != null || externalId != null;
        }
    }
}
