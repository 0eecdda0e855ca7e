package org.loyaltyhub.adapter.rest.customer;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.loyaltyhub.adapter.rest.write.Fields;
import org.loyaltyhub.adapter.rest.write.ItemFailure;
import org.loyaltyhub.adapter.rest.write.NameValues;
import org.loyaltyhub.application.port.in.write.CustomerProfile;
import org.loyaltyhub.application.port.in.write.CustomerRef;
import org.loyaltyhub.domain.customer.CustomField;
import org.loyaltyhub.domain.customer.CustomerType;
import org.loyaltyhub.domain.customer.Email;
import org.loyaltyhub.domain.customer.ExtendedField;
import org.loyaltyhub.domain.customer.ExternalId;
import org.loyaltyhub.domain.customer.FraudStatus;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.customer.Mobile;
import org.loyaltyhub.domain.customer.Subscription;

/**
 * Turns a customer item into the profile the use cases take. Identifiers are checked here so each bad one
 * gets Capillary's own code (1001 mobile, 1002 e-mail, 1003 external id); everything else the use case
 * validates. A blank value counts as not sent: in an update it changes nothing.
 */
final class ProfileReader {
    static final String INVALID_MOBILE = "1001";
    static final String INVALID_EMAIL = "1002";
    static final String INVALID_EXTERNAL_ID = "1003";
    static final String NO_IDENTIFIER = "1007";

    private ProfileReader() {
    }

    /** customer/add: at least one of mobile, email, external_id; fraud status is not taken on an add. */
    static CustomerProfile forAdd(CustomerWriteItem item, ZoneId zone) {
        String mobile = mobile(item.mobile());
        String email = email(item.email());
        String externalId = externalId(item.externalId());
        if (mobile == null && email == null && externalId == null) {
            throw new ItemFailure(NO_IDENTIFIER, "Unable to register customer. No valid primary identifier "
                    + "mobile number, email ID, or external ID passed");
        }
        return new CustomerProfile(mobile, email, externalId, Fields.text(item.firstname()),
                Fields.text(item.lastname()), type(item), Fields.time("registered_on", item.registeredOn(), zone),
                customFields(item), extendedFields(item), subscriptions(item), null);
    }

    /**
     * customer/update: the identifier {@code ref} names the customer and stays as it is; the other identifiers
     * sent are changes.
     */
    static CustomerProfile forUpdate(CustomerWriteItem item, CustomerRef ref) {
        return new CustomerProfile(
                ref.type() == IdentifierType.MOBILE ? null : mobile(item.mobile()),
                ref.type() == IdentifierType.EMAIL ? null : email(item.email()),
                ref.type() == IdentifierType.EXTERNAL_ID ? null : externalId(item.externalId()),
                Fields.text(item.firstname()), Fields.text(item.lastname()), type(item), null,
                customFields(item), extendedFields(item), subscriptions(item), fraudStatus(item));
    }

    private static String mobile(String raw) {
        String value = Fields.text(raw);
        if (value != null && !Mobile.isValid(value)) {
            throw new ItemFailure(INVALID_MOBILE, "Invalid mobile number: '" + value
                    + "' (8 to 15 digits with country code)");
        }
        return value;
    }

    private static String email(String raw) {
        String value = Fields.text(raw);
        if (value != null && !Email.isValid(value)) {
            throw new ItemFailure(INVALID_EMAIL, "Invalid email id: '" + value + "'");
        }
        return value;
    }

    private static String externalId(String raw) {
        String value = Fields.text(raw);
        if (value != null && !ExternalId.isValid(value)) {
            throw new ItemFailure(INVALID_EXTERNAL_ID, "Invalid external id: '" + value
                    + "' (1 to 64 visible characters)");
        }
        return value;
    }

    private static CustomerType type(CustomerWriteItem item) {
        return Fields.choice("type", item.type(), CustomerType.class);
    }

    private static FraudStatus fraudStatus(CustomerWriteItem item) {
        String status = item.fraudDetails() != null && Fields.text(item.fraudDetails().status()) != null
                ? item.fraudDetails().status() : item.fraudStatus();
        return Fields.choice("fraud_details.status", status, FraudStatus.class);
    }

    private static List<CustomField> customFields(CustomerWriteItem item) {
        return fields("custom_fields", item.customFields(), CustomField::new);
    }

    private static List<ExtendedField> extendedFields(CustomerWriteItem item) {
        return fields("extended_fields", item.extendedFields(), ExtendedField::new);
    }

    /** Null when the section was not sent (unchanged, or none on an add). */
    private static <F> List<F> fields(String section, NameValues sent, BiFunction<String, String, F> make) {
        if (sent == null) {
            return null;
        }
        List<F> fields = new ArrayList<>();
        for (int i = 0; i < sent.field().size(); i++) {
            NameValues.NameValue field = sent.field().get(i);
            try {
                fields.add(make.apply(Fields.text(field.name()), field.value() == null ? "" : field.value().trim()));
            } catch (IllegalArgumentException bad) {
                throw ItemFailure.invalid(section + ".field[" + i + "]: " + bad.getMessage());
            }
        }
        return fields;
    }

    private static List<Subscription> subscriptions(CustomerWriteItem item) {
        if (item.subscriptions() == null) {
            return null;
        }
        List<Subscription> subscriptions = new ArrayList<>();
        List<CustomerWriteItem.Subscription> sent = item.subscriptions().subscription();
        for (int i = 0; i < sent.size(); i++) {
            CustomerWriteItem.Subscription s = sent.get(i);
            String at = "subscriptions.subscription[" + i + "].";
            String channel = Fields.text(s.type()) != null ? s.type() : s.channel();
            Subscription.Channel parsedChannel = Fields.choice(at + "type", channel, Subscription.Channel.class);
            Subscription.Priority priority = Fields.choice(at + "priority", s.priority(), Subscription.Priority.class);
            Boolean subscribed = Fields.flag(at + "is_subscribed", s.isSubscribed());
            if (parsedChannel == null || priority == null || subscribed == null) {
                throw ItemFailure.invalid("subscriptions.subscription[" + i + "] needs type (SMS or EMAIL), "
                        + "priority (TRANS or BULK) and is_subscribed (1 or 0)");
            }
            subscriptions.add(new Subscription(parsedChannel, priority, subscribed));
        }
        return subscriptions;
    }
}
