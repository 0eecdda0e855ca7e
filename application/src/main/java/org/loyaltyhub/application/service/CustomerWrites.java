package org.loyaltyhub.application.service;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.loyaltyhub.application.port.in.write.CustomerRef;
import org.loyaltyhub.application.port.in.write.WriteRefusal;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.application.port.out.UnitOfWork;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.customer.ErasedIdentifier;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.org.OrgId;
import org.loyaltyhub.domain.setup.OrgSetup;
import org.loyaltyhub.domain.shared.DomainException;
import org.loyaltyhub.domain.time.ClockPort;

/**
 * How every write to one customer starts: one unit of work, in which the customer the write names is found
 * and its write lock taken, so writes to one customer run one after another and to different customers in
 * parallel. {@link AccountStorage} then rebuilds and stores its accounts.
 */
final class CustomerWrites {
    private final UnitOfWork unitOfWork;
    private final Orgs orgs;
    private final Customers customers;
    private final ClockPort clock;

    CustomerWrites(UnitOfWork unitOfWork, Orgs orgs, Customers customers, ClockPort clock) {
        this.unitOfWork = unitOfWork;
        this.orgs = orgs;
        this.customers = customers;
        this.clock = clock;
    }

    /**
     * Runs the work as one unit of work. A refusal thrown inside rolls everything back; a domain rule's
     * refusal leaves as the matching write refusal.
     */
    <T> T write(Supplier<T> work) {
        try {
            return unitOfWork.write(work);
        } catch (DomainException e) {
            throw Refusals.of(e);
        }
    }

    Instant now() {
        return clock.now();
    }

    OrgSetup setupOf(OrgId orgId) {
        return orgs.find(orgId).orElseThrow(() -> new IllegalStateException("no org " + orgId.value()));
    }

    /**
     * The live customer of the org the reference names, under its write lock, as stored once the lock is
     * held. Refused when the value is malformed, names nobody, or named a customer since erased.
     */
    Customer lock(OrgId orgId, CustomerRef ref) {
        IdentifierType type = ref.type();
        if (ref.value().isEmpty()) {
            throw Refusals.invalid(type.wireName(), "is required to name the customer");
        }
        if (!type.accepts(ref.value())) {
            throw Refusals.invalid(type.wireName(), "'" + ref.value() + "' is not a valid " + type.wireName());
        }
        String value = type.normalise(ref.value());
        Lookup lookup = lookup(orgId, type, value);
        if (lookup.live().size() > 1) {
            throw Refusals.refuse(WriteRefusal.IDENTIFIER_CONFLICT,
                    type.wireName() + " " + value + " names " + lookup.live().size() + " customers");
        }
        if (lookup.live().isEmpty()) {
            if (lookup.erased() || wasErased(orgId, type, value)) {
                throw Refusals.refuse(WriteRefusal.CUSTOMER_ERASED,
                        "the customer with " + type.wireName() + " " + value + " was deleted");
            }
            throw notFound(type, value);
        }
        Customer locked = lock(orgId, lookup.live().get(0).requireId()).orElseThrow(() -> notFound(type, value));
        if (locked.isErased()) {
            throw Refusals.refuse(WriteRefusal.CUSTOMER_ERASED,
                    "the customer with " + type.wireName() + " " + value + " was deleted");
        }
        // Another write may have changed the identifier between the lookup and the lock.
        if (!CustomerIdentifiers.valuesOf(locked, type).contains(value)) {
            throw notFound(type, value);
        }
        return locked;
    }

    /** Takes the customer's write lock; the customer as stored once it is held. */
    Optional<Customer> lock(OrgId orgId, CustomerId id) {
        return customers.lockForWrite(orgId, id);
    }

    /** The live customers of the org that answer to the value (normalised); erased ones are left out. */
    List<Customer> liveCustomers(OrgId orgId, IdentifierType type, String normalisedValue) {
        return lookup(orgId, type, normalisedValue).live();
    }

    private Lookup lookup(OrgId orgId, IdentifierType type, String value) {
        List<Customer> found = customers.findBy(orgId, type, List.of(value));
        List<Customer> live = found.stream().filter(c -> !c.isErased()).toList();
        // Only an id still finds an erased row itself.
        return new Lookup(live, live.size() < found.size());
    }

    private boolean wasErased(OrgId orgId, IdentifierType type, String value) {
        if (type == IdentifierType.ID) {
            return false;
        }
        String hash = ErasedIdentifier.hash(orgId, type, value);
        return !customers.erasedAmong(orgId, Set.of(hash)).isEmpty();
    }

    private static RuntimeException notFound(IdentifierType type, String value) {
        return Refusals.refuse(WriteRefusal.CUSTOMER_NOT_FOUND, "no customer with " + type.wireName() + " " + value);
    }

    private record Lookup(List<Customer> live, boolean erased) {
    }
}
