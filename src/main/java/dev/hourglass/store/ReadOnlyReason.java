package dev.hourglass.store;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Why a workbook can only be read, as a code with its arguments for the desktop to say in its language;
 * {@link #english()} is the sentence the CLI prints. A save cut short or an older format shown from a copy is said
 * after the reason.
 */
public record ReadOnlyReason(Why why, List<Object> args, Shown shown) {

    /** Why the file cannot be written; the arguments each takes are listed with it. */
    public enum Why {
        /** The user asked for it. */
        OPENED_READ_ONLY,
        /** The medium is read-only. */
        READ_ONLY_MEDIUM,
        /** The system's reason (English, as the system gives it). */
        MEDIUM_UNEXAMINED,
        /** The file is read-only. */
        FILE_READ_ONLY,
        /** The file's folder is read-only. */
        FOLDER_READ_ONLY,
        /** The workbook's format, the newest format this version reads. */
        NEWER_FORMAT
    }

    /** From what it is shown: the file itself, a copy rolled back from a save cut short, or an upgraded copy. */
    public enum Shown { AS_IT_IS, BEFORE_A_SAVE_CUT_SHORT, FROM_AN_UPGRADED_COPY }

    public ReadOnlyReason {
        args = Collections.unmodifiableList(Arrays.asList(args.toArray()));
    }

    static ReadOnlyReason of(Why why, Object... args) {
        return new ReadOnlyReason(why, Arrays.asList(args), Shown.AS_IT_IS);
    }

    ReadOnlyReason shown(Shown from) {
        return new ReadOnlyReason(why, args, from);
    }

    public String english() {
        String reason = switch (why) {
            case OPENED_READ_ONLY -> "it was opened read-only";
            case READ_ONLY_MEDIUM -> "it is on a read-only medium";
            case MEDIUM_UNEXAMINED -> "its medium cannot be examined (" + args.get(0) + ")";
            case FILE_READ_ONLY -> "the file is read-only";
            case FOLDER_READ_ONLY -> "its folder is read-only";
            case NEWER_FORMAT -> "it was written by a newer Hourglass (workbook format " + args.get(0) + "; this version "
                    + "reads format " + args.get(1) + " and older) and is opened read-only, unchanged";
        };
        return switch (shown) {
            case AS_IT_IS -> reason;
            case BEFORE_A_SAVE_CUT_SHORT -> reason + "; a save of it was cut short (a crash?), so it is shown as it was"
                    + " before that save, from a temporary copy: open it normally once (in the app or with a command"
                    + " that writes) to finish recovering it";
            case FROM_AN_UPGRADED_COPY -> reason + " (written by an older Hourglass: shown from an upgraded temporary"
                    + " copy, the file itself is unchanged)";
        };
    }
}
