package org.loyaltyhub.adapter.rest.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.loyaltyhub.adapter.rest.support.ApiClient.json;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.loyaltyhub.adapter.rest.support.ApiClient;
import org.loyaltyhub.adapter.rest.support.ApiClient.Answer;
import org.loyaltyhub.adapter.rest.support.StubWriteUseCases;

/** jobs/daily runs the daily jobs on demand and answers their report. */
@MicronautTest
class DailyJobsTest {
    private static final String DAILY = "/v1.1/jobs/daily";

    @Inject
    @Client("/")
    HttpClient httpClient;

    @Inject
    StubWriteUseCases useCases;

    ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient(httpClient);
        useCases.reset();
    }

    @Test
    void runsTheJobsOnceAndAnswersTheReport() {
        Answer answer = api.postJson(DAILY, "{}");

        assertThat(useCases.calls()).extracting(StubWriteUseCases.Call::useCase).containsExactly("dailyJobs");
        assertThat(answer.httpStatus()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(json("""
                {"response": {"status": {"success": "true", "code": 200, "message": "Success", "total": "1",
                                         "success_count": "1"},
                              "daily_jobs": {"day": "2026-11-25", "accounts_checked": "12", "accounts_changed": "3",
                                             "expiry_entries": "4", "slab_changes": "1"}}}"""));
    }

    @Test
    void answersInXmlWhenAskedFor() {
        Answer answer = api.post(DAILY + "?format=xml", "application/xml", "<root/>");

        assertThat(answer.rawBody()).isEqualTo("<?xml version=\"1.0\" encoding=\"UTF-8\"?><response><status>"
                + "<success>true</success><code>200</code><message>Success</message><total>1</total>"
                + "<success_count>1</success_count></status><daily_jobs><day>2026-11-25</day>"
                + "<accounts_checked>12</accounts_checked><accounts_changed>3</accounts_changed>"
                + "<expiry_entries>4</expiry_entries><slab_changes>1</slab_changes></daily_jobs></response>");
    }

    @Test
    void onlyPostRunsThem() {
        Answer answer = api.get(DAILY);

        assertThat(answer.httpStatus()).isEqualTo(405);
        assertThat(useCases.calls()).isEmpty();
    }
}
