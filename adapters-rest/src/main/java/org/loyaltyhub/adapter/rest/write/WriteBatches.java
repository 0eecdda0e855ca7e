package org.loyaltyhub.adapter.rest.write;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import org.loyaltyhub.adapter.rest.ItemStatus;
import org.loyaltyhub.adapter.rest.RequestIdFilter;
import org.loyaltyhub.adapter.rest.StatusMessages;
import org.loyaltyhub.application.port.in.write.WriteRefusedException;
import org.loyaltyhub.application.port.out.StorageUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The common course of every batched write endpoint: read the body, take its items, do each one on its own
 * (one use-case call, one transaction: an item that fails changes nothing and does not stop the others), and
 * answer in the envelope whose HTTP status equals {@code status.code}.
 */
@Singleton
public final class WriteBatches {
    private static final Logger LOG = LoggerFactory.getLogger(WriteBatches.class);

    private final WriteBodyReader reader;
    private final int batchLimit;

    WriteBatches(WriteBodyReader reader, @Value("${loyaltyhub.writes.batch-limit:100}") int batchLimit) {
        this.reader = reader;
        this.batchLimit = batchLimit;
    }

    public WriteBodyReader reader() {
        return reader;
    }

    public HttpResponse<WriteAnswer> run(HttpRequest<?> request, byte[] body, BatchShape shape, ItemHandler handler) {
        WriteAnswer answer;
        try {
            List<JsonNode> items = reader.items(reader.rootOf(request, body), shape.requestItem(), batchLimit);
            List<WriteEntry> entries = new ArrayList<>(items.size());
            for (JsonNode item : items) {
                entries.add(entryFor(request, shape, handler, item));
            }
            answer = WriteAnswer.of(shape.container(), shape.answerItem(), entries);
        } catch (RequestRejected rejected) {
            answer = WriteAnswer.rejected(shape.container(), shape.answerItem(), rejected);
        }
        return HttpResponse.<WriteAnswer>status(HttpStatus.valueOf(answer.statusCode())).body(answer);
    }

    private static WriteEntry entryFor(HttpRequest<?> request, BatchShape shape, ItemHandler handler, JsonNode item) {
        try {
            return handler.handle(item);
        } catch (ItemFailure failure) {
            return new FailedEntry(shape.echo().of(item), failure.status());
        } catch (WriteRefusedException refused) {
            return new FailedEntry(shape.echo().of(item), shape.family().refused(refused));
        } catch (StorageUnavailableException unavailable) {
            // Not this item's fault, and every item after it would fail alike: the whole request answers 503.
            // Items before it are stored; a retry of the batch is safe for bills (a stored number answers 604).
            throw unavailable;
        } catch (RuntimeException unexpected) {
            // The item's own transaction rolled back; the others keep their outcome. Details only in the log.
            LOG.error("Request {} {} {}: an item failed unexpectedly", RequestIdFilter.requestIdOf(request),
                    request.getMethodName(), request.getPath(), unexpected);
            return new FailedEntry(shape.echo().of(item), ItemStatus.of(false, "500", StatusMessages.INTERNAL_ERROR));
        }
    }
}
