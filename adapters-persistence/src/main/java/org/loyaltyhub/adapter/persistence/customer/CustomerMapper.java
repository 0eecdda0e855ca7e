package org.loyaltyhub.adapter.persistence.customer;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.loyaltyhub.adapter.persistence.UtcColumns;
import org.loyaltyhub.domain.customer.Card;
import org.loyaltyhub.domain.customer.CustomField;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.CustomerId;
import org.loyaltyhub.domain.customer.CustomerType;
import org.loyaltyhub.domain.customer.Email;
import org.loyaltyhub.domain.customer.ExtendedField;
import org.loyaltyhub.domain.customer.ExternalId;
import org.loyaltyhub.domain.customer.FraudDetails;
import org.loyaltyhub.domain.customer.FraudStatus;
import org.loyaltyhub.domain.customer.Mobile;
import org.loyaltyhub.domain.customer.Note;
import org.loyaltyhub.domain.customer.Registration;
import org.loyaltyhub.domain.org.OrgId;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.ReportingPolicy;

/**
 * Customer to rows and back. The child records map field by field; the customer itself is an
 * entity with fluent accessors and a factory, so its two directions are written out and rebuild it
 * through {@link Customer#reconstitute}.
 */
@Mapper(componentModel = "jakarta", uses = UtcColumns.class, unmappedTargetPolicy = ReportingPolicy.ERROR)
interface CustomerMapper {

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "cardNumber", source = "card.number")
    @Mapping(target = "cardExternalId", source = "card.externalId")
    @Mapping(target = "status", source = "card.status")
    CardRow toRow(Card card, long customerId, long orgId, int position);

    @Mapping(target = "number", source = "cardNumber")
    @Mapping(target = "externalId", source = "cardExternalId")
    Card toCard(CardRow row);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "fieldName", source = "field.name")
    @Mapping(target = "fieldValue", source = "field.value")
    CustomFieldRow toRow(CustomField field, long customerId, int position);

    @Mapping(target = "name", source = "fieldName")
    @Mapping(target = "value", source = "fieldValue")
    CustomField toCustomField(CustomFieldRow row);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "fieldName", source = "field.name")
    @Mapping(target = "fieldValue", source = "field.value")
    ExtendedFieldRow toRow(ExtendedField field, long customerId, int position);

    @Mapping(target = "name", source = "fieldName")
    @Mapping(target = "value", source = "fieldValue")
    ExtendedField toExtendedField(ExtendedFieldRow row);

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "createdOn", source = "note.createdOn")
    @Mapping(target = "createdBy", source = "note.createdBy")
    @Mapping(target = "noteText", source = "note.text")
    NoteRow toRow(Note note, long customerId, int position);

    @Mapping(target = "text", source = "noteText")
    Note toNote(NoteRow row);

    /** The customer's own row; its id is null for a customer not stored yet. */
    default CustomerRow toRow(Customer customer) {
        Registration registration = customer.registration();
        FraudDetails fraud = customer.fraud();
        return new CustomerRow(
                customer.id().map(CustomerId::value).orElse(null),
                customer.orgId().value(),
                customer.firstname(),
                customer.lastname(),
                customer.mobile().map(Mobile::value).orElse(null),
                customer.email().map(Email::value).orElse(null),
                customer.externalId().map(ExternalId::value).orElse(null),
                customer.type().name(),
                registration.source(),
                column(registration.registeredOn()),
                registration.registeredBy(),
                registration.storeCode(),
                registration.tillCode(),
                column(customer.updatedOn()),
                fraud.status().name(),
                fraud.markedBy(),
                column(fraud.modifiedOn()),
                fraud.reason(),
                column(customer.erasedOn().orElse(null)));
    }

    default Customer toCustomer(CustomerRow row, List<CustomField> customFields, List<ExtendedField> extendedFields,
                                List<Card> cards, List<Note> notes) {
        return Customer.reconstitute(
                new CustomerId(row.id()),
                new OrgId(row.orgId()),
                row.firstname(),
                row.lastname(),
                row.mobile() == null ? null : new Mobile(row.mobile()),
                row.email() == null ? null : new Email(row.email()),
                row.externalId() == null ? null : new ExternalId(row.externalId()),
                CustomerType.valueOf(row.customerType()),
                new Registration(instant(row.registeredOn()), row.source(), row.registeredBy(),
                        row.registeredStoreCode(), row.registeredTillCode()),
                instant(row.updatedOn()),
                new FraudDetails(FraudStatus.valueOf(row.fraudStatus()), row.fraudMarkedBy(),
                        instant(row.fraudModifiedOn()), row.fraudReason()),
                customFields,
                extendedFields,
                cards,
                notes,
                instant(row.erasedOn()));
    }

    private static LocalDateTime column(Instant instant) {
        return UtcColumns.toColumn(instant);
    }

    private static Instant instant(LocalDateTime column) {
        return UtcColumns.toInstant(column);
    }
}
