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
    private String firstname;
    private String lastname;
    private Mobile mobile;
    private Email email;
    private ExternalId externalId;
    private CustomerType type;
    private final Registration registration;
    private Instant updatedOn;
    private FraudDetails fraud;
    private final List<CustomField> customFields;
    private final List<ExtendedField> extendedFields;
    private final List<Card> cards;
    private final List<Note> notes;
    /** Set once a PII delete erased the personal data; the id, org, type and registration place remain. */
    private Instant erasedOn;

    private Customer(CustomerId id, OrgId orgId, String firstname, String lastname, Mobile mobile, Email email,
                     ExternalId externalId, CustomerType type, Registration registration, Instant updatedOn,
                     FraudDetails fraud, List<CustomField> customFields, List<ExtendedField> extendedFields,
                     List<Card> cards, List<Note> notes, Instant erasedOn) {
        this.id = id;
        this.orgId = Objects.requireNonNull(orgId, "org id");
        this.erasedOn = erasedOn;
        if (erasedOn == null && mobile == null && email == null && externalId == null) {
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
                registration.registeredOn(), FraudDetails.NONE, customFields, extendedFields, cards, List.of(), null);
    }

    public static Customer reconstitute(CustomerId id, OrgId orgId, String firstname, String lastname,
                                        Mobile mobile, Email email, ExternalId externalId, CustomerType type,
                                        Registration registration, Instant updatedOn, FraudDetails fraud,
                                        List<CustomField> customFields, List<ExtendedField> extendedFields,
                                        List<Card> cards, List<Note> notes) {
        return reconstitute(id, orgId, firstname, lastname, mobile, email, externalId, type, registration, updatedOn,
                fraud, customFields, extendedFields, cards, notes, null);
    }

    /** A stored customer, possibly erased by a PII delete ({@code erasedOn} not null). */
    public static Customer reconstitute(CustomerId id, OrgId orgId, String firstname, String lastname,
                                        Mobile mobile, Email email, ExternalId externalId, CustomerType type,
                                        Registration registration, Instant updatedOn, FraudDetails fraud,
                                        List<CustomField> customFields, List<ExtendedField> extendedFields,
                                        List<Card> cards, List<Note> notes, Instant erasedOn) {
        return new Customer(Objects.requireNonNull(id, "a stored customer has an id"), orgId, firstname, lastname,
                mobile, email, externalId, type, registration, updatedOn, fraud, customFields, extendedFields,
                cards, notes, erasedOn);
    }

    /** The same customer under the id storage gave it. */
    public Customer withId(CustomerId newId) {
        if (id != null) {
            throw new IllegalStateException("customer already has id " + id.value());
        }
        return new Customer(Objects.requireNonNull(newId), orgId, firstname, lastname, mobile, email, externalId,
                type, registration, updatedOn, fraud, customFields, extendedFields, cards, notes, erasedOn);
    }

    /** Replaces first and last name (null: empty). */
    public void rename(String newFirstname, String newLastname, Instant at) {
        requireLive();
        firstname = newFirstname == null ? "" : newFirstname;
        lastname = newLastname == null ? "" : newLastname;
        touch(at);
    }

    /**
     * Sets the three identifiers at once (null: none), so a change that swaps one for another is checked
     * as a whole: at least one must remain. Uniqueness within the org is the caller's to check.
     */
    public void changeIdentifiers(Mobile newMobile, Email newEmail, ExternalId newExternalId, Instant at) {
        requireLive();
        if (newMobile == null && newEmail == null && newExternalId == null) {
            throw new DomainException("NO_IDENTIFIER", "a customer needs a mobile, an e-mail or an external id");
        }
        mobile = newMobile;
        email = newEmail;
        externalId = newExternalId;
        touch(at);
    }

    /** Sets the given custom fields: each replaces the field of the same name, or is added; others stay. */
    public void putCustomFields(List<CustomField> fields, Instant at) {
        requireLive();
        for (CustomField field : fields) {
            customFields.removeIf(f -> f.name().equals(field.name()));
            customFields.add(field);
        }
        touch(at);
    }

    /** Sets the given extended fields: each replaces the field of the same name, or is added; others stay. */
    public void putExtendedFields(List<ExtendedField> fields, Instant at) {
        requireLive();
        for (ExtendedField field : fields) {
            extendedFields.removeIf(f -> f.name().equals(field.name()));
            extendedFields.add(field);
        }
        touch(at);
    }

    /**
     * Changes the customer type. A non-member may join the loyalty program; a member never leaves it,
     * because points, slabs and coupons would be left without an owner.
     */
    public void changeType(CustomerType newType, Instant at) {
        requireLive();
        Objects.requireNonNull(newType, "customer type");
        if (newType == type) {
            return;
        }
        if (type == CustomerType.LOYALTY) {
            throw new DomainException("LOYALTY_IS_FINAL", "a LOYALTY customer cannot become " + newType);
        }
        type = newType;
        touch(at);
    }

    public void markFraud(FraudDetails details) {
        this.fraud = Objects.requireNonNull(details);
        touch(details.modifiedOn());
    }

    public void addNote(Note note) {
        notes.add(Objects.requireNonNull(note));
        touch(note.createdOn());
    }

    /**
     * Erases the personal data under a PII delete: names, identifiers, cards, custom and extended fields,
     * notes and the fraud details (their reason may name the person). What is left (id, org, type,
     * registration place and time) keeps the ledger, bills and coupons pseudonymised, so the org's point
     * liability stays correct.
     *
     * @return a hash of every identifier the customer answered to, for lookups to recognise
     */
    public List<ErasedIdentifier> erase(Instant at) {
        if (erasedOn != null) {
            throw new DomainException("ALREADY_ERASED", "customer was erased on " + erasedOn);
        }
        List<ErasedIdentifier> erased = new ArrayList<>();
        if (mobile != null) {
            erased.add(ErasedIdentifier.of(orgId, IdentifierType.MOBILE, mobile.value()));
        }
        if (email != null) {
            erased.add(ErasedIdentifier.of(orgId, IdentifierType.EMAIL, email.value()));
        }
        if (externalId != null) {
            erased.add(ErasedIdentifier.of(orgId, IdentifierType.EXTERNAL_ID, externalId.value()));
        }
        for (Card card : cards) {
            erased.add(ErasedIdentifier.of(orgId, IdentifierType.CARD_NUMBER, card.number()));
            if (card.externalId() != null) {
                erased.add(ErasedIdentifier.of(orgId, IdentifierType.CARD_EXTERNAL_ID, card.externalId()));
            }
        }
        firstname = "";
        lastname = "";
        mobile = null;
        email = null;
        externalId = null;
        cards.clear();
        customFields.clear();
        extendedFields.clear();
        notes.clear();
        fraud = FraudDetails.NONE;
        erasedOn = Objects.requireNonNull(at, "erase time");
        touch(at);
        return erased;
    }

    private void requireLive() {
        if (erasedOn != null) {
            throw new DomainException("ALREADY_ERASED", "customer was erased on " + erasedOn);
        }
    }

    public boolean isErased() {
        return erasedOn != null;
    }

    public Optional<Instant> erasedOn() {
        return Optional.ofNullable(erasedOn);
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
