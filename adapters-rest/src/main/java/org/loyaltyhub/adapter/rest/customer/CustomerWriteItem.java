package org.loyaltyhub.adapter.rest.customer;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.loyaltyhub.adapter.rest.write.CustomerIdentifiers;
import org.loyaltyhub.adapter.rest.write.NameValues;

/**
 * One {@code root.customer} item of customer/add, customer/update or customer/pii_delete, values as sent.
 * Fraud status may come as {@code fraud_details.status} (the shape customer/get shows) or {@code fraud_status}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record CustomerWriteItem(
        String id,
        @JsonProperty("user_id") String userId,
        String mobile,
        String email,
        @JsonProperty("external_id") String externalId,
        String firstname,
        String lastname,
        String type,
        @JsonProperty("registered_on") String registeredOn,
        @JsonProperty("custom_fields") NameValues customFields,
        @JsonProperty("extended_fields") NameValues extendedFields,
        Subscriptions subscriptions,
        @JsonProperty("fraud_details") Fraud fraudDetails,
        @JsonProperty("fraud_status") String fraudStatus) {

    CustomerIdentifiers identifiers() {
        return new CustomerIdentifiers(id, userId, mobile, email, externalId, null, null);
    }

    /** Capillary's shape: {@code {"subscription": [{"priority": "TRANS", "type": "SMS", "is_subscribed": "1"}]}}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Subscriptions(List<Subscription> subscription) {
        Subscriptions {
            subscription = subscription == null ? List.of()
                    : subscription.stream().filter(java.util.Objects::nonNull).toList();
        }
    }

    /** {@code type} is the channel (SMS, EMAIL); {@code channel} is accepted for it too. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Subscription(String priority, String type, String channel,
                        @JsonProperty("is_subscribed") String isSubscribed) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Fraud(String status) {
    }
}
