package org.loyaltyhub.application.port.in;

/** What an import stored. */
public record ImportReport(String orgName, int customers, int events, int ledgerEntries, int slabChanges) {
}
