package org.loyaltyhub.application.fake;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.domain.customer.Card;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.customer.ErasedIdentifier;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.org.OrgId;

public final class InMemoryCustomers implements Customers {
    private final Map<CustomerId, Customer> byId = new LinkedHashMap<>();
    private final Map<OrgId, java.util.Set<String>> erased = new LinkedHashMap<>();
    private final Map<CustomerId, org.loyaltyhub.domain.customer.ProfileExtras> extras = new LinkedHashMap<>();
    private long nextId = 1;
    public int finds;
    public int erasedReads;
    /** Calls that change what is stored. */
    public int writes;
    /** Every customer id {@link #lockForWrite} locked, in order: tests check that writes take the lock. */
    public final List<CustomerId> locked = new ArrayList<>();

    @Override
    public Customer add(Customer customer) {
        writes++;
        for (Customer other : byId.values()) {
            if (other.orgId().equals(customer.orgId()) && sharesIdentifier(other, customer)) {
                throw new IllegalStateException("identifier already taken in org " + customer.orgId().value());
            }
        }
        Customer stored = customer.withId(new CustomerId(nextId++));
        byId.put(stored.requireId(), stored);
        return stored;
    }

    @Override
    public void update(Customer customer) {
        writes++;
        if (!byId.containsKey(customer.requireId())) {
            throw new IllegalStateException("no customer " + customer.requireId().value());
        }
        for (Customer other : byId.values()) {
            if (!other.requireId().equals(customer.requireId()) && other.orgId().equals(customer.orgId())
                    && sharesIdentifier(other, customer)) {
                throw new IllegalStateException("identifier already taken in org " + customer.orgId().value());
            }
        }
        byId.put(customer.requireId(), customer);
    }

    @Override
    public List<Customer> findBy(OrgId orgId, IdentifierType type, Collection<String> values) {
        finds++;
        List<Customer> found = new ArrayList<>();
        for (Customer c : byId.values()) {
            if (c.orgId().equals(orgId) && valuesOf(c, type).anyMatch(values::contains)) {
                found.add(c);
            }
        }
        return found;
    }

    @Override
    public void addErasedIdentifiers(OrgId orgId, CustomerId customerId, List<ErasedIdentifier> identifiers) {
        writes++;
        identifiers.forEach(i -> erased.computeIfAbsent(orgId, k -> new java.util.HashSet<>()).add(i.hash()));
    }

    @Override
    public java.util.Set<String> erasedAmong(OrgId orgId, Collection<String> hashes) {
        erasedReads++;
        java.util.Set<String> known = erased.getOrDefault(orgId, java.util.Set.of());
        return hashes.stream().filter(known::contains).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public void saveExtras(CustomerId customerId, org.loyaltyhub.domain.customer.ProfileExtras profileExtras) {
        writes++;
        if (profileExtras.isEmpty()) {
            extras.remove(customerId);
        } else {
            extras.put(customerId, profileExtras);
        }
    }

    @Override
    public Map<CustomerId, org.loyaltyhub.domain.customer.ProfileExtras> extrasOf(Collection<CustomerId> customerIds) {
        Map<CustomerId, org.loyaltyhub.domain.customer.ProfileExtras> found = new LinkedHashMap<>();
        customerIds.stream().filter(extras::containsKey).forEach(id -> found.put(id, extras.get(id)));
        return found;
    }

    private static Stream<String> valuesOf(Customer c, IdentifierType type) {
        return switch (type) {
            case ID -> Stream.of(String.valueOf(c.requireId().value()));
            case MOBILE -> c.mobile().stream().map(m -> m.value());
            case EMAIL -> c.email().stream().map(e -> e.value());
            case EXTERNAL_ID -> c.externalId().stream().map(e -> e.value());
            case CARD_NUMBER -> c.cards().stream().map(Card::number);
            case CARD_EXTERNAL_ID -> c.cards().stream().map(Card::externalId).filter(Objects::nonNull);
        };
    }

    private static boolean sharesIdentifier(Customer a, Customer b) {
        return (a.mobile().isPresent() && a.mobile().equals(b.mobile()))
                || (a.email().isPresent() && a.email().equals(b.email()))
                || (a.externalId().isPresent() && a.externalId().equals(b.externalId()));
    }

    @Override
    public java.util.Optional<Customer> lockForWrite(OrgId orgId, CustomerId customerId) {
        Customer customer = byId.get(customerId);
        if (customer == null || !customer.orgId().equals(orgId)) {
            return java.util.Optional.empty();
        }
        locked.add(customerId);
        return java.util.Optional.of(copyOf(customer));
    }

    @Override
    public List<CustomerId> loyaltyMembersAfter(OrgId orgId, CustomerId afterId, int limit) {
        return byId.values().stream()
                .filter(c -> c.orgId().equals(orgId) && c.isLoyaltyMember() && !c.isErased())
                .map(Customer::requireId)
                .filter(id -> afterId == null || id.value() > afterId.value())
                .sorted(java.util.Comparator.comparingLong(CustomerId::value))
                .limit(limit)
                .toList();
    }

    /** The stored customer without counting a read: other fakes look up a customer's org through it. */
    java.util.Optional<Customer> peek(CustomerId customerId) {
        return java.util.Optional.ofNullable(byId.get(customerId));
    }

    /**
     * A detached copy, as a database would return: a service changing the customer it locked changes nothing
     * stored until it calls {@link #update}.
     */
    private static Customer copyOf(Customer c) {
        return Customer.reconstitute(c.requireId(), c.orgId(), c.firstname(), c.lastname(), c.mobile().orElse(null),
                c.email().orElse(null), c.externalId().orElse(null), c.type(), c.registration(), c.updatedOn(),
                c.fraud(), c.customFields(), c.extendedFields(), c.cards(), c.notes(), c.erasedOn().orElse(null));
    }
}
