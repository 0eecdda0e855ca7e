package org.loyaltyhub.adapter.rest.customer;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.loyaltyhub.adapter.rest.auth.ApiCallerAttribute;
import org.loyaltyhub.adapter.rest.auth.RequiresAccess;
import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.application.port.in.CustomerLookupResult;
import org.loyaltyhub.application.port.in.GetCustomerDetailsUseCase;
import org.loyaltyhub.application.port.in.UnknownProgramException;
import org.loyaltyhub.domain.access.AccessLevel;
import org.loyaltyhub.domain.access.Resource;

/**
 * {@code GET /v1.1/customer/get}: Capillary's customer lookup. Runs on the blocking pool because the
 * use case reads the database over JDBC. The HTTP status always equals {@code response.status.code}.
 */
@Controller("/v1.1/customer")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CustomerGetController {
    private final GetCustomerDetailsUseCase getCustomerDetails;
    private final CustomerGetResponseAssembler responses;
    private final int batchLimit;

    CustomerGetController(GetCustomerDetailsUseCase getCustomerDetails, CustomerSectionsMapper sections,
                          @Value("${loyaltyhub.lookup.batch-limit:100}") int batchLimit) {
        this.getCustomerDetails = getCustomerDetails;
        this.responses = new CustomerGetResponseAssembler(sections);
        this.batchLimit = batchLimit;
    }

    // The query string is read as a whole rather than bound parameter by parameter: which identifier
    // was given, and whether two were, is part of the contract.
    // XML is written from the same answer by XmlResponseFilter; */* is listed too so that no Accept header gets a
    // 406: an Accept that names neither JSON nor XML gets JSON (WriteMediaTypes.ANY).
    @Get(uri = "/get", produces = {MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, MediaType.ALL})
    @RequiresAccess(resource = Resource.CUSTOMER, level = AccessLevel.READ)
    public HttpResponse<CustomerGetResponse> get(HttpRequest<?> request) {
        ApiCaller caller = ApiCallerAttribute.of(request);
        CustomerGetResponse body;
        try {
            CustomerGetRequest lookup = CustomerGetRequest.from(request.getParameters().asMap(), batchLimit,
                    request.getHeaders().get("language"));
            CustomerLookupResult result = getCustomerDetails.getCustomerDetails(lookup.toQuery(caller.orgId()));
            body = responses.answer(lookup, result);
        } catch (InvalidCustomerGetRequest problem) {
            body = responses.rejected(problem);
        } catch (UnknownProgramException unknown) {
            body = responses.rejected(new InvalidCustomerGetRequest(ItemCode.INVALID_INPUT,
                    "Invalid value '" + request.getParameters().get("program_id") + "' for parameter 'program_id': "
                            + "use one of this org's programs " + unknown.knownProgramIds()));
        }
        return HttpResponse.<CustomerGetResponse>status(HttpStatus.valueOf(body.statusCode())).body(body);
    }
}
