package kz.taldau.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.taldau.Language;
import org.junit.jupiter.api.Test;

/** The per-language model cache: one load per language under concurrent first use, languages in parallel. */
class ModelCacheTest {

  @Test
  void concurrentFirstUseLoadsEachLanguageOnceAndSharesIt() throws Exception {
    Map<Language, AtomicInteger> loads = new ConcurrentHashMap<>();
    CountDownLatch start = new CountDownLatch(1);
    ModelCache<Object> cache = new ModelCache<>(l -> {
      loads.computeIfAbsent(l, k -> new AtomicInteger()).incrementAndGet();
      sleep(50); // a slow load, so that the other threads arrive while it runs
      return new Object();
    });
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Object>> kk = new ArrayList<>();
      List<Future<Object>> ru = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        kk.add(pool.submit(() -> {
          start.await();
          return cache.get(Language.KAZAKH);
        }));
        ru.add(pool.submit(() -> {
          start.await();
          return cache.get(Language.RUSSIAN);
        }));
      }
      start.countDown();
      Object k = kk.get(0).get(10, TimeUnit.SECONDS);
      Object r = ru.get(0).get(10, TimeUnit.SECONDS);
      for (int i = 0; i < 8; i++) {
        assertSame(k, kk.get(i).get(10, TimeUnit.SECONDS));
        assertSame(r, ru.get(i).get(10, TimeUnit.SECONDS));
      }
      assertEquals(1, loads.get(Language.KAZAKH).get());
      assertEquals(1, loads.get(Language.RUSSIAN).get());
      assertTrue(cache.isLoaded(Language.KAZAKH));
      assertSame(k, cache.get(Language.KAZAKH));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoLanguagesLoadAtTheSameTime() throws Exception {
    // Each load waits until the other has started: this finishes only if they run in parallel.
    CountDownLatch bothStarted = new CountDownLatch(2);
    ModelCache<String> cache = new ModelCache<>(l -> {
      bothStarted.countDown();
      try {
        if (!bothStarted.await(10, TimeUnit.SECONDS)) {
          throw new AssertionError("the other language's load did not start meanwhile");
        }
      } catch (InterruptedException e) {
        throw new AssertionError(e);
      }
      return l.tag();
    });
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<String> kk = pool.submit(() -> cache.get(Language.KAZAKH));
      Future<String> ru = pool.submit(() -> cache.get(Language.RUSSIAN));
      assertEquals("kk", kk.get(20, TimeUnit.SECONDS));
      assertEquals("ru", ru.get(20, TimeUnit.SECONDS));
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aFailedLoadIsNotKept() {
    AtomicInteger calls = new AtomicInteger();
    ModelCache<String> cache = new ModelCache<>(l -> {
      if (calls.incrementAndGet() == 1) {
        throw new IllegalStateException("broken");
      }
      return "ok";
    });
    assertThrows(IllegalStateException.class, () -> cache.get(Language.KAZAKH));
    assertFalse(cache.isLoaded(Language.KAZAKH));
    assertEquals("ok", cache.get(Language.KAZAKH));
    assertEquals("ok", cache.get(Language.KAZAKH));
    assertEquals(2, calls.get());
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
