package org.loyaltyhub.bootstrap.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/** Settings for a system test: a fresh in-memory H2 with the demo seed and a fixed clock. */
public final class DemoServer {
    public static final String NOW = "2026-11-25T12:00:00Z";

    private DemoServer() {
    }

    public static Map<String, String> properties() {
        Map<String, String> p = new HashMap<>();
        p.put("datasources.default.url", "jdbc:h2:mem:sys" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;LOCK_TIMEOUT=10000;DB_CLOSE_DELAY=-1");
        p.put("loyaltyhub.clock.fixed", NOW);
        // A test run crossing the scheduled time must not have the daily jobs write under it.
        p.put("loyaltyhub.jobs.daily-enabled", "false");
        // A free port: application.yml's 8080 may be taken by another server on the build machine.
        p.put("micronaut.server.port", "-1");
        return p;
    }

    /** The Authorization header a Capillary client sends: Basic base64(user:md5hex(password)). */
    public static String basic(String username, String password) {
        try {
            String md5 = HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(password.getBytes(StandardCharsets.UTF_8)));
            return "Basic " + Base64.getEncoder().encodeToString((username + ":" + md5).getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
