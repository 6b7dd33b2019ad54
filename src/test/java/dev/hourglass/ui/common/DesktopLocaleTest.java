package dev.hourglass.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DesktopLocaleTest {
    @Test
    void theSystemsRegionIsKeptWhenItSpeaksTheLanguageChosen() {
        Locale swiss = Locale.forLanguageTag("de-CH");
        assertThat(DesktopLocale.formatsFor(Locale.GERMAN, swiss)).isEqualTo(swiss);
        assertThat(DesktopLocale.formatsFor(Locale.ENGLISH, Locale.US)).isEqualTo(Locale.US);
    }

    @Test
    void anotherLanguageWritesItsOwnFormats() {
        assertThat(DesktopLocale.formatsFor(Locale.ENGLISH, Locale.GERMANY)).isEqualTo(Locale.ENGLISH);
        assertThat(DesktopLocale.formatsFor(Locale.GERMAN, Locale.US)).isEqualTo(Locale.GERMAN);
    }
}
