package dev.hourglass.store;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who holds a workbook's lock, as its lock file names them: the user, the computer ("" when unknown), the process
 * and since when. The lock file keeps the English sentence earlier versions wrote, so each version reads the other's.
 */
public record LockHolder(String user, String host, long process, LocalDateTime since) {
    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String UNKNOWN_HOST = "this computer";
    private static final Pattern WRITTEN = Pattern.compile(
            "(.*) on (.*) \\(process (\\d{1,18})\\) since (\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2})", Pattern.DOTALL);

    /** This process, from now on. */
    static LockHolder thisProcess() {
        // Not InetAddress.getLocalHost(): it can wait seconds for a name server.
        String host = System.getenv().getOrDefault("HOSTNAME", System.getenv().getOrDefault("COMPUTERNAME", ""));
        return new LockHolder(System.getProperty("user.name"), host, ProcessHandle.current().pid(),
                LocalDateTime.now().withSecond(0).withNano(0));
    }

    /** Who a lock file's text names, when it is the sentence {@link #english()} writes. */
    public static Optional<LockHolder> read(String written) {
        Matcher parts = WRITTEN.matcher(written);
        if (!parts.matches()) {
            return Optional.empty();
        }
        try {
            String host = parts.group(2).equals(UNKNOWN_HOST) ? "" : parts.group(2);
            return Optional.of(new LockHolder(parts.group(1), host, Long.parseLong(parts.group(3)),
                    LocalDateTime.parse(parts.group(4), SINCE)));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** "user on host (process 1234) since 2026-12-03 09:15": the lock file's text and the CLI's words. */
    public String english() {
        return user + " on " + (host.isEmpty() ? UNKNOWN_HOST : host) + " (process " + process + ") since "
                + since.format(SINCE);
    }
}
