package io.potentia.report.xlsx;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.CellAddress;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Workbooks made in the tests, with fastexcel's writer, and cells put into them afterwards by
 * editing the sheet's XML, as a spreadsheet program would save them: the only way to get a formula
 * with a saved error, a formula without a saved result, or a template filled in place.
 */
final class Workbooks {
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private Workbooks() {}

  /**
   * Writes CSV text as a sheet: each label line as one cell, every other record as a row, each
   * field that is a finite decimal number as a number cell, the rest as text, empty fields as no
   * cell.
   */
  static void fromCsv(String csv, Path xlsx, String sheet, String... otherSheets) {
    List<List<String>> rows = new ArrayList<>();
    String rest = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
    while (rest.startsWith("#")) {
      int end = rest.indexOf('\n');
      rows.add(List.of(rest.substring(0, end < 0 ? rest.length() : end).stripTrailing()));
      rest = end < 0 ? "" : rest.substring(end + 1);
    }
    try (MappingIterator<List<String>> it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .readerForListOf(String.class).readValues(new StringReader(rest))) {
      while (it.hasNext()) {
        rows.add(it.next());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    write(xlsx, sheet, rows, otherSheets);
  }

  /** Writes rows of text as a sheet, finite numbers as number cells, and empty sheets after it. */
  static void write(Path xlsx, String sheet, List<List<String>> rows, String... otherSheets) {
    try (OutputStream out = Files.newOutputStream(xlsx)) {
      Workbook wb = new Workbook(out, "test", "1.0");
      Worksheet ws = wb.newWorksheet(sheet);
      for (int r = 0; r < rows.size(); r++) {
        List<String> row = rows.get(r);
        for (int c = 0; c < row.size(); c++) {
          String text = row.get(c);
          if (text.isEmpty()) {
            continue;
          }
          if (text.matches("-?[0-9]{1,18}")) {
            ws.value(r, c, Long.parseLong(text));
          } else if (text.matches("[-+]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][-+]?[0-9]+)?") && Double.isFinite(Double.parseDouble(text))) {
            ws.value(r, c, Double.parseDouble(text));
          } else {
            ws.value(r, c, text);
          }
        }
      }
      for (String other : otherSheets) {
        wb.newWorksheet(other);
      }
      wb.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A number cell. */
  static String number(String value) {
    return "<c><v>" + value + "</v></c>";
  }

  /** A text cell, typed in. */
  static String text(String value) {
    return "<c t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
  }

  /** A formula whose saved result is an error value. */
  static String formulaError(String formula, String error) {
    return "<c t=\"e\"><f>" + formula + "</f><v>" + error + "</v></c>";
  }

  /** A formula with its saved numeric result. */
  static String formula(String formula, String result) {
    return "<c><f>" + formula + "</f><v>" + result + "</v></c>";
  }

  /** A formula saved without a result, as programs that cannot calculate write it. */
  static String uncalculated(String formula) {
    return "<c><f>" + formula + "</f></c>";
  }

  /** A logical value. */
  static String logical(boolean value) {
    return "<c t=\"b\"><v>" + (value ? 1 : 0) + "</v></c>";
  }

  /**
   * Puts cells into the n-th sheet (from 1) of a workbook, replacing what the cells held: each
   * entry a reference such as {@code C7} and the cell's XML from the methods above.
   */
  static void put(Path xlsx, int sheet, Map<String, String> cells) {
    String part = "xl/worksheets/sheet" + sheet + ".xml";
    try {
      ByteArrayOutputStream copy = new ByteArrayOutputStream();
      // ZipFile reads the central directory: fastexcel streams its entries with sizes after the data
      try (ZipFile in = new ZipFile(xlsx.toFile()); ZipOutputStream out = new ZipOutputStream(copy)) {
        for (ZipEntry e : java.util.Collections.list(in.entries())) {
          byte[] bytes;
          try (var entry = in.getInputStream(e)) {
            bytes = entry.readAllBytes();
          }
          if (e.getName().equals(part)) {
            bytes = edited(bytes, cells);
          }
          out.putNextEntry(new ZipEntry(e.getName()));
          out.write(bytes);
          out.closeEntry();
        }
      }
      Files.write(xlsx, copy.toByteArray());
    } catch (Exception e) {
      throw new IllegalStateException("cannot edit " + xlsx, e);
    }
  }

  private static byte[] edited(byte[] xml, Map<String, String> cells) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    Element sheetData = (Element) doc.getElementsByTagNameNS(MAIN, "sheetData").item(0);
    for (Map.Entry<String, String> cell : cells.entrySet()) {
      CellAddress at = new CellAddress(cell.getKey());
      Element row = child(sheetData, "row", at.getRow() + 1, r -> Integer.parseInt(r.getAttribute("r")));
      Element c = (Element) doc.importNode(parse(cell.getValue()), true);
      c.setAttribute("r", cell.getKey());
      Element old = child(row, "c", at.getColumn(), e -> new CellAddress(e.getAttribute("r")).getColumn());
      row.replaceChild(c, old);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    var t = TransformerFactory.newInstance().newTransformer();
    t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
    t.transform(new DOMSource(doc), new StreamResult(out));
    return out.toByteArray();
  }

  /** The child row (by 1-based number) or cell (by 0-based column) at a position; made, in order, when absent. */
  private static Element child(Element parent, String tag, int wanted, java.util.function.ToIntFunction<Element> position) {
    NodeList kids = parent.getElementsByTagNameNS(MAIN, tag);
    Node before = null;
    for (int i = 0; i < kids.getLength(); i++) {
      Element k = (Element) kids.item(i);
      if (k.getParentNode() != parent) {
        continue;
      }
      int p = position.applyAsInt(k);
      if (p == wanted) {
        return k;
      }
      if (p > wanted) {
        before = k;
        break;
      }
    }
    Element made = parent.getOwnerDocument().createElementNS(MAIN, tag);
    made.setAttribute("r", tag.equals("row") ? Integer.toString(wanted)
        : CellAddress.convertNumToColString(wanted) + parent.getAttribute("r"));
    parent.insertBefore(made, before);
    return made;
  }

  private static Node parse(String cellXml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    String wrapped = "<x xmlns=\"" + MAIN + "\">" + cellXml + "</x>";
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(wrapped))).getDocumentElement().getFirstChild();
  }

  /** The XML of the n-th sheet (from 1), to check what a writer put there. */
  static String sheetXml(Path xlsx, int sheet) {
    try (ZipFile in = new ZipFile(xlsx.toFile())) {
      ZipEntry e = in.getEntry("xl/worksheets/sheet" + sheet + ".xml");
      if (e == null) {
        throw new IllegalArgumentException("no sheet " + sheet + " in " + xlsx);
      }
      try (var entry = in.getInputStream(e)) {
        return new String(entry.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
