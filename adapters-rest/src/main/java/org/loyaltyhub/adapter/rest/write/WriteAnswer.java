package org.loyaltyhub.adapter.rest.write;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.loyaltyhub.adapter.rest.ItemStatus;
import org.loyaltyhub.adapter.rest.RequestStatus;
import org.loyaltyhub.adapter.rest.StatusMessages;
import org.loyaltyhub.adapter.rest.WireValues;

/**
 * A write answer: {@code {"response":{"status":{...},"<container>":{"<item>":[...]}}}}, one entry per item
 * of the request, in request order. The request status follows the batch as in {@code customer/get}: every
 * item done is 200, some 201, none 500; only a fully successful batch says {@code success: "true"}.
 */
public final class WriteAnswer {
    private final RequestStatus status;
    private final String container;
    private final String item;
    private final List<Object> entries;

    private WriteAnswer(RequestStatus status, String container, String item, List<?> entries) {
        this.status = status;
        this.container = container;
        this.item = item;
        this.entries = List.copyOf(entries);
    }

    public static WriteAnswer of(String container, String item, List<? extends WriteEntry> entries) {
        long done = entries.stream().filter(e -> e.itemStatus().succeeded()).count();
        int code;
        String message;
        if (done == entries.size()) {
            code = 200;
            message = StatusMessages.SUCCESS;
        } else if (done > 0) {
            code = 201;
            message = StatusMessages.SOME_FAILED;
        } else {
            code = 500;
            message = StatusMessages.ALL_FAILED;
        }
        RequestStatus status = new RequestStatus(WireValues.bool(code == 200), code, message,
                String.valueOf(entries.size()), String.valueOf(done));
        return new WriteAnswer(status, container, item, entries);
    }

    /** A request refused as a whole: 400, with one entry whose item status says why. */
    public static WriteAnswer rejected(String container, String item, RequestRejected problem) {
        RequestStatus status = new RequestStatus("false", 400, StatusMessages.INVALID_INPUT, "1", "0");
        Map<String, Object> entry = Map.of("item_status", ItemStatus.of(false, problem.itemCode(), problem.getMessage()));
        return new WriteAnswer(status, container, item, List.of(entry));
    }

    public int statusCode() {
        return status.code();
    }

    @JsonValue
    Map<String, Object> json() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("status", status);
        document.put(container, Map.of(item, entries));
        return Map.of("response", document);
    }
}
