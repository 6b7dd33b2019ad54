package dev.hourglass.store;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

/**
 * SQLite's native library, kept once per driver version under {@code ~/.hourglass/native}. Left to itself,
 * sqlite-jdbc copies the library out of its jar into the temporary folder at every start, under a new name each
 * time, and a process that is killed leaves its 1 MB copy behind: a machine that ran the app and its tests for a
 * few days held over 500 of them. Pointing the driver at one kept copy also spares each start that copy and its
 * comparison. Whatever goes wrong here (an unknown platform, a folder that cannot be written) leaves the driver to
 * its own way, which works.
 */
final class KeptSqliteLibrary {
    private static final Logger LOG = LoggerFactory.getLogger(KeptSqliteLibrary.class);
    private static final String PATH = "org.sqlite.lib.path";
    private static final String NAME = "org.sqlite.lib.name";
    private static boolean done;

    private KeptSqliteLibrary() {
    }

    /** Before the driver first loads: makes sure the kept copy exists and tells the driver to load it. */
    static synchronized void use() {
        if (done) {
            return;
        }
        done = true;
        if (System.getProperty(PATH) != null || System.getProperty(NAME) != null) {
            return; // the user's own choice
        }
        try {
            use(Path.of(System.getProperty("user.home"), ".hourglass", "native"));
        } catch (IOException | RuntimeException e) {
            LOG.debug("SQLite's native library is left to the driver to copy out", e);
        }
    }

    static void use(Path folder) throws IOException {
        String name = System.mapLibraryName("sqlitejdbc");
        URL library = SQLiteJDBCLoader.class.getResource(
                "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + name);
        if (library == null) {
            return; // a platform without a library in the jar: the driver says what it needs
        }
        Path dir = folder.resolve("sqlite-" + SQLiteJDBCLoader.getVersion());
        Path kept = dir.resolve(name);
        URLConnection entry = library.openConnection();
        if (!Files.isRegularFile(kept, LinkOption.NOFOLLOW_LINKS) || Files.size(kept) != entry.getContentLengthLong()) {
            Files.createDirectories(dir);
            Path part = Files.createTempFile(dir, name, ".part");
            try (InputStream in = entry.getInputStream()) {
                Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                Files.move(part, kept, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(part);
            }
        }
        System.setProperty(PATH, dir.toString());
        System.setProperty(NAME, name);
    }
}
