package org.loyaltyhub.adapter.rest.write;

/**
 * How one write endpoint's batch looks on the wire.
 *
 * @param requestItem the member of {@code root} that holds the items ({@code customer})
 * @param container   the answer's container ({@code customers})
 * @param answerItem  the name of one entry in it ({@code customer})
 * @param family      whose item codes the entries carry
 * @param echo        what a failed entry repeats from its item
 */
public record BatchShape(String requestItem, String container, String answerItem, Family family, Echo echo) {
}
