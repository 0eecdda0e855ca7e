package org.loyaltyhub.adapter.rest.jobs;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.loyaltyhub.adapter.rest.RequestStatus;
import org.loyaltyhub.adapter.rest.StatusMessages;
import org.loyaltyhub.adapter.rest.WireValues;
import org.loyaltyhub.adapter.rest.auth.RequiresAccess;
import org.loyaltyhub.application.port.in.write.DailyJobReport;
import org.loyaltyhub.application.port.in.write.RunDailyJobsUseCase;
import org.loyaltyhub.domain.access.AccessLevel;
import org.loyaltyhub.domain.access.Resource;

/**
 * {@code POST /v1.1/jobs/daily} (ours; Capillary runs its jobs itself): runs the daily jobs now, for every
 * org, and answers what they wrote. Running it again the same day writes nothing. Any body is ignored.
 */
@Controller("/v1.1/jobs")
@ExecuteOn(TaskExecutors.BLOCKING)
public class DailyJobsController {
    private final RunDailyJobsUseCase runDailyJobs;

    DailyJobsController(RunDailyJobsUseCase runDailyJobs) {
        this.runDailyJobs = runDailyJobs;
    }

    @Post(uri = "/daily", consumes = MediaType.ALL, produces = {MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML, MediaType.ALL})
    @RequiresAccess(resource = Resource.POINTS, level = AccessLevel.WRITE)
    public HttpResponse<Answer> run() {
        DailyJobReport report = runDailyJobs.run();
        return HttpResponse.ok(new Answer(new Answer.Document(
                new RequestStatus("true", 200, StatusMessages.SUCCESS, "1", "1"), Report.of(report))));
    }

    /** {@code {"response":{"status":{...},"daily_jobs":{...}}}} */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Answer(Document response) {
        @JsonInclude(JsonInclude.Include.ALWAYS)
        public record Document(RequestStatus status, @JsonProperty("daily_jobs") Report dailyJobs) {
        }
    }

    /** The report's figures, as strings like every embedded value. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Report(String day,
                         @JsonProperty("accounts_checked") String accountsChecked,
                         @JsonProperty("accounts_changed") String accountsChanged,
                         @JsonProperty("expiry_entries") String expiryEntries,
                         @JsonProperty("slab_changes") String slabChanges) {
        static Report of(DailyJobReport report) {
            return new Report(WireValues.date(report.day()), String.valueOf(report.accountsChecked()),
                    String.valueOf(report.accountsChanged()), String.valueOf(report.expiryEntries()),
                    String.valueOf(report.slabChanges()));
        }
    }
}
