package dev.hourglass.io;

import dev.hourglass.files.SpecialFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * An input file as the readers need it: a regular file, which they open more than once (to tell its encoding,
 * separator and date readings, then to read it). A pipe ({@code <(cat deals.csv)}, a FIFO) can be read only once,
 * so it is copied to a private temporary file of the same name first, bounded so that an endless stream ends; a
 * folder or a device such as {@code /dev/zero} is refused, saying what it is.
 */
public final class ReadableFiles {
    /** A line (a row of a table) longer than this is no export: an endless stream without line breaks. */
    static final long MAX_LINE_BYTES = 16L << 20;
    /** The most read from a pipe: several times the largest export Hourglass is measured on. */
    static final long MAX_PIPED_BYTES = 8L << 30;

    private ReadableFiles() {
    }

    /** The file itself when it is a regular file (or missing, for the reader to say so); a pipe's copy. */
    public static Path readable(Path file) throws BadInputException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return file;
        } catch (IOException e) {
            throw new BadInputException(name + ": cannot be read (" + e.getMessage() + ")", e);
        }
        if (attributes.isRegularFile()) {
            return file;
        }
        if (attributes.isDirectory()) {
            throw new BadInputException(name + " is a folder, not a file");
        }
        Optional<String> special = SpecialFiles.kindOf(file);
        if (special.isPresent() && !special.get().equals(SpecialFiles.PIPE)) {
            throw new BadInputException(name + " is " + special.get() + ", not a file");
        }
        return copyOfPipe(file, name); // a pipe, or anything without a unix mode (Windows): read once, bounded
    }

    private static Path copyOfPipe(Path pipe, String name) throws BadInputException {
        Path copy = null;
        try {
            Path folder = Files.createTempDirectory("hourglass-input");
            folder.toFile().deleteOnExit();
            copy = folder.resolve(name);
            copy.toFile().deleteOnExit();
            try (InputStream in = Files.newInputStream(pipe); OutputStream out = Files.newOutputStream(copy)) {
                copyBounded(in, out, name);
            }
            return copy;
        } catch (IOException e) {
            delete(copy);
            throw new BadInputException(name + ": cannot be read (" + e.getMessage() + ")", e);
        } catch (BadInputException e) {
            delete(copy);
            throw e;
        }
    }

    static void copyBounded(InputStream in, OutputStream out, String name) throws IOException, BadInputException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        long lineStart = 0;
        long lines = 1;
        for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    lines++;
                    lineStart = total + i + 1;
                }
            }
            total += n;
            if (total - lineStart > MAX_LINE_BYTES) {
                throw new BadInputException(name + ", line " + lines + ": longer than " + (MAX_LINE_BYTES >> 20)
                        + " MB without a line break; not a table file");
            }
            if (total > MAX_PIPED_BYTES) {
                throw new BadInputException(name + ": more than " + (MAX_PIPED_BYTES >> 30) + " GB read from the pipe;"
                        + " save the data to a file");
            }
            out.write(buffer, 0, n);
        }
    }

    private static void delete(Path copy) {
        if (copy != null) {
            try {
                Files.deleteIfExists(copy);
                Files.deleteIfExists(copy.getParent());
            } catch (IOException e) {
                // left for deleteOnExit
            }
        }
    }
}
