package org.vigie.geo.build;

import java.util.ArrayList;
import java.util.List;

/** Parses one line of a GeoNames main table (19 tab-separated fields) into an entry. */
public final class GeoNamesRow {
  private GeoNamesRow() {}

  /** The entry of one line, or null when the line is malformed. Alternates are filtered. */
  public static GazetteerEntry parse(String line) {
    String[] f = line.split("\t", -1);
    if (f.length < 15) {
      return null;
    }
    try {
      List<String> names = new ArrayList<>();
      if (!f[2].isEmpty() && !f[2].equals(f[1])) {
        names.add(f[2]);
      }
      if (!f[3].isEmpty()) {
        for (String alt : f[3].split(",")) {
          if (NameFilter.keep(alt)) {
            names.add(alt.strip());
          }
        }
      }
      long pop = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
      return new GazetteerEntry(
          "geonames:" + f[0],
          f[1],
          Double.parseDouble(f[4]),
          Double.parseDouble(f[5]),
          f[8],
          f[10],
          f[11],
          f[6],
          f[7],
          pop,
          names);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The GeoNames feature codes worth a gazetteer entry besides populated places. */
  public static boolean useful(String featureClass, String featureCode) {
    return switch (featureClass) {
      case "P" -> true;
      case "A" -> featureCode.startsWith("ADM") || featureCode.startsWith("PCL");
      case "S" ->
          switch (featureCode) {
            case "MILB",
                "AIRB",
                "AIRF",
                "AIRP",
                "AIRH",
                "PRT",
                "CMP",
                "CMPRF",
                "PSTB",
                "PSTC",
                "INSM",
                "BDG",
                "DAM",
                "OILF",
                "OILR",
                "PS",
                "PRN",
                "CMPMN" ->
                true;
            default -> false;
          };
      case "H" ->
          featureCode.startsWith("SEA")
              || featureCode.startsWith("GULF")
              || featureCode.startsWith("BAY")
              || featureCode.startsWith("STRT")
              || featureCode.startsWith("LK")
              || featureCode.equals("STM");
      case "L" ->
          featureCode.startsWith("RGN") || featureCode.equals("CONT") || featureCode.equals("AREA");
      default -> false;
    };
  }
}
