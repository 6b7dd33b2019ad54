package dev.hourglass.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.OSInfo;

class KeptSqliteLibraryTest {
    private static final String NAME = System.mapLibraryName("sqlitejdbc");

    @TempDir
    Path folder;

    @AfterEach
    void forgetTheKeptCopy() {
        System.clearProperty("org.sqlite.lib.path");
        System.clearProperty("org.sqlite.lib.name");
    }

    @Test
    void theLibraryIsCopiedOnceAndTheDriverPointedAtIt() throws Exception {
        KeptSqliteLibrary.use(folder);

        Path dir = folder.resolve("sqlite-" + SQLiteJDBCLoader.getVersion());
        Path kept = dir.resolve(NAME);
        assertThat(kept).isRegularFile().hasBinaryContent(libraryInTheJar());
        assertThat(System.getProperty("org.sqlite.lib.path")).isEqualTo(dir.toString());
        assertThat(System.getProperty("org.sqlite.lib.name")).isEqualTo(NAME);
        assertThat(Files.list(dir)).containsExactly(kept);

        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(kept, written);
        KeptSqliteLibrary.use(folder);
        assertThat(Files.getLastModifiedTime(kept)).as("kept, not copied again").isEqualTo(written);
    }

    @Test
    void aCutCopyOrALinkInItsPlaceIsReplacedNotFollowed() throws Exception {
        Path dir = Files.createDirectories(folder.resolve("sqlite-" + SQLiteJDBCLoader.getVersion()));
        Path elsewhere = Files.write(folder.resolve("elsewhere"), new byte[] {1, 2, 3});
        Files.createSymbolicLink(dir.resolve(NAME), elsewhere);

        KeptSqliteLibrary.use(folder);

        assertThat(Files.isSymbolicLink(dir.resolve(NAME))).isFalse();
        assertThat(Files.isRegularFile(dir.resolve(NAME), LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(elsewhere).hasBinaryContent(new byte[] {1, 2, 3});

        Files.write(dir.resolve(NAME), new byte[] {9});
        KeptSqliteLibrary.use(folder);
        assertThat(dir.resolve(NAME)).hasBinaryContent(libraryInTheJar());
    }

    private static byte[] libraryInTheJar() throws Exception {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(
                "/org/sqlite/native/" + OSInfo.getNativeLibFolderPathForCurrentOS() + "/" + NAME)) {
            return in.readAllBytes();
        }
    }
}
