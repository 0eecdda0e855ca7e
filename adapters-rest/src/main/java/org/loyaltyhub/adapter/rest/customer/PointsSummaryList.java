package org.loyaltyhub.adapter.rest.customer;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code "points_summaries":{"points_summary":[...]}}: one entry per program, filled only with mlp=true. */
@JsonInclude(JsonInclude.Include.ALWAYS)
record PointsSummaryList(@JsonProperty("points_summary") List<PointsSummaryRow> pointsSummary) {
    PointsSummaryList {
        pointsSummary = List.copyOf(pointsSummary);
    }
}
