package dev.hourglass.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.app.JsonScenarioCodec;
import dev.hourglass.model.scenario.SeedScenarios;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The state a crash leaves, made on purpose: a transaction so large that SQLite writes pages into the file before
 * it commits, and a copy of the file and its journal taken at that moment. Opening the copy must give the state
 * before the transaction, whole — even though the copied file may be shorter than its header says.
 */
class InterruptedSaveTest {
    @TempDir
    Path dir;

    @Test
    void aSaveCutShortIsRolledBackWhenTheWorkbookIsOpened() throws Exception {
        Path file = dir.resolve("w.hourglass");
        try (Workbook workbook = Workbook.create(file, "USD", "en-US", JsonScenarioCodec.INSTANCE)) {
            workbook.addScenario(SeedScenarios.baseCase());
        }
        Path crashed = dir.resolve("crashed.hourglass");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("PRAGMA cache_size = 10"); // tiny cache: pages spill into the file mid-transaction
            }
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO scenario_version (scenario_id, saved_at, note, inputs) VALUES (1, '2026-01-01T00:00:00Z', ?, ?)")) {
                for (int i = 0; i < 2_000; i++) {
                    insert.setString(1, "spill " + i);
                    insert.setString(2, "x".repeat(2_000));
                    insert.executeUpdate();
                }
            }
            // The moment of the crash: the file and its hot journal as they are now.
            Files.copy(file, crashed, StandardCopyOption.REPLACE_EXISTING);
            Path journal = file.resolveSibling(file.getFileName() + "-journal");
            assertThat(journal).exists();
            Files.copy(journal, dir.resolve("crashed.hourglass-journal"), StandardCopyOption.REPLACE_EXISTING);
            connection.commit();
        }
        // The commit writes the header last among the pages it touches first: a crash right after it leaves a
        // header that counts pages the file does not have yet.
        byte[] committedHeader = Arrays.copyOf(Files.readAllBytes(file), 100);
        try (FileChannel channel = FileChannel.open(crashed,
                StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(committedHeader), 0);
        }
        long pagesClaimed = Integer.toUnsignedLong(ByteBuffer.wrap(committedHeader).getInt(28));
        assertThat(pagesClaimed * 4096).isGreaterThan(Files.size(crashed));

        try (Workbook reopened = Workbook.open(crashed, JsonScenarioCodec.INSTANCE)) {
            assertThat(reopened.scenarios()).extracting(StoredScenario::scenario).containsExactly(SeedScenarios.baseCase());
            assertThat(reopened.history(reopened.scenarios().get(0).id())).hasSize(1); // the unfinished save is gone
        }
        assertThat(RawSqlite.column(crashed, "PRAGMA integrity_check")).containsExactly("ok");
    }
}
