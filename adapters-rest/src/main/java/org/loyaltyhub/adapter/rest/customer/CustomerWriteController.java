package org.loyaltyhub.adapter.rest.customer;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.time.ZoneId;
import org.loyaltyhub.adapter.rest.OrgTimeZones;
import org.loyaltyhub.adapter.rest.auth.ApiCallerAttribute;
import org.loyaltyhub.adapter.rest.auth.RequiresAccess;
import org.loyaltyhub.adapter.rest.write.BatchShape;
import org.loyaltyhub.adapter.rest.write.Echo;
import org.loyaltyhub.adapter.rest.write.Family;
import org.loyaltyhub.adapter.rest.write.ItemFailure;
import org.loyaltyhub.adapter.rest.write.WriteAnswer;
import org.loyaltyhub.adapter.rest.write.WriteBatches;
import org.loyaltyhub.adapter.rest.write.WriteMediaTypes;
import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.application.port.in.write.CustomerRef;
import org.loyaltyhub.application.port.in.write.CustomerWritten;
import org.loyaltyhub.application.port.in.write.EraseCustomerUseCase;
import org.loyaltyhub.application.port.in.write.RegisterCustomerUseCase;
import org.loyaltyhub.application.port.in.write.UpdateCustomerUseCase;
import org.loyaltyhub.domain.access.AccessLevel;
import org.loyaltyhub.domain.access.Resource;
import org.loyaltyhub.domain.customer.CustomerId;

/**
 * {@code POST /v1.1/customer/add}, {@code /update} and {@code /pii_delete}: a batch of {@code root.customer}
 * items, each one use-case call in its own transaction. Answers {@code customers.customer}, one entry per item.
 */
@Controller("/v1.1/customer")
@ExecuteOn(TaskExecutors.BLOCKING)
public class CustomerWriteController {
    private static final BatchShape SHAPE = new BatchShape("customer", "customers", "customer", Family.CUSTOMER,
            Echo.identifiers());
    /** customer/get's code for a request that names no customer. */
    private static final String NO_IDENTIFIER = "1015";

    private final RegisterCustomerUseCase register;
    private final UpdateCustomerUseCase update;
    private final EraseCustomerUseCase erase;
    private final WriteBatches batches;
    private final OrgTimeZones zones;

    CustomerWriteController(RegisterCustomerUseCase register, UpdateCustomerUseCase update,
                            EraseCustomerUseCase erase, WriteBatches batches, OrgTimeZones zones) {
        this.register = register;
        this.update = update;
        this.erase = erase;
        this.batches = batches;
        this.zones = zones;
    }

    /** Registers each customer; identifiers that already belong to one customer update that customer. */
    @Post(uri = "/add", consumes = {WriteMediaTypes.JSON, WriteMediaTypes.XML, WriteMediaTypes.TEXT_XML},
            produces = {WriteMediaTypes.JSON, WriteMediaTypes.XML, WriteMediaTypes.ANY})
    @RequiresAccess(resource = Resource.CUSTOMER, level = AccessLevel.WRITE)
    public HttpResponse<WriteAnswer> add(HttpRequest<?> request, @Nullable @Body byte[] body) {
        ApiCaller caller = ApiCallerAttribute.of(request);
        ZoneId zone = zones.zoneOf(caller.orgId());
        return batches.run(request, body, SHAPE, item -> {
            CustomerWriteItem sent = batches.reader().bind(item, CustomerWriteItem.class, "customer");
            CustomerWritten written = register.register(caller, ProfileReader.forAdd(sent, zone));
            return WrittenCustomer.of(written, zone, Family.CUSTOMER.success(written.created()
                    ? "Customer registered successfully" : "Customer updated successfully"));
        });
    }

    /**
     * Changes the customer the first of id, mobile, email, external_id names; the other identifiers sent
     * become its new values.
     */
    @Post(uri = "/update", consumes = {WriteMediaTypes.JSON, WriteMediaTypes.XML, WriteMediaTypes.TEXT_XML},
            produces = {WriteMediaTypes.JSON, WriteMediaTypes.XML, WriteMediaTypes.ANY})
    @RequiresAccess(resource = Resource.CUSTOMER, level = AccessLevel.WRITE)
    public HttpResponse<WriteAnswer> update(HttpRequest<?> request, @Nullable @Body byte[] body) {
        ApiCaller caller = ApiCallerAttribute.of(request);
        ZoneId zone = zones.zoneOf(caller.orgId());
        return batches.run(request, body, SHAPE, item -> {
            CustomerWriteItem sent = batches.reader().bind(item, CustomerWriteItem.class, "customer");
            CustomerRef ref = refOf(sent);
            CustomerWritten written = update.update(caller, ref, ProfileReader.forUpdate(sent, ref));
            return WrittenCustomer.of(written, zone, Family.CUSTOMER.success("Customer updated successfully"));
        });
    }

    /** Erases each named customer's personal data; customer/get then answers 8109 for them. */
    @Post(uri = "/pii_delete", consumes = {WriteMediaTypes.JSON, WriteMediaTypes.XML, WriteMediaTypes.TEXT_XML},
            produces = {WriteMediaTypes.JSON, WriteMediaTypes.XML, WriteMediaTypes.ANY})
    @RequiresAccess(resource = Resource.CUSTOMER, level = AccessLevel.WRITE)
    public HttpResponse<WriteAnswer> piiDelete(HttpRequest<?> request, @Nullable @Body byte[] body) {
        ApiCaller caller = ApiCallerAttribute.of(request);
        return batches.run(request, body, SHAPE, item -> {
            CustomerWriteItem sent = batches.reader().bind(item, CustomerWriteItem.class, "customer");
            CustomerId erased = erase.erase(caller, refOf(sent));
            return new ErasedCustomer(String.valueOf(erased.value()),
                    Family.CUSTOMER.success("Customer's personal data erased"));
        });
    }

    private static CustomerRef refOf(CustomerWriteItem sent) {
        return sent.identifiers().ref(Family.CUSTOMER).orElseThrow(() -> new ItemFailure(NO_IDENTIFIER,
                "No identifier provided: send one of id, mobile, email, external_id"));
    }
}
