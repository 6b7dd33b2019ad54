package dev.hourglass.store;

import dev.hourglass.store.WorkbookException.Detail;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a new workbook lives until the user saves it, so its autosaved edits survive a crash too. A workbook
 * left here by a session that ended without saving is offered back on the next start.
 */
public final class RecoveryFolder {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH-mm-ss");

    private final Path folder;

    public RecoveryFolder(Path folder) {
        this.folder = folder;
    }

    /** {@code ~/.hourglass/recovery}. */
    public static Path defaultLocation() {
        return Path.of(System.getProperty("user.home"), ".hourglass", "recovery");
    }

    /** A new, empty workbook in the recovery folder, open for writing. */
    public Workbook createUntitled(String currency, String locale, ScenarioCodec codec) throws WorkbookException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new WorkbookException(Detail.RECOVERY_FOLDER_NOT_CREATED, "Could not create the recovery folder "
                    + folder + " (" + e.getMessage() + ")", e, folder.toString(), e.getMessage());
        }
        String stamp = LocalDateTime.now().format(STAMP);
        Path file = folder.resolve("Untitled " + stamp + Workbook.EXTENSION);
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve("Untitled " + stamp + " (" + n + ")" + Workbook.EXTENSION);
        }
        return Workbook.create(file, currency, locale, codec);
    }

    /** Untitled workbooks no running Hourglass holds: left by a session that crashed or quit without saving. */
    public List<Path> leftBehind() throws IOException {
        List<Path> left = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return left;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(Workbook.EXTENSION)).sorted().toList()) {
                if (!WorkbookLock.isHeld(file)) {
                    left.add(file);
                }
            }
        }
        return left;
    }

    /** Saves an untitled workbook under its real name and removes it from the recovery folder. */
    public Path saveAs(Workbook untitled, Path target) throws WorkbookException {
        untitled.saveCopyAs(target);
        Path recovered = untitled.file();
        untitled.close();
        discard(recovered);
        return target;
    }

    /** Deletes a workbook of the recovery folder (the user chose not to keep it). */
    public void discard(Path file) throws WorkbookException {
        if (!file.toAbsolutePath().startsWith(folder.toAbsolutePath())) {
            throw new IllegalArgumentException(file + " is not in the recovery folder");
        }
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + "-journal"));
        } catch (IOException e) {
            throw new WorkbookException(Detail.RECOVERY_FILE_NOT_DELETED, "Could not delete " + file.getFileName()
                    + " (" + e.getMessage() + ")", e, file.getFileName().toString(), e.getMessage());
        }
    }
}
