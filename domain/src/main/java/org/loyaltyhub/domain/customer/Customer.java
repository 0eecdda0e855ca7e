package org.loyaltyhub.domain.customer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.loyaltyhub.domain.org.OrgId;
import org.loyaltyhub.domain.shared.DomainException;

/**
 * A member (or a known non-member) of one org. Created by {@link #register}, rebuilt from storage by
 * {@link #reconstitute}; the id is given by storage.
 */
public final class Customer {
    private final CustomerId id;
    private final OrgId orgId;
    private final String firstname;
    private final String lastname;
    private final Mobile mobile;
    private final Email email;
    private final ExternalId externalId;
    private final CustomerType type;
    private final Registration registration;
    private Instant updatedOn;
    private FraudDetails fraud;
    private final List<CustomField> customFields;
    private final List<ExtendedField> extendedFields;
    private final List<Card> cards;
    private final List<Note> notes;

    private Customer(CustomerId id, OrgId orgId, String firstname, String lastname, Mobile mobile, Email email,
                     ExternalId externalId, CustomerType type, Registration registration, Instant updatedOn,
                     FraudDetails fraud, List<CustomField> customFields, List<ExtendedField> extendedFields,
                     List<Card> cards, List<Note> notes) {
        this.id = id;
        this.orgId = Objects.requireNonNull(orgId, "org id");
        if (mobile == null && email == null && externalId == null) {
            throw new DomainException("NO_IDENTIFIER", "a customer needs a mobile, an e-mail or an external id");
        }
        this.firstname = firstname == null ? "" : firstname;
        this.lastname = lastname == null ? "" : lastname;
        this.mobile = mobile;
        this.email = email;
        this.externalId = externalId;
        this.type = Objects.requireNonNull(type, "customer type");
        this.registration = Objects.requireNonNull(registration, "registration");
        this.updatedOn = updatedOn == null ? registration.registeredOn() : updatedOn;
        this.fraud = fraud == null ? FraudDetails.NONE : fraud;
        this.customFields = new ArrayList<>(customFields == null ? List.of() : customFields);
        this.extendedFields = new ArrayList<>(extendedFields == null ? List.of() : extendedFields);
        this.cards = new ArrayList<>(cards == null ? List.of() : cards);
        this.notes = new ArrayList<>(notes == null ? List.of() : notes);
    }

    public static Customer register(OrgId orgId, String firstname, String lastname, Mobile mobile, Email email,
                                    ExternalId externalId, CustomerType type, Registration registration,
                                    List<CustomField> customFields, List<ExtendedField> extendedFields,
                                    List<Card> cards) {
        return new Customer(null, orgId, firstname, lastname, mobile, email, externalId, type, registration,
                registration.registeredOn(), FraudDetails.NONE, customFields, extendedFields, cards, List.of());
    }

    public static Customer reconstitute(CustomerId id, OrgId orgId, String firstname, String lastname,
                                        Mobile mobile, Email email, ExternalId externalId, CustomerType type,
                                        Registration registration, Instant updatedOn, FraudDetails fraud,
                                        List<CustomField> customFields, List<ExtendedField> extendedFields,
                                        List<Card> cards, List<Note> notes) {
        return new Customer(Objects.requireNonNull(id, "a stored customer has an id"), orgId, firstname, lastname,
                mobile, email, externalId, type, registration, updatedOn, fraud, customFields, extendedFields,
                cards, notes);
    }

    /** The same customer under the id storage gave it. */
    public Customer withId(CustomerId newId) {
        if (id != null) {
            throw new IllegalStateException("customer already has id " + id.value());
        }
        return new Customer(Objects.requireNonNull(newId), orgId, firstname, lastname, mobile, email, externalId,
                type, registration, updatedOn, fraud, customFields, extendedFields, cards, notes);
    }

    public void markFraud(FraudDetails details) {
        this.fraud = Objects.requireNonNull(details);
        touch(details.modifiedOn());
    }

    public void addNote(Note note) {
        notes.add(Objects.requireNonNull(note));
        touch(note.createdOn());
    }

    /** Redeeming points or coupons is refused while the customer is marked or confirmed as fraud. */
    public void assertMaySpend() {
        if (fraud.status().blocksSpending()) {
            throw new DomainException("FRAUD_BLOCKED",
                    "customer is marked as fraud (" + fraud.status() + ") and cannot redeem");
        }
    }

    public boolean isLoyaltyMember() {
        return type == CustomerType.LOYALTY;
    }

    private void touch(Instant at) {
        if (at != null && at.isAfter(updatedOn)) {
            updatedOn = at;
        }
    }

    /** The top-level {@code gender} is the extended field of that name. */
    public Optional<String> gender() {
        return extendedFields.stream().filter(f -> f.name().equals("gender")).map(ExtendedField::value).findFirst();
    }

    public Optional<CustomerId> id() { return Optional.ofNullable(id); }
    public CustomerId requireId() {
        if (id == null) {
            throw new IllegalStateException("customer is not stored yet");
        }
        return id;
    }
    public OrgId orgId() { return orgId; }
    public String firstname() { return firstname; }
    public String lastname() { return lastname; }
    public Optional<Mobile> mobile() { return Optional.ofNullable(mobile); }
    public Optional<Email> email() { return Optional.ofNullable(email); }
    public Optional<ExternalId> externalId() { return Optional.ofNullable(externalId); }
    public CustomerType type() { return type; }
    public Registration registration() { return registration; }
    public Instant updatedOn() { return updatedOn; }
    public FraudDetails fraud() { return fraud; }
    public List<CustomField> customFields() { return List.copyOf(customFields); }
    public List<ExtendedField> extendedFields() { return List.copyOf(extendedFields); }
    public List<Card> cards() { return List.copyOf(cards); }
    public List<Note> notes() { return List.copyOf(notes); }
}
