package org.loyaltyhub.adapter.persistence.customer;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.loyaltyhub.application.port.out.Customers;
import org.loyaltyhub.domain.customer.Card;
import org.loyaltyhub.domain.customer.CustomField;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.customer.ErasedIdentifier;
import org.loyaltyhub.domain.customer.ExtendedField;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.customer.Note;
import org.loyaltyhub.domain.customer.ProfileExtras;
import org.loyaltyhub.domain.org.OrgId;

/**
 * Customers in five tables: the profile, and cards, custom fields, extended fields and notes.
 * A lookup costs one query for the matching profiles plus one for all their child rows
 * ({@link CustomerChildRows}), whatever the batch size.
 */
@Singleton
public class JdbcCustomers implements Customers {
    private final CustomerRepository customers;
    private final CardRepository cards;
    private final CustomFieldRepository customFields;
    private final ExtendedFieldRepository extendedFields;
    private final NoteRepository notes;
    private final CustomerMapper mapper;
    private final ErasedIdentifierRepository erased;
    private final AttributeRepository attributes;
    private final CustomerChildRows childRows;

    JdbcCustomers(CustomerRepository customers, CardRepository cards, CustomFieldRepository customFields,
                  ExtendedFieldRepository extendedFields, NoteRepository notes, CustomerMapper mapper,
                  ErasedIdentifierRepository erased, AttributeRepository attributes, CustomerChildRows childRows) {
        this.childRows = childRows;
        this.erased = erased;
        this.attributes = attributes;
        this.customers = customers;
        this.cards = cards;
        this.customFields = customFields;
        this.extendedFields = extendedFields;
        this.notes = notes;
        this.mapper = mapper;
    }

    @Override
    public Customer add(Customer customer) {
        if (customer.id().isPresent()) {
            throw new IllegalArgumentException("customer " + customer.id().get().value() + " is already stored");
        }
        CustomerRow saved = customers.save(mapper.toRow(customer));
        saveChildren(saved.id(), customer);
        return customer.withId(new CustomerId(saved.id()));
    }

    /** The profile row is overwritten; the child rows are replaced, which keeps their order simple. */
    @Override
    public void update(Customer customer) {
        long id = customer.requireId().value();
        customers.update(mapper.toRow(customer));
        cards.deleteByCustomerId(id);
        customFields.deleteByCustomerId(id);
        extendedFields.deleteByCustomerId(id);
        notes.deleteByCustomerId(id);
        if (customer.isErased()) {
            attributes.deleteByCustomerId(id);
        }
        saveChildren(id, customer);
    }

    @Override
    public void saveExtras(CustomerId customerId, ProfileExtras extras) {
        attributes.deleteByCustomerId(customerId.value());
        List<AttributeRow> rows = ProfileExtrasRows.toRows(customerId.value(), extras);
        if (!rows.isEmpty()) {
            attributes.saveAll(rows);
        }
    }

