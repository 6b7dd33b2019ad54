package dev.hourglass.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The files a command or a window reads, which nothing it writes may replace: the rule every output follows, checked
 * before anything is computed or written. An output is refused when it is an input — by name, through a symlink or as
 * a hard link — or a side file of an input workbook (its lock, SQLite's journal and WAL files), and an export is
 * refused over any workbook. A refusal is an {@link IOException} whose message names the output and the reason:
 * "plan.hourglass (it is the workbook read, which this would replace)".
 */
public final class InputFiles {
    /** SQLite's first bytes: a workbook, whatever its name. */
    private static final byte[] WORKBOOK_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private final List<Path> files;
    private final List<Path> workbooks;

    private InputFiles(List<Path> files, List<Path> workbooks) {
        this.files = List.copyOf(files);
        this.workbooks = List.copyOf(workbooks);
    }

    /** No input (a generator): only the rule that an export never replaces a workbook applies. */
    public static InputFiles none() {
        return new InputFiles(List.of(), List.of());
    }

    /** These files, leaving out the nulls of options not given. */
    public static InputFiles of(Path... files) {
        return none().and(Arrays.asList(files));
    }

    public InputFiles and(Collection<Path> more) {
        List<Path> all = new ArrayList<>(files);
        more.stream().filter(Objects::nonNull).forEach(all::add);
        return new InputFiles(all, workbooks);
    }

    /** A workbook read: the file and the side files its store keeps beside it. */
    public InputFiles andWorkbook(Path workbook) {
        List<Path> all = new ArrayList<>(workbooks);
        all.add(workbook);
        return new InputFiles(files, all);
    }

    /** For an export, which replaces whatever is at {@code output}: refuses an input, a side file and any workbook. */
    public void checkExport(Path output) throws IOException {
        checkWorkbookTarget(output);
        if (Files.isRegularFile(output) && startsWithWorkbookHeader(output)) {
            throw refused(output, "it is a workbook, which an export never replaces");
        }
    }

    /**
     * For the workbook a command changes in place (an import): refuses it, or a side file SQLite writes beside it,
     * being one of the other inputs.
     */
    public void checkWorkbookTarget(Path output) throws IOException {
        for (Path input : files) {
            if (same(output, input)) {
                throw refused(output, "it is the input " + input.getFileName() + ", which this would replace");
            }
            for (Path side : sideFiles(output)) {
                if (same(input, side)) {
                    throw refused(output, "its side file " + side.getFileName() + " would replace the input "
                            + input.getFileName());
                }
            }
        }
        for (Path workbook : workbooks) {
            if (same(output, workbook)) {
                throw refused(output, "it is the workbook read, which this would replace");
            }
            for (Path side : sideFiles(workbook)) {
                if (same(output, side)) {
                    throw refused(output, "it is a file the workbook " + workbook.getFileName() + " keeps beside it");
                }
            }
        }
    }

    /**
     * The lock of an open workbook and SQLite's journal, WAL and shared-memory files — beside the name given and, for
     * a symlink, beside the file it names (SQLite puts them there).
     */
    private static List<Path> sideFiles(Path workbook) {
        List<Path> sides = new ArrayList<>(sideFilesBeside(workbook));
        try {
            Path real = workbook.toRealPath();
            sides.addAll(sideFilesBeside(real));
        } catch (IOException e) {
            // no such workbook yet: the names beside the one given are all there is
        }
        return sides;
    }

    private static List<Path> sideFilesBeside(Path workbook) {
        String name = String.valueOf(workbook.getFileName());
        return List.of(workbook.resolveSibling("." + name + ".lock"), workbook.resolveSibling(name + "-journal"),
                workbook.resolveSibling(name + "-wal"), workbook.resolveSibling(name + "-shm"));
    }

    /** Same entry by its place in the folders, or the same file underneath (symlink, hard link). */
    private static boolean same(Path a, Path b) {
        if (place(a).equals(place(b))) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /** The folder resolved to its real path, then the name: two spellings of one place compare equal. */
    private static Path place(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        Path name = absolute.getFileName();
        if (folder == null || name == null) {
            return absolute;
        }
        try {
            return folder.toRealPath().resolve(name);
        } catch (IOException e) {
            return absolute;
        }
    }

    private static boolean startsWithWorkbookHeader(Path file) {
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            return Arrays.equals(in.readNBytes(WORKBOOK_HEADER.length), WORKBOOK_HEADER);
        } catch (IOException e) {
            return false;
        }
    }

    private static IOException refused(Path output, String reason) {
        return new IOException(output + " (" + reason + ")");
    }
}
