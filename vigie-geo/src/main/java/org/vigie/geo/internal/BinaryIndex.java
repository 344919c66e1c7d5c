package org.vigie.geo.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.vigie.geo.Place;

/**
 * The gazetteer as the loader wants it: places in parallel primitive arrays (short strings through
 * one string table), ids, names and keys in char blobs with open-addressing hash tables of int
 * offsets written at build time, postings in one int array. Loading is a handful of bulk reads.
 * Written by {@link PlaceIndex#writeBinary} from an index read from the TSV without the curated
 * files, so that loading it and applying the curated files gives the same index as the TSV path.
 */
final class BinaryIndex {
  static final int MAGIC = 0x56474231; // "VGB1"

  int n;
  String[] strings;
  double[] lat;
  double[] lon;
  int[] country;
  int[] admin1Code;
  int[] admin1Name;
  int[] admin2;
  int[] fclass;
  int[] fcode;
  long[] population;
  double[] importance;
  int[] nameKeyHash;
  int maxKeyTokens;

  /** ids, then names, of the places in order: entry i is id i, entry n + i is name i. */
  Table text;

  Table keys;
  int[] postOffsets;
  int[] posts;
  Table firstWords;
  int[] firstWordSpan;
  Table prefixes;
  final Map<String, Integer> countries = new HashMap<>();
  final Map<String, Integer> admins = new HashMap<>();
  final Map<String, String> admin1Names = new HashMap<>();
  private Place[] cache;

  /** Strings in one char blob; {@link #find} looks one up through a hash table of entry numbers. */
  static final class Table {
    char[] chars;
    int[] offsets; // size count + 1
    int[] slots; // entry + 1, 0 empty; length a power of two

    static Table of(List<String> entries, boolean hashed) {
      Table t = new Table();
      int len = 0;
      for (String s : entries) {
        len += s.length();
      }
      t.chars = new char[len];
      t.offsets = new int[entries.size() + 1];
      int o = 0;
      for (int i = 0; i < entries.size(); i++) {
        String s = entries.get(i);
        s.getChars(0, s.length(), t.chars, o);
        o += s.length();
        t.offsets[i + 1] = o;
      }
      int cap = 1;
      while (hashed && cap < entries.size() * 2) {
        cap <<= 1;
      }
      t.slots = new int[hashed ? cap : 0];
      if (hashed) {
        for (int i = 0; i < entries.size(); i++) {
          int s = spread(entries.get(i).hashCode()) & (cap - 1);
          while (t.slots[s] != 0) {
            s = (s + 1) & (cap - 1);
          }
          t.slots[s] = i + 1;
        }
      }
      return t;
    }

    int find(String key) {
      if (slots.length == 0) {
        return -1;
      }
      int mask = slots.length - 1;
      int len = key.length();
      for (int s = spread(key.hashCode()) & mask; ; s = (s + 1) & mask) {
        int e = slots[s] - 1;
        if (e < 0) {
          return -1;
        }
        int from = offsets[e];
        if (offsets[e + 1] - from == len && matches(key, from, len)) {
          return e;
        }
      }
    }

