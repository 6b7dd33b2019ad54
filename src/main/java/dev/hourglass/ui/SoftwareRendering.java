package dev.hourglass.ui;

import dev.hourglass.io.AtomicFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the graphics card cannot draw for JavaFX (a virtual machine, a remote desktop, a server's X display), its
 * toolkit first tries the hardware pipeline, fails, and falls back to drawing in software — at every start: 0.1-0.2 s
 * on this project's 2-core machine (bench/README.md, Desktop start-up). So the fallback is remembered for the machine,
 * its system and its Java, and the next start asks for software drawing at once; a new system or Java tries the
 * hardware again. A {@code -Dprism.order} the user gives is always kept.
 *
 * <p>It is kept in a small file of its own, not in the preferences: it is read before the toolkit starts, on the
 * start's critical path, where java.util.prefs' first read (parsing its XML) cost ~60 ms.
 */
final class SoftwareRendering {
    private static final Logger LOG = LoggerFactory.getLogger(SoftwareRendering.class);
    private static final String ORDER = "prism.order";
    private static final String TEST_PLATFORM = "monocle";
    private static boolean chosenHere;

    private SoftwareRendering() {
    }

    /** Where the machine found to draw in software is written: {@code ~/.hourglass/software-rendering}. */
    static Path defaultFile() {
        return Path.of(System.getProperty("user.home"), ".hourglass", "software-rendering");
    }

    /** Before the toolkit starts: software drawing when this machine was found to need it. */
    static void useIfRemembered(Path file) {
        if (System.getProperty(ORDER) == null && machine().equals(remembered(file))) {
            System.setProperty(ORDER, "sw");
            chosenHere = true;
        }
    }

    /** Once the toolkit has started (on a real screen, with the pipeline it chose itself): remembers what it found. */
    static void remember(Path file) {
        if (chosenHere || System.getProperty(ORDER) != null || isHeadless()) {
            return;
        }
        // no 3D on the software pipeline: the public sign of the fallback
        boolean software = !Platform.isSupported(ConditionalFeature.SCENE3D);
        try {
            if (software && !machine().equals(remembered(file))) {
                Files.createDirectories(file.getParent());
                AtomicFile.writeString(file, machine());
            } else if (!software) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.warn("could not remember how this machine draws in {}", file, e);
        }
    }

    private static String remembered(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** The test platform (Monocle) has no graphics card to find. */
    private static boolean isHeadless() {
        return TEST_PLATFORM.equalsIgnoreCase(System.getProperty("glass.platform", ""))
                || TEST_PLATFORM.equalsIgnoreCase(System.getProperty("javafx.platform", ""));
    }

    static String machine() {
        return String.join(" ", System.getProperty("os.name", ""), System.getProperty("os.version", ""),
                System.getProperty("os.arch", ""), System.getProperty("java.vm.version", ""),
                String.valueOf(System.getenv("XDG_SESSION_TYPE")));
    }
}
