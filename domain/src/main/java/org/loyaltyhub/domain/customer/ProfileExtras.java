package org.loyaltyhub.domain.customer;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parts of a profile that only optional sections show: message subscriptions, the NDNC (do not
 * call) register status, segments (name to value), the user group and an image. Kept apart from the
 * customer so an ordinary lookup does not read them.
 *
 * @param ndncStatus {@code DND} (on the do-not-disturb register), {@code NOT_DND}, or null when never checked
 */
public record ProfileExtras(List<Subscription> subscriptions, String ndncStatus, Map<String, String> segments,
                            String userGroup, String imageUrl) {
    public static final ProfileExtras NONE = new ProfileExtras(List.of(), null, Map.of(), null, null);
    public static final Set<String> NDNC_STATUSES = Set.of("DND", "NOT_DND");

    public ProfileExtras {
        subscriptions = List.copyOf(subscriptions == null ? List.of() : subscriptions);
        segments = segments == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(segments));
        if (ndncStatus != null && !NDNC_STATUSES.contains(ndncStatus)) {
            throw new IllegalArgumentException("NDNC status must be one of " + NDNC_STATUSES + ", got " + ndncStatus);
        }
    }

    public boolean isEmpty() {
        return subscriptions.isEmpty() && ndncStatus == null && segments.isEmpty() && userGroup == null
                && imageUrl == null;
    }
}