    private boolean matches(String key, int from, int len) {
      for (int i = 0; i < len; i++) {
        if (chars[from + i] != key.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    String get(int e) {
      return new String(chars, offsets[e], offsets[e + 1] - offsets[e]);
    }

    void write(DataOutputStream out) throws IOException {
      out.writeInt(chars.length);
      out.writeInt(offsets.length);
      out.writeInt(slots.length);
      ByteBuffer b = ByteBuffer.allocate(chars.length * 2);
      b.asCharBuffer().put(chars);
      out.write(b.array());
      writeInts(out, offsets);
      writeInts(out, slots);
    }

    static Table read(DataInputStream in) throws IOException {
      Table t = new Table();
      int nc = in.readInt();
      int no = in.readInt();
      int ns = in.readInt();
      byte[] b = new byte[nc * 2];
      in.readFully(b);
      t.chars = new char[nc];
      ByteBuffer.wrap(b).asCharBuffer().get(t.chars);
      t.offsets = readInts(in, no);
      t.slots = readInts(in, ns);
      return t;
    }
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B1;
  }

  /** Postings of a key, or null when the base has no such key. */
  int[] postings(String key) {
    int e = keys.find(key);
    if (e < 0) {
      return null;
    }
    return java.util.Arrays.copyOfRange(posts, postOffsets[e], postOffsets[e + 1]);
  }

  /** The most words of a key starting with this word, or 0. */
  int span(String firstWord) {
    int e = firstWords.find(firstWord);
    return e < 0 ? 0 : firstWordSpan[e];
  }

  int indexOf(String id) {
    int e = text.find(id);
    return e >= 0 && e < n ? e : -1;
  }

  String admin2(int idx) {
    return strings[admin2[idx]];
  }

  String featureCode(int idx) {
    return strings[fcode[idx]];
  }

  /** Places are made on first use; a racing thread at worst makes an equal second record. */
  Place place(int idx) {
    Place p = cache[idx];
    if (p == null) {
      p =
          new Place(
              text.get(idx),
              text.get(n + idx),
              lat[idx],
              lon[idx],
              strings[country[idx]],
              strings[admin1Name[idx]],
              strings[admin1Code[idx]],
              strings[fclass[idx]],
              strings[fcode[idx]],
              population[idx]);
      cache[idx] = p;
    }
    return p;
  }

  // --- writing -------------------------------------------------------------------------------

  static void write(
      OutputStream os,
      List<Place> places,
      List<String> admin2Codes,
      double[] importance,
      int[] nameKeyHash,
      int maxKeyTokens,
      Map<String, int[]> keyPostings,
      Map<String, Integer> firstWordSpans,
      java.util.Set<String> prefixes,
      Map<String, Integer> countries,
      Map<String, Integer> admins,
      Map<String, String> admin1Names)
      throws IOException {
    int n = places.size();
    Map<String, Integer> stringIds = new HashMap<>();
    List<String> strings = new ArrayList<>();
    int[][] cols = new int[6][n];
    List<String> text = new ArrayList<>(2 * n);
    for (int i = 0; i < n; i++) {
      text.add(places.get(i).id());
    }
    for (int i = 0; i < n; i++) {
      Place p = places.get(i);
      text.add(p.name());
      String[] v = {
        p.country(),
        p.admin1(),
        p.admin1Code(),
        admin2Codes.get(i),
        p.featureClass(),
        p.featureCode()
      };
      for (int c = 0; c < 6; c++) {
        String s = v[c] == null ? "" : v[c];
        Integer id = stringIds.get(s);
        if (id == null) {
          id = strings.size();
          stringIds.put(s, id);
          strings.add(s);
        }
        cols[c][i] = id;
      }
    }
    List<String> keyList = new ArrayList<>(keyPostings.keySet());
    int[] postOffsets = new int[keyList.size() + 1];
    int total = 0;
    for (int i = 0; i < keyList.size(); i++) {
      total += keyPostings.get(keyList.get(i)).length;
      postOffsets[i + 1] = total;
    }
    int[] posts = new int[total];
    for (int i = 0; i < keyList.size(); i++) {
      int[] v = keyPostings.get(keyList.get(i));
      System.arraycopy(v, 0, posts, postOffsets[i], v.length);
    }
    List<String> fw = new ArrayList<>(firstWordSpans.keySet());
    int[] spans = new int[fw.size()];
    for (int i = 0; i < spans.length; i++) {
      spans[i] = firstWordSpans.get(fw.get(i));
    }
    try (DataOutputStream out =
        new DataOutputStream(
            new BufferedOutputStream(new GZIPOutputStream(os, 1 << 16), 1 << 16))) {
      out.writeInt(MAGIC);
      out.writeInt(n);
      out.writeInt(maxKeyTokens);
      out.writeInt(strings.size());
      for (String s : strings) {
        out.writeUTF(s);
      }
      double[] lat = new double[n];
      double[] lon = new double[n];
      long[] pop = new long[n];
      for (int i = 0; i < n; i++) {
        lat[i] = places.get(i).lat();
        lon[i] = places.get(i).lon();
        pop[i] = places.get(i).population();
      }
      writeDoubles(out, lat);
      writeDoubles(out, lon);
      for (int[] c : cols) {
        writeInts(out, c);
      }
      writeLongs(out, pop);
      writeDoubles(out, java.util.Arrays.copyOf(importance, n));
      writeInts(out, java.util.Arrays.copyOf(nameKeyHash, n));
      Table.of(text, true).write(out);
      Table.of(keyList, true).write(out);
      writeInts(out, postOffsets);
      out.writeInt(posts.length);
      writeInts(out, posts);
      Table.of(fw, true).write(out);
      writeInts(out, spans);
      Table.of(new ArrayList<>(prefixes), true).write(out);
      writeMap(out, countries);
      writeMap(out, admins);
      out.writeInt(admin1Names.size());
      for (Map.Entry<String, String> e : admin1Names.entrySet()) {
        out.writeUTF(e.getKey());
        out.writeUTF(e.getValue());
      }
    }
  }

  private static void writeMap(DataOutputStream out, Map<String, Integer> m) throws IOException {
    out.writeInt(m.size());
    for (Map.Entry<String, Integer> e : m.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeInt(e.getValue());
    }
  }

  private static void readMap(DataInputStream in, Map<String, Integer> m) throws IOException {
    for (int i = in.readInt(); i > 0; i--) {
      String k = in.readUTF();
      m.put(k, in.readInt());
    }
  }

  static void writeInts(DataOutputStream out, int[] v) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(v.length * 4);
    b.asIntBuffer().put(v);
    out.write(b.array());
  }

  private static void writeLongs(DataOutputStream out, long[] v) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(v.length * 8);
    b.asLongBuffer().put(v);
    out.write(b.array());
  }

