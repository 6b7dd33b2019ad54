package dev.hourglass.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file is written whole or not at all: a full disk leaves the old file and no debris, and says so in words. */
class AtomicFileTest {
    @TempDir
    Path dir;

    /** A disk with room for {@code bytes} more bytes, failing then as Linux does. */
    private static UnaryOperator<OutputStream> fullAfter(int bytes) {
        return out -> new FilterOutputStream(out) {
            private int left = bytes;

            @Override
            public void write(byte[] b, int offset, int length) throws IOException {
                if (length > left) {
                    throw new IOException("No space left on device");
                }
                left -= length;
                out.write(b, offset, length);
            }
        };
    }

    @Test
    void aFullDiskKeepsTheOldFileAndLeavesNoDebris() throws Exception {
        Path file = dir.resolve("plan.json");
        Files.writeString(file, "the old plan");

        IOException failure = catchThrowableOfType(() -> AtomicFile.write(file,
                out -> out.write(new byte[200_000]), fullAfter(4096)), IOException.class);

        assertThat(failure).hasMessage(file + " (the disk is full)");
        assertThat(Files.readString(file)).isEqualTo("the old plan");
        assertThat(dir.toFile().list()).containsExactly("plan.json");
    }

    @Test
    void aFullDiskThatALibraryReportsWithoutItsCauseIsStillAFullDisk() throws Exception {
        Path file = dir.resolve("plan.xlsx");
        Files.writeString(file, "the old plan");

        // POI catches the stream's IOException and throws "Failed to save: content types part" without it
        IOException failure = catchThrowableOfType(() -> AtomicFile.write(file, out -> {
            try (XSSFWorkbook book = new XSSFWorkbook()) {
                book.createSheet("Plan").createRow(0).createCell(0).setCellValue("ARR");
                book.write(out);
            }
        }, fullAfter(100)), IOException.class);

        assertThat(failure).hasMessage(file + " (the disk is full)");
        assertThat(Files.readString(file)).isEqualTo("the old plan");
        assertThat(dir.toFile().list()).containsExactly("plan.xlsx");
    }

    @Test
    void anUncheckedWriteFailureIsAFailedWriteToo() throws Exception {
        Path file = dir.resolve("c.csv");

        IOException failure = catchThrowableOfType(() -> AtomicFile.write(file, out -> {
            throw new UncheckedIOException(new IOException("Disk quota exceeded"));
        }), IOException.class);

        assertThat(failure).hasMessage(file + " (the disk quota is used up)");
        assertThat(dir.toFile().list()).isEmpty();
    }

    @Test
    void aFolderIsNeverReplaced() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("out.csv"));

        IOException failure = catchThrowableOfType(() -> AtomicFile.writeString(folder, "x"), IOException.class);

        assertThat(failure).hasMessage(folder + " (it is a folder)");
        assertThat(folder).isDirectory();
    }

    @Test
    void textIsWrittenWholeEvenWhenTheContentClosesItsWriter() throws Exception {
        Path file = dir.resolve("deals.csv");

        AtomicFile.writeText(file, out -> {
            out.write("id,amount\nD1,5 500 €\n");
            out.close();
        });

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("id,amount\nD1,5 500 €\n");
        assertThat(dir.toFile().list()).containsExactly("deals.csv");
    }

    @Test
    void aSymlinkPlantedBesideTheTargetIsNeverWrittenThrough() throws Exception {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious");
        Path file = dir.resolve("t.csv");
        // the name the temporary file had before: anyone able to write the folder could plant it
        Path planted = Files.createSymbolicLink(dir.resolve(".t.csv.writing"), victim);

        AtomicFile.writeString(file, "a,b\n");

        assertThat(Files.readString(victim)).isEqualTo("precious");
        assertThat(Files.readString(file)).isEqualTo("a,b\n");
        assertThat(Files.isSymbolicLink(planted)).isTrue();
    }
}
