package org.loyaltyhub.adapter.persistence.customer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loyaltyhub.domain.customer.ProfileExtras;
import org.loyaltyhub.domain.customer.Subscription;

/** Turns a customer's optional profile parts into attribute rows and back. */
final class ProfileExtrasRows {
    private ProfileExtrasRows() {
    }

    static List<AttributeRow> toRows(long customerId, ProfileExtras extras) {
        List<AttributeRow> rows = new ArrayList<>();
        for (Subscription s : extras.subscriptions()) {
            rows.add(new AttributeRow(null, customerId, rows.size(), "SUBSCRIPTION",
                    s.channel().name() + ":" + s.priority().name(), String.valueOf(s.subscribed())));
        }
        extras.segments().forEach((name, value) ->
                rows.add(new AttributeRow(null, customerId, rows.size(), "SEGMENT", name, value)));
        if (extras.ndncStatus() != null) {
            rows.add(new AttributeRow(null, customerId, rows.size(), "NDNC", null, extras.ndncStatus()));
        }
        if (extras.userGroup() != null) {
            rows.add(new AttributeRow(null, customerId, rows.size(), "USER_GROUP", null, extras.userGroup()));
        }
        if (extras.imageUrl() != null) {
            rows.add(new AttributeRow(null, customerId, rows.size(), "IMAGE", null, extras.imageUrl()));
        }
        return rows;
    }

    /** @param rows one customer's rows, in position order */
    static ProfileExtras fromRows(List<AttributeRow> rows) {
        List<Subscription> subscriptions = new ArrayList<>();
        Map<String, String> segments = new LinkedHashMap<>();
        String ndnc = null;
        String group = null;
        String image = null;
        for (AttributeRow row : rows) {
            switch (row.kind()) {
                case "SUBSCRIPTION" -> {
                    String[] parts = row.attributeName().split(":");
                    subscriptions.add(new Subscription(Subscription.Channel.valueOf(parts[0]),
                            Subscription.Priority.valueOf(parts[1]), Boolean.parseBoolean(row.attributeValue())));
                }
                case "SEGMENT" -> segments.put(row.attributeName(), row.attributeValue());
                case "NDNC" -> ndnc = row.attributeValue();
                case "USER_GROUP" -> group = row.attributeValue();
                case "IMAGE" -> image = row.attributeValue();
                default -> throw new IllegalStateException("unknown customer attribute kind " + row.kind());
            }
        }
        return new ProfileExtras(subscriptions, ndnc, segments, group, image);
    }
}
