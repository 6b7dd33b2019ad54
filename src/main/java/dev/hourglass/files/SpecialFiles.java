package dev.hourglass.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What a path that is neither a file nor a folder is, in words, from its unix file mode: the readers of exports and
 * the workbook store both refuse such paths saying what they are.
 */
public final class SpecialFiles {
    /** A pipe's kind: the one special file that can be read, once, as a stream. */
    public static final String PIPE = "a named pipe (FIFO)";
    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private SpecialFiles() {
    }

    /** The kind of special file, such as "a named pipe (FIFO)"; empty for any other path or with no unix mode. */
    public static Optional<String> kindOf(Path path, LinkOption... options) {
        int mode;
        try {
            mode = (Integer) Files.getAttribute(path, "unix:mode", options);
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException notUnix) {
            return Optional.empty(); // Windows has no unix file mode to tell a device by
        }
        return Optional.ofNullable(switch (mode & TYPE_MASK) {
            case FIFO -> PIPE;
            case CHARACTER_DEVICE -> "a character device (such as /dev/zero)";
            case BLOCK_DEVICE -> "a block device (a disk)";
            case SOCKET -> "a socket";
            default -> null;
        });
    }
}