    @Override
    public Map<CustomerId, ProfileExtras> extrasOf(Collection<CustomerId> customerIds) {
        if (customerIds.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = customerIds.stream().map(CustomerId::value).distinct().toList();
        Map<Long, List<AttributeRow>> byCustomer = group(attributes.findByCustomerIdInOrderByPosition(ids),
                AttributeRow::customerId, row -> row);
        Map<CustomerId, ProfileExtras> extras = new java.util.LinkedHashMap<>();
        byCustomer.forEach((id, rows) -> extras.put(new CustomerId(id), ProfileExtrasRows.fromRows(rows)));
        return extras;
    }

    @Override
    public List<Customer> findBy(OrgId orgId, IdentifierType type, Collection<String> values) {
        Set<String> distinct = new LinkedHashSet<>(values);
        if (distinct.isEmpty()) {
            return List.of();
        }
        long org = orgId.value();
        List<CustomerRow> rows = switch (type) {
            case ID -> {
                List<Long> ids = customerIds(distinct);
                yield ids.isEmpty() ? List.of() : customers.findByOrgIdAndIdInOrderById(org, ids);
            }
            case MOBILE -> customers.findByMobiles(org, distinct);
            case EMAIL -> customers.findByEmails(org, distinct);
            case EXTERNAL_ID -> customers.findByExternalIds(org, distinct);
            case CARD_NUMBER -> customers.findByCardNumbers(org, distinct);
            case CARD_EXTERNAL_ID -> customers.findByCardExternalIds(org, distinct);
        };
        return withChildren(rows);
    }

    @Override
    public void addErasedIdentifiers(OrgId orgId, CustomerId customerId, List<ErasedIdentifier> identifiers) {
        if (!identifiers.isEmpty()) {
            erased.saveAll(identifiers.stream().map(i -> new ErasedIdentifierRow(null, orgId.value(),
                    customerId.value(), i.hash())).toList());
        }
    }

    @Override
    public Set<String> erasedAmong(OrgId orgId, Collection<String> hashes) {
        if (hashes.isEmpty()) {
            return Set.of();
        }
        return erased.findByOrgIdAndIdentifierHashIn(orgId.value(), new LinkedHashSet<>(hashes)).stream()
                .map(ErasedIdentifierRow::identifierHash).collect(Collectors.toSet());
    }

    /** The row lock first, then the child rows, read as {@link #findBy} reads them. */
    @Override
    public Optional<Customer> lockForWrite(OrgId orgId, CustomerId customerId) {
        return customers.lockById(orgId.value(), customerId.value())
                .map(row -> withChildren(List.of(row)).get(0));
    }

    @Override
    public List<CustomerId> loyaltyMembersAfter(OrgId orgId, CustomerId afterId, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        // Ids are positive, so 0 pages from the start.
        long after = afterId == null ? 0 : afterId.value();
        return customers.findLoyaltyIdsAfter(orgId.value(), after, limit).stream().map(CustomerId::new).toList();
    }

    /** Values that are not customer ids cannot match one; they are left out rather than failing the batch. */
    private static List<Long> customerIds(Collection<String> values) {
        return values.stream()
                .map(CustomerId::parse)
                .flatMap(Optional::stream)
                .map(CustomerId::value)
                .toList();
    }

    private List<Customer> withChildren(List<CustomerRow> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        CustomerChildRows.Children children = childRows.of(rows.stream().map(CustomerRow::id).toList());
        List<Customer> found = new ArrayList<>(rows.size());
        for (CustomerRow row : rows) {
            found.add(mapper.toCustomer(row,
                    children.customFields().getOrDefault(row.id(), List.of()).stream().map(mapper::toCustomField).toList(),
                    children.extendedFields().getOrDefault(row.id(), List.of()).stream()
                            .map(mapper::toExtendedField).toList(),
                    children.cards().getOrDefault(row.id(), List.of()).stream().map(mapper::toCard).toList(),
                    children.notes().getOrDefault(row.id(), List.of()).stream().map(mapper::toNote).toList()));
        }
        return found;
    }

    private void saveChildren(long customerId, Customer customer) {
        long orgId = customer.orgId().value();
        List<CardRow> cardRows = new ArrayList<>();
        for (Card card : customer.cards()) {
            cardRows.add(mapper.toRow(card, customerId, orgId, cardRows.size()));
        }
        List<CustomFieldRow> customRows = new ArrayList<>();
        for (CustomField field : customer.customFields()) {
            customRows.add(mapper.toRow(field, customerId, customRows.size()));
        }
        List<ExtendedFieldRow> extendedRows = new ArrayList<>();
        for (ExtendedField field : customer.extendedFields()) {
            extendedRows.add(mapper.toRow(field, customerId, extendedRows.size()));
        }
        List<NoteRow> noteRows = new ArrayList<>();
        for (Note note : customer.notes()) {
            noteRows.add(mapper.toRow(note, customerId, noteRows.size()));
        }
        if (!cardRows.isEmpty()) {
            cards.saveAll(cardRows);
        }
        if (!customRows.isEmpty()) {
            customFields.saveAll(customRows);
        }
        if (!extendedRows.isEmpty()) {
            extendedFields.saveAll(extendedRows);
        }
        if (!noteRows.isEmpty()) {
            notes.saveAll(noteRows);
        }
    }

    /** Groups rows by customer id, keeping the order the query returned them in. */
    private static <R, T> Map<Long, List<T>> group(List<R> rows, Function<R, Long> customerId, Function<R, T> map) {
        return rows.stream().collect(Collectors.groupingBy(customerId, Collectors.mapping(map, Collectors.toList())));
    }
}
