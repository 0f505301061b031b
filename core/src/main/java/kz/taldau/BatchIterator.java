package kz.taldau;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs a function over inputs on a fixed pool and yields results in input order, with at most
 * {@code 16 × threads} inputs read ahead, so memory stays bounded on an endless stream. The pool's threads
 * are daemons and are shut down when the inputs are exhausted or {@link #close()} is called.
 */
final class BatchIterator implements Iterator<BatchResult>, AutoCloseable {
  private static final AtomicInteger POOLS = new AtomicInteger();

  private final Iterator<TextInput> inputs;
  private final Function<TextInput, BatchResult> work;
  private final ExecutorService pool;
  private final int window;
  private final ArrayDeque<Future<BatchResult>> pending = new ArrayDeque<>();

  BatchIterator(Iterator<TextInput> inputs, int threads, Function<TextInput, BatchResult> work) {
    this.inputs = inputs;
    this.work = work;
    this.window = threads * 16;
    int poolId = POOLS.incrementAndGet();
    AtomicInteger n = new AtomicInteger();
    ThreadFactory factory = r -> {
      Thread t = new Thread(r, "taldau-batch-" + poolId + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
    this.pool = Executors.newFixedThreadPool(threads, factory);
  }

  private void fill() {
    while (pending.size() < window && inputs.hasNext()) {
      TextInput in = inputs.next();
      pending.add(pool.submit(() -> work.apply(in)));
    }
    if (pending.isEmpty()) {
      pool.shutdown();
    }
  }

  @Override
  public boolean hasNext() {
    fill();
    return !pending.isEmpty();
  }

  @Override
  public BatchResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Future<BatchResult> f = pending.poll();
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      close();
      throw new CancellationException("interrupted while waiting for a batch result");
    } catch (ExecutionException e) {
      // work() turns RuntimeExceptions into failed results; what reaches here is an Error.
      close();
      Throwable cause = e.getCause();
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException("batch worker failed", cause);
    }
  }

  @Override
  public void close() {
    pool.shutdownNow();
    pending.clear();
  }
}
