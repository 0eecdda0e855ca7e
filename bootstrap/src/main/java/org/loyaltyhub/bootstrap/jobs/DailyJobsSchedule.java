package org.loyaltyhub.bootstrap.jobs;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.loyaltyhub.application.port.in.write.DailyJobReport;
import org.loyaltyhub.application.port.in.write.RunDailyJobsUseCase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the daily jobs (expire points, renew or downgrade slabs) once a day at
 * {@code loyaltyhub.jobs.daily-cron} (server time, UTC). Several instances on one database may all run it:
 * each account is caught up under its customer's lock and a second run writes nothing, so that is safe.
 */
@Singleton
@Requires(property = "loyaltyhub.jobs.daily-enabled", notEquals = "false")
class DailyJobsSchedule {
    private static final Logger LOG = LoggerFactory.getLogger(DailyJobsSchedule.class);
    private final RunDailyJobsUseCase dailyJobs;

    DailyJobsSchedule(RunDailyJobsUseCase dailyJobs) {
        this.dailyJobs = dailyJobs;
    }

    @Scheduled(cron = "${loyaltyhub.jobs.daily-cron:0 15 0 * * *}")
    void run() {
        long started = System.nanoTime();
        DailyJobReport report = dailyJobs.run();
        LOG.info("Daily jobs for {}: {} accounts checked, {} changed, {} expiry entries, {} slab changes in {} ms",
                report.day(), report.accountsChecked(), report.accountsChanged(), report.expiryEntries(),
                report.slabChanges(), (System.nanoTime() - started) / 1_000_000);
    }
}
