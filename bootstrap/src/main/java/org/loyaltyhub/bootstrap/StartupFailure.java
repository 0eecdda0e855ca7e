package org.loyaltyhub.bootstrap;

import java.sql.SQLException;
import java.util.Optional;
import org.loyaltyhub.bootstrap.seed.SeedFileException;

/**
 * Turns a start-up failure an operator can fix (database unreachable, wrong credentials, a broken seed
 * file) into one line that names what was tried and why it failed. Anything else is left to Micronaut's
 * full report.
 */
final class StartupFailure {
    private StartupFailure() {
    }

    static Optional<String> explain(Throwable failure, String databaseUrl, String databaseUser) {
        Optional<SeedFileException> seed = find(failure, SeedFileException.class);
        if (seed.isPresent()) {
            return Optional.of("LoyaltyHub cannot start: " + firstLine(seed.get().getMessage()));
        }
        if (find(failure, SQLException.class).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of("LoyaltyHub cannot start: database " + maskPassword(databaseUrl)
                + (databaseUser == null || databaseUser.isEmpty() ? "" : " (user " + databaseUser + ")")
                + " is not usable: " + rootCause(failure));
    }

    /** Hides a password written into the URL ({@code password=...} or {@code //user:password@host}). */
    static String maskPassword(String url) {
        if (url == null) {
            return "(no URL configured)";
        }
        return url.replaceAll("(?i)(password=)[^&;]*", "$1****")
                .replaceAll("//([^/:@]+):[^/@]*@", "//$1:****@");
    }

    /** The innermost cause, which names the real problem ("Connection refused", "Access denied ..."). */
    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : firstLine(root.getMessage());
        return message + " (" + root.getClass().getSimpleName() + ")";
    }

    private static <T extends Throwable> Optional<T> find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse(text).trim();
    }
}
