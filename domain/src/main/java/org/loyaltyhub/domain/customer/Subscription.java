package org.loyaltyhub.domain.customer;

import java.util.Objects;

/**
 * Whether a customer accepts messages on one channel at one priority: transactional (TRANS: receipts,
 * points updates) or promotional (BULK).
 */
public record Subscription(Channel channel, Priority priority, boolean subscribed) {
    public enum Channel { SMS, EMAIL }

    public enum Priority { TRANS, BULK }

    public Subscription {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(priority, "priority");
    }
}
