package dev.hourglass.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SoftwareRenderingTest {
    @TempDir
    Path dir;
    private Path file;
    private String orderBefore;

    @BeforeEach
    void noChoiceYet() {
        file = dir.resolve("software-rendering");
        orderBefore = System.getProperty("prism.order");
        System.clearProperty("prism.order");
    }

    @AfterEach
    void restore() {
        if (orderBefore == null) {
            System.clearProperty("prism.order");
        } else {
            System.setProperty("prism.order", orderBefore);
        }
    }

    @Test
    void aMachineRememberedToDrawInSoftwareAsksForItBeforeTheToolkitStarts() throws Exception {
        Files.writeString(file, SoftwareRendering.machine() + "\n");

        SoftwareRendering.useIfRemembered(file);

        assertThat(System.getProperty("prism.order")).isEqualTo("sw");
    }

    @Test
    void anotherSystemOrJavaTriesTheHardwareAgain() throws Exception {
        Files.writeString(file, "Linux 5.10 amd64 11.0.2 x11");

        SoftwareRendering.useIfRemembered(file);

        assertThat(System.getProperty("prism.order")).isNull();
    }

    @Test
    void nothingRememberedTriesTheHardware() {
        SoftwareRendering.useIfRemembered(file);

        assertThat(System.getProperty("prism.order")).isNull();
    }

    @Test
    void theUsersOwnChoiceIsKept() throws Exception {
        Files.writeString(file, SoftwareRendering.machine());
        System.setProperty("prism.order", "es2");

        SoftwareRendering.useIfRemembered(file);

        assertThat(System.getProperty("prism.order")).isEqualTo("es2");
    }
}
