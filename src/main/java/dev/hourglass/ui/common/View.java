package dev.hourglass.ui.common;

/**
 * A view the main window shows in a tab, told when its tab is chosen and left: a view reads its data the first time
 * it is shown (not while the window opens), and one whose figures cost a lot follows edits only while it is seen.
 * Its controller implements it; a view that needs neither does not.
 */
public interface View {
    /** A view that needs to hear neither. */
    View NONE = new View() {
    };

    /** Its tab was chosen (also the first time, right after the view was loaded). */
    default void shown() {
    }

    /** Another tab was chosen. */
    default void hidden() {
    }
}
