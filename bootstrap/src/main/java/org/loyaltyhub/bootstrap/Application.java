package org.loyaltyhub.bootstrap;

import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import java.util.Arrays;
import java.util.Optional;
import java.util.TimeZone;
import org.loyaltyhub.bootstrap.generate.GenerateCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Starts LoyaltyHub: migrations, demo seed (into an empty database), then the HTTP server. */
public final class Application extends Micronaut {
    private static final Logger LOG = LoggerFactory.getLogger(Application.class);

    private Application() {
    }

    public static void main(String[] args) {
        // Instants are stored as UTC wall-clock values; the JDBC layer converts through the JVM's zone, so
        // pin it to UTC to keep a host in a daylight-saving zone from shifting times in its gap hour.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        if (args.length > 0 && GenerateCommand.NAME.equals(args[0])) {
            // A sub-command: fills the database with generated data and exits; no server is started.
            System.exit(GenerateCommand.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        new Application().args(args).mainClass(Application.class).banner(false).start();
    }

    /** An operator's mistake (database, seed file) gets one line and exit code 1, not a stack trace. */
    @Override
    protected void handleStartupException(Environment environment, Throwable exception) {
        String url = environment == null ? null : environment.getProperty("datasources.default.url", String.class).orElse(null);
        String user = environment == null ? null : environment.getProperty("datasources.default.username", String.class).orElse(null);
        Optional<String> line = StartupFailure.explain(exception, url, user);
        if (line.isEmpty()) {
            super.handleStartupException(environment, exception);
            return;
        }
        LOG.error(line.get());
        System.exit(1);
    }
}
