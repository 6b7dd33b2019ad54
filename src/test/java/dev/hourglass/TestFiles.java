package dev.hourglass;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files a test writes into its temporary folder. */
public final class TestFiles {
    private TestFiles() {
    }

    /** Writes {@code content} as UTF-8 to {@code dir/name} and returns its path. */
    public static Path write(Path dir, String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        return file;
    }
}
