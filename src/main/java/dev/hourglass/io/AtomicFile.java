package dev.hourglass.io;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.UnaryOperator;

/**
 * The one way Hourglass writes a file: whole or not at all. The content goes into a new hidden file beside the target
 * — created exclusively under a random name, so a file or symlink planted there is never written through — is forced
 * to the disk, then moved over the target in one step. A reader never sees a half-written file; on any failure (a full
 * disk included) the old file stays as it was and the temporary file is deleted. A failure is an {@link IOException}
 * whose message names the target and the reason in words: "out/plan.xlsx (the disk is full)".
 */
public final class AtomicFile {
    /** Writes the whole content to the stream it is given (buffered); it may close it, and need not. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes the whole text to the writer it is given (UTF-8); the writer is flushed by {@link AtomicFile}. */
    @FunctionalInterface
    public interface Text {
        void writeTo(Writer out) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Leaves room for the dot, the random part and the suffix within the 255 bytes most file systems allow a name. */
    private static final int KEPT_NAME_LENGTH = 80;

    private AtomicFile() {
    }

    public static void write(Path file, Content content) throws IOException {
        write(file, content, UnaryOperator.identity());
    }

    /** With {@code disk} between the content and the file: tests make it fail as a full disk does. */
    static void write(Path file, Content content, UnaryOperator<OutputStream> disk) throws IOException {
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new IOException(file + " (it is a folder)");
        }
        Path temp = null;
        boolean moved = false;
        KeptOpen kept = null;
        try {
            Path name = tempName(file);
            // CREATE_NEW fails on any existing entry, a symlink too (O_CREAT|O_EXCL): nothing planted is written through
            try (FileChannel channel = FileChannel.open(name, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS)) {
                temp = name;
                kept = new KeptOpen(disk.apply(Channels.newOutputStream(channel)));
                OutputStream out = new BufferedOutputStream(kept, 1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temp, file);
            moved = true;
        } catch (IOException | RuntimeException e) {
            // the file's own failure says why best: libraries (POI, FastCSV) wrap it, or lose it in their own exception
            IOException io = kept != null && kept.failure != null ? kept.failure : WriteFailures.ioCause(e);
            if (io == null) {
                throw (RuntimeException) e;
            }
            throw new IOException(file + " (" + WriteFailures.reason(io) + ")", e);
        } finally {
            if (!moved && temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    /** {@link #write(Path, Content)} for text: UTF-8, no byte order mark. The text may close its writer. */
    public static void writeText(Path file, Text text) throws IOException {
        write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            text.writeTo(writer);
            writer.flush();
        });
    }

    /** {@link #writeText(Path, Text)} of one string. */
    public static void writeString(Path file, String text) throws IOException {
        writeText(file, out -> out.write(text));
    }

    /** A hidden name beside the target that nothing else uses: ".plan.xlsx.3f9c2a61d04b7e55.writing". */
    private static Path tempName(Path file) throws IOException {
        Path name = file.getFileName();
        if (name == null) {
            throw new IOException("not a file name");
        }
        String kept = name.toString();
        if (kept.length() > KEPT_NAME_LENGTH) {
            kept = kept.substring(0, KEPT_NAME_LENGTH);
        }
        byte[] random = new byte[8];
        RANDOM.nextBytes(random);
        return file.resolveSibling("." + kept + "." + HexFormat.of().formatHex(random) + ".writing");
    }

    private static void move(Path temp, Path file) throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * The file's stream as content sees it: it may close it (a CSV writer does), but the file must stay open to be
     * forced to the disk; and its first failure is kept.
     */
    private static final class KeptOpen extends FilterOutputStream {
        private IOException failure;

        KeptOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException | UncheckedIOException cleanup) {
            // the temporary file stays; the failure that matters is already on its way
        }
    }
}
