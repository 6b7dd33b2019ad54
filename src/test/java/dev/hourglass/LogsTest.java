package dev.hourglass;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.ServiceLoader;
import java.util.logging.Handler;
import java.util.logging.Logger;
import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.bridge.SLF4JBridgeHandler;

/** Every library's log reaches Logback; the app's configuration keeps warnings in a file and prints nothing. */
class LogsTest {
    @TempDir
    Path dir;

    @Test
    void log4jAsPoiUsesItIsRoutedToSlf4j() {
        assertThat(LogManager.getFactory().getClass().getName())
                .isEqualTo("org.apache.logging.slf4j.SLF4JLoggerContextFactory");
        assertThat(LogManager.getLogger("org.apache.poi.Test").getClass().getName())
                .isEqualTo("org.apache.logging.slf4j.SLF4JLogger");
    }

    @Test
    void javaUtilLoggingGoesThroughTheBridgeOnlyOnceInstalledTwice() {
        Logger root = Logger.getLogger("");
        Handler[] before = root.getHandlers();
        try {
            Logs.routeJavaUtilLogging();
            Logs.routeJavaUtilLogging();
            assertThat(root.getHandlers()).hasSize(1).allMatch(h -> h instanceof SLF4JBridgeHandler);
        } finally {
            SLF4JBridgeHandler.uninstall();
            Arrays.stream(before).forEach(root::addHandler);
        }
    }

    @Test
    void theAppsConfigurationWritesWarningsToTheLogFileAndNothingToTheConsole() throws Exception {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        try {
            System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
            LogConfiguration.writeToFile(context, dir.toString());
            context.getLogger("org.apache.poi.Test").info("routine detail");
            context.getLogger("org.apache.poi.Test").warn("Cannot write: [Content_Types].xml in Zip !");
            context.getLogger("dev.hourglass.ui.Startup").info("first frame of the main window shown");
        } finally {
            context.stop();
            System.setOut(out);
            System.setErr(err);
        }

        assertThat(console.toString(StandardCharsets.UTF_8)).isEmpty();
        String written = Files.readString(dir.resolve("hourglass.log"));
        assertThat(written).contains("WARN", "org.apache.poi.Test", "Cannot write: [Content_Types].xml in Zip !")
                .contains("INFO", "first frame of the main window shown")
                .doesNotContain("routine detail");
    }

    @Test
    void logbackFindsTheAppsConfigurationAsAService() {
        assertThat(ServiceLoader.load(Configurator.class)).anyMatch(c -> c instanceof LogConfiguration);
    }
}
