package org.loyaltyhub.adapter.rest.customer;

import java.util.List;
import org.loyaltyhub.adapter.rest.RequestStatus;
import org.loyaltyhub.adapter.rest.StatusMessages;
import org.loyaltyhub.adapter.rest.WireValues;
import org.loyaltyhub.application.port.in.CustomerLookupResult;

/**
 * Builds the whole {@code customer/get} answer. The request status follows the batch: every value found
 * is 200, some 201, none 500 (spec 2.1); {@code total} is the number of entries and
 * {@code success_count} the number found. Only a fully successful batch says {@code success: "true"}:
 * Capillary lists 201 among its error codes.
 */
final class CustomerGetResponseAssembler {
    private final CustomerEntryAssembler entries;

    CustomerGetResponseAssembler(CustomerSectionsMapper sections) {
        this.entries = new CustomerEntryAssembler(sections);
    }

    CustomerGetResponse answer(CustomerGetRequest request, CustomerLookupResult result) {
        List<CustomerEntry> customers = result.items().stream()
                .map(item -> entries.entryFor(item, request.identifierType(), request.flags(), request.options()))
                .toList();
        long found = customers.stream().filter(c -> c.itemStatus().succeeded()).count();
        int code;
        String message;
        if (found == customers.size()) {
            code = 200;
            message = StatusMessages.SUCCESS;
        } else if (found > 0) {
            code = 201;
            message = StatusMessages.SOME_FAILED;
        } else {
            code = 500;
            message = StatusMessages.ALL_FAILED;
        }
        RequestStatus status = new RequestStatus(WireValues.bool(code == 200), code, message,
                String.valueOf(customers.size()), String.valueOf(found));
        return new CustomerGetResponse(status, new CustomerList(customers));
    }

    /** A request refused before any lookup: 400, with one entry that says why. */
    CustomerGetResponse rejected(InvalidCustomerGetRequest problem) {
        RequestStatus status = new RequestStatus("false", 400, StatusMessages.INVALID_INPUT, "1", "0");
        return new CustomerGetResponse(status,
                new CustomerList(List.of(FailedCustomer.withoutIdentifier(problem.itemStatus()))));
    }
}
