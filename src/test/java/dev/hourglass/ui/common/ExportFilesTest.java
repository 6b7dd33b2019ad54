package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExportFilesTest {
    @Test
    void suggestedNamesLoseWhatFileSystemsRefuse() {
        assertThat(ExportFiles.fileName("NRR 110 % / Q3: \"best\"")).isEqualTo("NRR 110 %   Q3   best");
        assertThat(ExportFiles.fileName("Seed base case — workshop report")).isEqualTo("Seed base case — workshop report");
        assertThat(ExportFiles.fileName(" <> ")).isEqualTo("Hourglass");
    }
}
