package org.loyaltyhub.bootstrap;

import io.micronaut.runtime.Micronaut;
import java.util.TimeZone;

/** Starts LoyaltyHub: migrations, demo seed (into an empty database), then the HTTP server. */
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        // Instants are stored as UTC wall-clock values; the JDBC layer converts through the JVM's zone, so
        // pin it to UTC to keep a host in a daylight-saving zone from shifting times in its gap hour.
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
        Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .start();
    }
}
