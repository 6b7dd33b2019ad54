package dev.hourglass.ui.common;

import dev.hourglass.io.csv.Detection;
import dev.hourglass.io.csv.RowDetail;
import dev.hourglass.io.csv.RowProblems;
import dev.hourglass.io.csv.RowReason;
import dev.hourglass.model.figures.FigureFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A finding of how an import read its file (the wizard's "What Hourglass found", a dataset's import report) in the
 * desktop's language. In English it is the import's own sentence, as the CLI prints it (it says more than a code's
 * arguments: why a date reading won, the values that did not fit); a finding without its own code stays English.
 */
public final class DetectionText {
    /** Where a VALUES_LEFT_EMPTY finding's codes start among its arguments. */
    private static final int LEFT_EMPTY_CODE = 6;

    private DetectionText() {
    }

    public static String of(Detection detection) {
        FigureFormatter f = new FigureFormatter(Locale.getDefault(Locale.Category.FORMAT), "", UiText.language());
        if (UiText.speaksEnglish()) { // the import's own words
            return detection.english();
        }
        return switch (detection.code()) {
            case TEXT -> detection.english();
            case DECIMAL_MARK -> UiText.text(key(detection) + (",".equals(detection.args().get(2)) ? ".comma" : ".point"),
                    detection.args().get(0), detection.args().get(1));
            case CENTS, NOT_CENTS_AFTER_ALL -> CentsText.of(detection);
            case BYTES_REPLACED -> UiText.text(key(detection) + ((Long) detection.args().get(2) > 0 ? ".more" : ""),
                    detection.args().get(0), f.number((Long) detection.args().get(1), 0),
                    f.number((Long) detection.args().get(2), 0));
            case LEDGER_GAPS -> gaps(detection.args(), f);
            case MONTH_COLUMNS_READ -> UiText.text(key(detection) + ("".equals(detection.args().get(5)) ? ".allUsed" : ""),
                    detection.args().get(0), f.number((Long) detection.args().get(1), 0), detection.args().get(2),
                    detection.args().get(3), detection.args().get(4), detection.args().get(5));
            case RECOGNISED_EXPORT -> UiText.text(key(detection), ExportNameText.of((String) detection.args().get(0)));
            case VALUES_LEFT_EMPTY -> UiText.text(key(detection), f.number((Long) detection.args().get(0), 0),
                    leftEmptyReason(detection.args())) + firstExample(leftEmptyExample(detection.args()));
            default -> UiText.text(key(detection), detection.args().stream()
                    .map(arg -> arg instanceof Long count ? f.number(count, 0) : arg).toArray());
        };
    }

    /** The customers with gaps, each as customer, months missing, first month missing after the count named. */
    private static String gaps(List<Object> args, FigureFormatter f) {
        List<String> customers = new ArrayList<>();
        for (int i = 1; i + 2 < args.size(); i += 3) {
            customers.add(UiText.text("detection.LEDGER_GAPS.customer", args.get(i),
                    f.number((Long) args.get(i + 1), 0), args.get(i + 2)));
        }
        long named = (Long) args.get(0);
        return named > 0 ? UiText.text("detection.LEDGER_GAPS.first", f.number(named, 0), String.join(", ", customers))
                : UiText.text("detection.LEDGER_GAPS", String.join(", ", customers));
    }

    /** Why values were left empty: the reason's code and arguments after the first place, else its English. */
    private static String leftEmptyReason(List<Object> args) {
        String english = String.valueOf(args.get(1));
        if (args.size() < LEFT_EMPTY_CODE + 1) { // kept before the reason had a code
            return english;
        }
        int reasonAt = reasonCodeAt(args);
        return Arrays.stream(RowReason.Code.values()).filter(c -> c.name().equals(args.get(reasonAt)))
                .findFirst().map(code -> RowReasonText.of(new RowReason(code, args.subList(reasonAt + 1,
                        args.size()).stream().map(String::valueOf).toList(), english)))
                .orElse(english);
    }

    /** After the place: the detail's argument count, code and arguments, or (kept before those were) the reason's code. */
    private static int reasonCodeAt(List<Object> args) {
        return args.get(LEFT_EMPTY_CODE) instanceof Long detailArgs
                ? LEFT_EMPTY_CODE + 2 + detailArgs.intValue() : LEFT_EMPTY_CODE;
    }

    /** The first value left empty by its place, else (kept before places were) its English example. */
    private static String leftEmptyExample(List<Object> args) {
        if (args.size() < LEFT_EMPTY_CODE + 1 || (Long) args.get(3) == 0) {
            return String.valueOf(args.get(2));
        }
        String column = String.valueOf(args.get(4));
        String english = String.valueOf(args.get(5));
        return RowReasonText.place(new RowProblems.Place((Long) args.get(3), column.isEmpty() ? null : column,
                english, detail(args, english)));
    }

    /** The first place's detail coded, or its English as a value when kept before the detail had a code. */
    private static RowDetail detail(List<Object> args, String english) {
        if (!(args.get(LEFT_EMPTY_CODE) instanceof Long detailArgs)) {
            return RowDetail.value(english);
        }
        int from = LEFT_EMPTY_CODE + 2;
        return Arrays.stream(RowDetail.Code.values()).filter(c -> c.name().equals(args.get(LEFT_EMPTY_CODE + 1)))
                .findFirst().map(code -> new RowDetail(code, args.subList(from, from + detailArgs.intValue()).stream()
                        .map(String::valueOf).toList()))
                .orElse(RowDetail.value(english));
    }

    private static String key(Detection detection) {
        return "detection." + detection.code().name();
    }

    private static String firstExample(String example) {
        return example.isEmpty() ? "" : UiText.text("detection.firstExample", example);
    }
}
