package kz.taldau;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.provider.Arguments;

/** Reads "input => expected" table files from test resources, with \n and \\uXXXX escapes. */
public final class TestTables {
  private static final Pattern UNICODE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");

  private TestTables() {}

  public static List<Arguments> rows(Class<?> owner, String resource) {
    List<Arguments> rows = new ArrayList<>();
    InputStream in = owner.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("missing test table " + resource);
    }
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int no = 0;
      while ((line = r.readLine()) != null) {
        no++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int sep = line.indexOf(" => ");
        if (sep < 0) {
          throw new IllegalStateException(resource + ":" + no + ": no ' => ' in: " + line);
        }
        rows.add(Arguments.of(unescape(line.substring(0, sep)), unescape(line.substring(sep + 4))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  public static String unescape(String s) {
    Matcher m = UNICODE.matcher(s.replace("\\n", "\n"));
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
