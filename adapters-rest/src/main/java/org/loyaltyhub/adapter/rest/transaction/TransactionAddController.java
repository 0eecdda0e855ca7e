package org.loyaltyhub.adapter.rest.transaction;

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
import org.loyaltyhub.adapter.rest.write.WriteAnswer;
import org.loyaltyhub.adapter.rest.write.WriteBatches;
import org.loyaltyhub.adapter.rest.write.WriteMediaTypes;
import org.loyaltyhub.application.port.in.ApiCaller;
import org.loyaltyhub.application.port.in.write.AddTransactionUseCase;
import org.loyaltyhub.application.port.in.write.TransactionCommand;
import org.loyaltyhub.application.port.in.write.TransactionRecorded;
import org.loyaltyhub.domain.access.AccessLevel;
import org.loyaltyhub.domain.access.Resource;

/**
 * {@code POST /v1.1/transaction/add}: a batch of {@code root.transaction} bills (REGULAR, RETURN,
 * NOT_INTERESTED), each recorded through the ledger rules in its own transaction. A bill number already
 * recorded at the store answers 604 and changes nothing.
 */
@Controller("/v1.1/transaction")
@ExecuteOn(TaskExecutors.BLOCKING)
public class TransactionAddController {
    private static final BatchShape SHAPE = new BatchShape("transaction", "transactions", "transaction",
            Family.TRANSACTION, Echo.fields("number", "type").andCustomer());

    private final AddTransactionUseCase addTransaction;
    private final WriteBatches batches;
    private final OrgTimeZones zones;

    TransactionAddController(AddTransactionUseCase addTransaction, WriteBatches batches, OrgTimeZones zones) {
        this.addTransaction = addTransaction;
        this.batches = batches;
        this.zones = zones;
    }

    @Post(uri = "/add", consumes = {WriteMediaTypes.JSON, WriteMediaTypes.XML, WriteMediaTypes.TEXT_XML},
            produces = {WriteMediaTypes.JSON, WriteMediaTypes.XML, WriteMediaTypes.ANY})
    @RequiresAccess(resource = Resource.TRANSACTION, level = AccessLevel.WRITE)
    public HttpResponse<WriteAnswer> add(HttpRequest<?> request, @Nullable @Body byte[] body) {
        ApiCaller caller = ApiCallerAttribute.of(request);
        ZoneId zone = zones.zoneOf(caller.orgId());
        return batches.run(request, body, SHAPE, item -> {
            TransactionItem sent = batches.reader().bind(item, TransactionItem.class, "transaction");
            TransactionCommand command = TransactionReader.command(sent, zone);
            TransactionRecorded recorded = addTransaction.add(caller, command);
            String store = command.storeCode() != null ? command.storeCode() : caller.storeCode();
            return RecordedTransaction.of(command, store, recorded, zone,
                    Family.TRANSACTION.success("Transaction added successfully"));
        });
    }
}
