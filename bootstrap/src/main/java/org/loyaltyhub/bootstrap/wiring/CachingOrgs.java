package org.loyaltyhub.bootstrap.wiring;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.loyaltyhub.application.port.out.Orgs;
import org.loyaltyhub.domain.org.OrgId;
import org.loyaltyhub.domain.setup.OrgSetup;

/**
 * Keeps each org's setup (programs, slabs, stores, tills, coupon series: 8 queries to read) for a while,
 * because every request needs it and it changes only when an org is imported. Another instance importing an
 * org is seen here after at most {@code timeToLive}; an import through this instance is seen at once.
 * Everything else goes straight to storage.
 */
final class CachingOrgs implements Orgs {
    private final Orgs storage;
    private final long timeToLiveNanos;
    private final LongSupplier nanoTime;
    private final Map<OrgId, Cached> setups = new ConcurrentHashMap<>();

    CachingOrgs(Orgs storage, Duration timeToLive) {
        this(storage, timeToLive, System::nanoTime);
    }

    CachingOrgs(Orgs storage, Duration timeToLive, LongSupplier nanoTime) {
        this.storage = storage;
        this.timeToLiveNanos = timeToLive.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public void add(OrgSetup setup) {
        storage.add(setup);
        setups.remove(setup.org().id());
    }

    @Override
    public Optional<OrgSetup> find(OrgId orgId) {
        long now = nanoTime.getAsLong();
        Cached cached = setups.get(orgId);
        if (cached != null && now - cached.loadedAt < timeToLiveNanos) {
            return cached.setup;
        }
        Optional<OrgSetup> loaded = storage.find(orgId);
        // An unknown org is not remembered: it may be imported any moment.
        if (loaded.isPresent() && timeToLiveNanos > 0) {
            setups.put(orgId, new Cached(loaded, now));
        }
        return loaded;
    }

    @Override
    public Map<String, String> fieldLabelsIn(OrgId orgId, String language) {
        return storage.fieldLabelsIn(orgId, language);
    }

    @Override
    public boolean isEmpty() {
        return storage.isEmpty();
    }

    @Override
    public List<OrgId> allIds() {
        return storage.allIds();
    }

    private record Cached(Optional<OrgSetup> setup, long loadedAt) {
    }
}
