package org.motus.problem.log;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Rows a service could not write when they happened because its database was unreachable (audit
 * rows of refused or failed calls, written in a transaction of their own): held in memory, oldest
 * first, and written by the next {@link #flush()} that reaches the database, each with the time it
 * happened. The queue is bounded: beyond its capacity the oldest row is dropped and logged as lost,
 * and rows still held when the process stops are logged as lost one by one ({@link #abandon()}).
 * Safe to use from request and scheduler threads.
 */
public final class HeldRows<T> {

    /** How many held rows one flush writes in one transaction. */
    static final int BATCH = 200;

    private final String what;
    private final int capacity;
    private final Consumer<List<T>> writer;
    private final Function<T, String> describe;
    private final OutageLog.Sink sink;
    private final Deque<T> held = new ArrayDeque<>();
    private boolean reported;

    /**
     * @param writer writes the rows in one transaction, or throws (nothing of the batch is kept then)
     * @param describe the row in words, for a log line when it is lost
     */
    public HeldRows(
            String what, int capacity, Consumer<List<T>> writer, Function<T, String> describe, OutageLog.Sink sink) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1");
        }
        this.what = Objects.requireNonNull(what);
        this.capacity = capacity;
        this.writer = Objects.requireNonNull(writer);
        this.describe = Objects.requireNonNull(describe);
        this.sink = Objects.requireNonNull(sink);
    }

    /** Keeps a row whose write failed for want of the database, to write it once the database is back. */
    public void hold(T row, Throwable cause) {
        T dropped = null;
        boolean first;
        synchronized (this) {
            if (held.size() == capacity) {
                dropped = held.pollFirst();
            }
            held.addLast(row);
            first = !reported;
            reported = true;
        }
        if (first) {
            sink.error(what + ": the database is unreachable; holding rows to write them when it is back", cause);
        }
        if (dropped != null) {
            sink.error(what + " lost (" + capacity + " held already): " + describe.apply(dropped), null);
        }
    }

    /** Writes what is held, a batch at a time, until none is left or a write fails; returns how many were written. */
    public int flush() {
        int written = 0;
        while (true) {
            List<T> batch;
            synchronized (this) {
                if (held.isEmpty()) {
                    break;
                }
                batch = new ArrayList<>(Math.min(BATCH, held.size()));
                for (T row : held) {
                    if (batch.size() == BATCH) {
                        break;
                    }
                    batch.add(row);
                }
            }
            try {
                writer.accept(List.copyOf(batch));
            } catch (RuntimeException stillDown) {
                return written;
            }
            synchronized (this) {
                // Not "the first n": a row may have been dropped for room while the batch was written.
                batch.forEach(held::removeFirstOccurrence);
            }
            written += batch.size();
        }
        if (written > 0) {
            synchronized (this) {
                reported = !held.isEmpty();
            }
            sink.info(what + ": wrote " + written + " held row(s) now that the database is back");
        }
        return written;
    }

    /** Logs every row still held as lost (the process is stopping before the database came back). */
    public void abandon() {
        List<T> lost;
        synchronized (this) {
            lost = new ArrayList<>(held);
            held.clear();
        }
        lost.forEach(row -> sink.error(what + " lost at shutdown: " + describe.apply(row), null));
    }

    public synchronized int size() {
        return held.size();
    }
}
