package org.loyaltyhub.adapter.rest.customer;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.loyaltyhub.adapter.rest.ItemStatus;
import org.loyaltyhub.adapter.rest.WireValues;
import org.loyaltyhub.application.port.in.CustomerDetails;
import org.loyaltyhub.application.port.in.CustomerLookupItem;
import org.loyaltyhub.application.port.in.LookupOptions;
import org.loyaltyhub.application.port.in.ProgramSummary;
import org.loyaltyhub.domain.customer.Customer;
import org.loyaltyhub.domain.customer.Email;
import org.loyaltyhub.domain.customer.ExternalId;
import org.loyaltyhub.domain.customer.IdentifierType;
import org.loyaltyhub.domain.customer.Mobile;
import org.loyaltyhub.domain.customer.Registration;
import org.loyaltyhub.domain.ledger.PointsBalance;
import org.loyaltyhub.domain.org.Store;
import org.loyaltyhub.domain.org.Till;

/**
 * Turns one lookup item into its {@code customer} entry. The profile and the top-level figures are put
 * together here because they come from optional parts (the default program may be absent); the
 * embedded rows go through {@link CustomerSectionsMapper}.
 */
final class CustomerEntryAssembler {
    private final CustomerSectionsMapper sections;
    private final OptionalSectionsAssembler optional = new OptionalSectionsAssembler();

    CustomerEntryAssembler(CustomerSectionsMapper sections) {
        this.sections = sections;
    }

    CustomerEntry entryFor(CustomerLookupItem item, IdentifierType identifierType, SectionFlags flags,
                           LookupOptions options) {
        ItemStatus status = ItemCode.of(item.outcome()).status();
        return item.details()
                .<CustomerEntry>map(details -> found(details, flags, options,
                        status.withWarnings(warnings(details, options))))
                .orElseGet(() -> FailedCustomer.of(identifierType, item.requestedValue(), status));
    }

    private FoundCustomer found(CustomerDetails details, SectionFlags flags, LookupOptions options,
                                ItemStatus status) {
        Customer customer = details.customer();
        Registration registration = customer.registration();
        ZoneId zone = details.org().timeZone();
        // Top-level figures are the default program's; a non-loyalty customer has none.
        Optional<ProgramSummary> defaultProgram = details.defaultProgram();
        PointsBalance balance = defaultProgram.map(ProgramSummary::balance).orElse(PointsBalance.EMPTY);

        return new FoundCustomer(
                customer.firstname(),
                customer.lastname(),
                customer.mobile().map(Mobile::value).orElse(null),
                customer.email().map(Email::value).orElse(null),
                customer.externalId().map(ExternalId::value).orElse(null),
                WireValues.number(balance.lifetime()),
                defaultProgram.map(p -> WireValues.number(p.cumulativePurchases())).orElse(BigDecimal.ZERO),
                WireValues.number(balance.available()),
                defaultProgram.map(p -> p.currentSlab().name()).orElse(null),
                WireValues.dateTime(registration.registeredOn(), zone),
                WireValues.dateTime(customer.updatedOn(), zone),
                customer.type().name(),
                registration.source(),
                List.of(),
                customer.gender().orElse(null),
                registration.registeredBy(),
                flags.registeredStore() ? registeredStore(details) : null,
                flags.registeredTill() ? registeredTill(details) : null,
                List.of(),
                flags.fraudDetails() ? sections.fraudDetails(customer.fraud(), zone) : null,
                "",
                flags.userId() ? String.valueOf(customer.requireId().value()) : null,
                flags.slabHistory() ? optional.slabHistory(details) : null,
                null,
                flags.customFields() ? new FieldList(sections.customFieldRows(customer.customFields())) : null,
                flags.extendedFields() ? new FieldList(labelled(sections.extendedFieldRows(customer.extendedFields()),
                        details.fieldLabels())) : null,
                flags.transactions() ? new TransactionList(transactionRows(details, zone, options)) : null,
                flags.coupons() ? new CouponList(sections.couponRows(details.coupons(), zone)) : null,
                flags.notes() ? new NoteList(sections.noteRows(customer.notes(), zone)) : null,
                flags.extras().programSummary() ? optional.programsList(details) : null,
                new PointsSummaryList(flags.mlp() ? pointsSummaries(details) : List.of()),
                optional.sections(details, flags),
                status);
    }

    /** The bills, with their tenders and credit notes when asked for (an empty container when there are none). */
    private List<TransactionRow> transactionRows(CustomerDetails details, ZoneId zone, LookupOptions options) {
        boolean tenders = options.transactionFilter().tenders();
        boolean creditNotes = options.transactionFilter().creditNotes();
        return details.transactions().stream().map(view -> {
            TransactionRow row = sections.transactionRow(view, zone);
            if (!tenders && !creditNotes) {
                return row;
            }
            return row.withPayment(
                    tenders ? new TransactionRow.Tenders(view.payment().tenders().stream()
                            .map(t -> new TransactionRow.Tender(t.mode(), WireValues.text(t.value()))).toList()) : null,
                    creditNotes ? new TransactionRow.CreditNotes(view.payment().creditNotes().stream()
                            .map(n -> new TransactionRow.CreditNote(n.number(), WireValues.text(n.amount()))).toList())
                            : null);
        }).toList();
    }

    private static List<FieldRow> labelled(List<FieldRow> rows, Map<String, String> labels) {
        return labels.isEmpty() ? rows : rows.stream().map(r -> r.withLabel(labels.get(r.name()))).toList();
    }

    private List<PointsSummaryRow> pointsSummaries(CustomerDetails details) {
        return details.programs().stream()
                .map(p -> optional.withGaps(sections.pointsSummaryRow(p), p))
                .toList();
    }

    /**
     * 91012 when an upgrade gap was asked for and the customer holds the highest slab of a program shown;
     * 91011 when a renewal gap was asked for and the customer holds the entry slab (nothing to renew).
     */
    private static List<ItemStatus.Warning> warnings(CustomerDetails details, LookupOptions options) {
        List<ItemStatus.Warning> warnings = new ArrayList<>();
        if (options.gapToUpgradeDays().isPresent()
                && details.programs().stream().anyMatch(ProgramSummary::inHighestSlab)) {
            warnings.add(ItemStatus.Warning.HIGHEST_SLAB);
        }
        if (options.gapToRenewDays().isPresent()
                && details.programs().stream().anyMatch(ProgramSummary::inEntrySlab)) {
            warnings.add(ItemStatus.Warning.LOWEST_SLAB);
        }
        return warnings;
    }

    /** The store's code as registered, with its name when the store is known. */
    private static CodeName registeredStore(CustomerDetails details) {
        String code = details.registeredStore().map(Store::code).orElse(details.customer().registration().storeCode());
        return new CodeName(code, details.registeredStore().map(Store::name).orElse(null));
    }

    private static CodeName registeredTill(CustomerDetails details) {
        String code = details.registeredTill().map(Till::code).orElse(details.customer().registration().tillCode());
        return new CodeName(code, details.registeredTill().map(Till::name).orElse(null));
    }
}
