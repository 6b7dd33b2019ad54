package dev.hourglass.model;

/** Waiting for another thread's work to the end, as a computation that must not be left half done does. */
public final class Waits {
    /** A wait that an interrupt may cut short, and that may fail in a way of its own ({@code E}). */
    @FunctionalInterface
    public interface Wait<T, E extends Exception> {
        T result() throws InterruptedException, E;
    }

    private Waits() {
    }

    /**
     * The wait's result, waiting again whenever an interrupt cuts it short; the thread is then left interrupted, as
     * it was asked to be, for the caller's caller to see.
     */
    public static <T, E extends Exception> T uninterruptibly(Wait<T, E> wait) throws E {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return wait.result();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
