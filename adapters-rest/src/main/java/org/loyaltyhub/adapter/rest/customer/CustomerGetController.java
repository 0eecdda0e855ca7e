package org.loyaltyhub.adapter.rest.customer;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.loyaltyhub.adapter.rest.auth.ApiCallerAttribute;
import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.application.port.in.CustomerLookupResult;
import org.loyaltyhub.application.port.in.GetCustomerDetailsUseCase;

/**
 * {@code GET /v1.1/customer/get}: Capillary's customer lookup. Runs on the blocking pool because the
 * use case reads the database over JDBC. The HTTP status always equals {@code response.status.code}.
 */
@Controller("/v1.1/customer")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CustomerGetController {
    private final GetCustomerDetailsUseCase getCustomerDetails;
    private final CustomerGetResponseAssembler responses;

    CustomerGetController(GetCustomerDetailsUseCase getCustomerDetails, CustomerSectionsMapper sections) {
        this.getCustomerDetails = getCustomerDetails;
        this.responses = new CustomerGetResponseAssembler(sections);
    }

    // The query string is read as a whole rather than bound parameter by parameter: which identifier
    // was given, and whether two were, is part of the contract.
    @Get(uri = "/get", produces = MediaType.APPLICATION_JSON)
    public HttpResponse<CustomerGetResponse> get(HttpRequest<?> request) {
        ApiCaller caller = ApiCallerAttribute.of(request);
        CustomerGetResponse body;
        try {
            CustomerGetRequest lookup = CustomerGetRequest.from(request.getParameters().asMap());
            CustomerLookupResult result = getCustomerDetails.getCustomerDetails(lookup.toQuery(caller.orgId()));
            body = responses.answer(lookup, result);
        } catch (InvalidCustomerGetRequest problem) {
            body = responses.rejected(problem);
        }
        return HttpResponse.<CustomerGetResponse>status(HttpStatus.valueOf(body.statusCode())).body(body);
    }
}
