package archfixture.good.application.port.in;

import java.time.Instant;

/** A sealed sum of records: data carried by a use case, not an in-port, so it need not be named *UseCase. */
public sealed interface CustomerEvent {
    Instant at();

    record Registered(Instant at) implements CustomerEvent {
    }

    record Renamed(Instant at, String name) implements CustomerEvent {
    }
}
