package dev.hourglass.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pipes are read once into a copy; folders and devices are named for what they are; endless streams end. */
class ReadableFilesTest {
    private static final String LEDGER = "customer,month,mrr\nC1,2024-01,100\n";

    @TempDir
    Path dir;

    @Test
    void aFifoIsReadOnceIntoACopyOfTheSameName() throws Exception {
        Path fifo = dir.resolve("ledger.csv");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo is available");
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try (OutputStream out = Files.newOutputStream(fifo)) {
                out.write(LEDGER.getBytes(StandardCharsets.UTF_8));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        Path copy = ReadableFiles.readable(fifo);
        writer.join();

        assertThat(copy).isNotEqualTo(fifo).isRegularFile();
        assertThat(copy.getFileName().toString()).isEqualTo("ledger.csv");
        assertThat(Files.readString(copy)).isEqualTo(LEDGER);
    }

    @Test
    void aRegularOrMissingFileIsItself() throws Exception {
        Path file = Files.writeString(dir.resolve("ledger.csv"), LEDGER);
        assertThat(ReadableFiles.readable(file)).isEqualTo(file);
        assertThat(ReadableFiles.readable(dir.resolve("none.csv"))).isEqualTo(dir.resolve("none.csv"));
    }

    @Test
    void aFolderAndADeviceAreCalledWhatTheyAre() {
        assertThatThrownBy(() -> ReadableFiles.readable(dir)).isInstanceOf(BadInputException.class)
                .hasMessage(dir.getFileName() + " is a folder, not a file");
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        assertThatThrownBy(() -> ReadableFiles.readable(zero))
                .hasMessage("zero is a character device (such as /dev/zero), not a file");
    }

    @Test
    void anEndlessStreamWithoutLineBreaksStopsAt16Megabytes() {
        InputStream zeros = new InputStream() {
            @Override
            public int read() {
                return 0;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return len;
            }
        };
        ByteArrayOutputStream kept = new ByteArrayOutputStream();
        assertThatThrownBy(() -> ReadableFiles.copyBounded(zeros, kept, "63"))
                .hasMessage("63, line 1: longer than 16 MB without a line break; not a table file");
        assertThat(kept.size()).isLessThanOrEqualTo(16 << 20);
    }
}
