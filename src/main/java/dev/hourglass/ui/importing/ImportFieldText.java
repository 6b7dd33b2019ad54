package dev.hourglass.ui.importing;

import dev.hourglass.ui.common.UiText;

/**
 * A field of an import as the wizard labels it ("Startdatum" for {@code startDate}); a mapping file names it by its
 * key, which the label's tooltip gives.
 */
final class ImportFieldText {
    private ImportFieldText() {
    }

    static String label(String field) {
        return UiText.text("importField." + field);
    }

    static String keyTip(String field) {
        return UiText.text("import.field.keyTip", field);
    }
}
