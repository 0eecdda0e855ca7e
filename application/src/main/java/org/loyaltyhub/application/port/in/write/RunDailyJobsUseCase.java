package org.loyaltyhub.application.port.in.write;

/**
 * The daily jobs: for every loyalty account of every org, expire lots whose expiry date has passed and renew
 * or downgrade slabs whose validity ended, writing the entries the rules produce. Running it again the same
 * day writes nothing.
 */
public interface RunDailyJobsUseCase {
    DailyJobReport run();
}
