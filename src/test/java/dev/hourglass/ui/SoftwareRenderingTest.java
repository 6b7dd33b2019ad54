package dev.hourglass.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hourglass.ui.common.AppPreferences;
import java.util.Optional;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SoftwareRenderingTest {
    private Preferences node;
    private AppPreferences preferences;
    private String orderBefore;

    @BeforeEach
    void freshPreferences() {
        node = Preferences.userRoot().node("dev/hourglass/test-" + System.nanoTime());
        preferences = new AppPreferences(node);
        orderBefore = System.getProperty("prism.order");
        System.clearProperty("prism.order");
    }

    @AfterEach
    void restore() throws Exception {
        node.removeNode();
        if (orderBefore == null) {
            System.clearProperty("prism.order");
        } else {
            System.setProperty("prism.order", orderBefore);
        }
    }

    @Test
    void aMachineRememberedToDrawInSoftwareAsksForItBeforeTheToolkitStarts() {
        preferences.setSoftwareRenderingMachine(Optional.of(SoftwareRendering.machine()));

        SoftwareRendering.useIfRemembered(preferences);

        assertThat(System.getProperty("prism.order")).isEqualTo("sw");
    }

    @Test
    void anotherSystemOrJavaTriesTheHardwareAgain() {
        preferences.setSoftwareRenderingMachine(Optional.of("Linux 5.10 amd64 11.0.2 x11"));

        SoftwareRendering.useIfRemembered(preferences);

        assertThat(System.getProperty("prism.order")).isNull();
    }

    @Test
    void theUsersOwnChoiceIsKept() {
        preferences.setSoftwareRenderingMachine(Optional.of(SoftwareRendering.machine()));
        System.setProperty("prism.order", "es2");

        SoftwareRendering.useIfRemembered(preferences);

        assertThat(System.getProperty("prism.order")).isEqualTo("es2");
    }

    @Test
    void forgettingTheMachineRemovesIt() {
        preferences.setSoftwareRenderingMachine(Optional.of("x"));
        preferences.setSoftwareRenderingMachine(Optional.empty());

        assertThat(preferences.softwareRenderingMachine()).isEmpty();
    }
}