  private static void writeDoubles(DataOutputStream out, double[] v) throws IOException {
    ByteBuffer b = ByteBuffer.allocate(v.length * 8);
    b.asDoubleBuffer().put(v);
    out.write(b.array());
  }

  // --- reading -------------------------------------------------------------------------------

  /** Reads the rest of a binary index after its magic number (already consumed). */
  static BinaryIndex read(DataInputStream in) throws IOException {
    BinaryIndex b = new BinaryIndex();
    int n = in.readInt();
    b.n = n;
    b.maxKeyTokens = in.readInt();
    b.strings = new String[in.readInt()];
    for (int i = 0; i < b.strings.length; i++) {
      b.strings[i] = in.readUTF();
    }
    b.lat = readDoubles(in, n);
    b.lon = readDoubles(in, n);
    b.country = readInts(in, n);
    b.admin1Name = readInts(in, n);
    b.admin1Code = readInts(in, n);
    b.admin2 = readInts(in, n);
    b.fclass = readInts(in, n);
    b.fcode = readInts(in, n);
    b.population = readLongs(in, n);
    b.importance = readDoubles(in, n);
    b.nameKeyHash = readInts(in, n);
    b.text = Table.read(in);
    b.keys = Table.read(in);
    b.postOffsets = readInts(in, b.keys.offsets.length);
    b.posts = readInts(in, in.readInt());
    b.firstWords = Table.read(in);
    b.firstWordSpan = readInts(in, b.firstWords.offsets.length - 1);
    b.prefixes = Table.read(in);
    readMap(in, b.countries);
    readMap(in, b.admins);
    for (int i = in.readInt(); i > 0; i--) {
      String k = in.readUTF();
      b.admin1Names.put(k, in.readUTF());
    }
    b.cache = new Place[n];
    return b;
  }

  static DataInputStream input(InputStream raw) {
    return new DataInputStream(new BufferedInputStream(raw, 1 << 16));
  }

  static int[] readInts(DataInputStream in, int count) throws IOException {
    byte[] b = new byte[count * 4];
    in.readFully(b);
    int[] v = new int[count];
    ByteBuffer.wrap(b).asIntBuffer().get(v);
    return v;
  }

  private static long[] readLongs(DataInputStream in, int count) throws IOException {
    byte[] b = new byte[count * 8];
    in.readFully(b);
    long[] v = new long[count];
    ByteBuffer.wrap(b).asLongBuffer().get(v);
    return v;
  }

  private static double[] readDoubles(DataInputStream in, int count) throws IOException {
    byte[] b = new byte[count * 8];
    in.readFully(b);
    double[] v = new double[count];
    ByteBuffer.wrap(b).asDoubleBuffer().get(v);
    return v;
  }
}
