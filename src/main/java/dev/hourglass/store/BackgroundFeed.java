package dev.hourglass.store;

import dev.hourglass.model.pipeline.Deal;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs a deal feed (a CSV reader) on its own thread while the calling thread writes what it produced, so parsing
 * and inserting a million rows overlap on two cores. Deals travel in batches; whatever the feed throws comes out
 * of {@link #drainInto}, and a failing writer stops the feed.
 */
final class BackgroundFeed<X extends Exception> {
    private static final int BATCH = 4096;
    private static final Deal[] END = new Deal[0];

    private final BlockingQueue<Deal[]> batches = new ArrayBlockingQueue<>(16);
    private final Workbook.DealFeed<X> feed;
    private volatile boolean stopped;
    private volatile Throwable failure;

    BackgroundFeed(Workbook.DealFeed<X> feed) {
        this.feed = feed;
    }

    /** Starts the feed and hands every deal to {@code sink} on this thread, in order. */
    @SuppressWarnings("unchecked")
    void drainInto(Consumer<Deal> sink) throws X {
        Thread producer = new Thread(this::produce, "import-feed");
        producer.setDaemon(true);
        producer.start();
        try {
            for (Deal[] batch = take(); batch != END; batch = take()) {
                for (Deal deal : batch) {
                    sink.accept(deal);
                }
            }
        } catch (RuntimeException | Error e) {
            stopped = true;
            throw e;
        }
        Throwable thrown = failure;
        if (thrown instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (thrown instanceof Error error) {
            throw error;
        }
        if (thrown != null) {
            throw (X) thrown; // the feed declares only X
        }
    }

    private void produce() {
        Deal[][] batch = {new Deal[BATCH]};
        int[] size = {0};
        try {
            feed.feed(deal -> {
                if (stopped) {
                    throw new CancellationException("the import stopped");
                }
                batch[0][size[0]++] = deal;
                if (size[0] == BATCH) {
                    put(batch[0]);
                    batch[0] = new Deal[BATCH];
                    size[0] = 0;
                }
            });
            if (size[0] > 0) {
                Deal[] last = new Deal[size[0]];
                System.arraycopy(batch[0], 0, last, 0, size[0]);
                put(last);
            }
        } catch (Throwable e) {
            failure = e;
        } finally {
            put(END);
        }
    }

    private void put(Deal[] batch) {
        try {
            while (!stopped && !batches.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                // the writer is busy; wait unless it gave up
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }

    private Deal[] take() {
        try {
            return batches.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
            throw new ImportInterruptedException();
        }
    }
}
