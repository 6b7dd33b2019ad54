package dev.hourglass.store;

import java.time.Instant;

/** What a workbook says about itself: format, the app version that last wrote it, times, currency and locale. */
public record WorkbookInfo(int formatVersion, String appVersion, Instant createdAt, Instant modifiedAt,
                           String currency, String locale) {
}
