package org.loyaltyhub.application.port.in;

/**
 * Which parts of a customer a lookup should load. The defaults are Capillary's: the listed sections
 * are on, {@code user_id} and {@code mlp} are off.
 */
public record LookupSections(boolean transactions, boolean coupons, boolean customFields, boolean extendedFields,
                             boolean notes, boolean pointsSummaries) {
    public static final LookupSections DEFAULTS = new LookupSections(true, true, true, true, true, false);
}
