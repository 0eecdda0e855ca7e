package org.loyaltyhub.bootstrap;

import io.micronaut.runtime.Micronaut;

/** Starts LoyaltyHub: migrations, demo seed (into an empty database), then the HTTP server. */
public final class Application {
    private Application() {
    }

    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(Application.class)
                .banner(false)
                .start();
    }
}
