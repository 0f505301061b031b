package kz.taldau.cli;

import java.io.PrintWriter;

/** A one-line progress bar on stderr, redrawn in place; silent for fewer than two items. */
final class ProgressBar {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final String unit;
  private final int total;
  private final long startNanos = System.nanoTime();
  private int done;
  private int lastDrawnPercent = -1;

  ProgressBar(PrintWriter err, int total, String unit) {
    this.err = err;
    this.total = total;
    this.unit = unit;
  }

  synchronized void step() {
    done++;
    int percent = total == 0 ? 100 : (int) (100L * done / total);
    if (total < 2 || (percent == lastDrawnPercent && done != total)) {
      return;
    }
    lastDrawnPercent = percent;
    int filled = WIDTH * percent / 100;
    double secs = (System.nanoTime() - startNanos) / 1e9;
    err.printf("\r[%s%s] %3d%% %d/%d %s %.1fs", "#".repeat(filled), " ".repeat(WIDTH - filled), percent, done,
        total, unit, secs);
    if (done == total) {
      err.println();
    }
    err.flush();
  }
}
