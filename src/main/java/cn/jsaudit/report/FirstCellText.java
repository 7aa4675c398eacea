package cn.jsaudit.report;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The text of a sheet's A1 cell, read by streaming up to it: how a returned copy's old 审核结果 sheet is known. */
final class FirstCellText {

    private final CopiedPackage parts;
    /** The shared strings read so far, and the reader of the rest (null when read to the end or absent). */
    private List<String> sharedStrings;
    private XMLStreamReader strings;

    FirstCellText(CopiedPackage parts) {
        this.parts = parts;
    }

    /** The text of the sheet's A1 cell ("" when blank or a number). */
    String of(String sheetPart) throws IOException {
        try {
            XMLStreamReader x = parts.parser(parts.bytes(sheetPart));
            while (x.hasNext()) {
                if (x.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                switch (x.getLocalName()) {
                    case "row" -> {
                        String r = x.getAttributeValue(null, "r");
                        if (r != null && !r.strip().equals("1")) {
                            return "";
                        }
                    }
                    case "c" -> {
                        String r = x.getAttributeValue(null, "r");
                        if (r != null && !r.strip().equalsIgnoreCase("A1")) {
                            return "";
                        }
                        String type = x.getAttributeValue(null, "t");
                        String value = cellValue(x);
                        if ("s".equals(type)) {
                            return sharedString(Integer.parseInt(value.strip()));
                        }
                        return "str".equals(type) || "inlineStr".equals(type) ? value : "";
                    }
                    default -> {
                    }
                }
            }
            return "";
        } catch (XMLStreamException | NumberFormatException e) {
            throw new IOException("工作表 " + sheetPart + " 无法读取：" + e.getMessage(), e);
        }
    }

    /** The text of the current cell's value or inline string, up to the cell's end. */
    private static String cellValue(XMLStreamReader x) throws XMLStreamException {
        StringBuilder b = new StringBuilder();
        int depth = 1;
        boolean inPhonetic = false;
        while (depth > 0 && x.hasNext()) {
            int ev = x.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                inPhonetic |= "rPh".equals(x.getLocalName());
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if ("rPh".equals(x.getLocalName())) {
                    inPhonetic = false;
                }
            } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) && !inPhonetic) {
                b.append(x.getText());
            }
        }
        return b.toString();
    }

    /**
     * The shared string at {@code index}, or "" when there is none. The strings are read only up to it: a title in
     * A1 is among the first, and the whole table can be most of the workbook's text.
     */
    private String sharedString(int index) throws IOException, XMLStreamException {
        if (sharedStrings == null) {
            sharedStrings = new ArrayList<>();
            String part = parts.existing("xl/sharedStrings.xml");
            if (part != null) {
                strings = parts.parser(parts.bytes(part));
            }
        }
        while (sharedStrings.size() <= index && strings != null) {
            if (!strings.hasNext()) {
                strings = null;
            } else if (strings.next() == XMLStreamConstants.START_ELEMENT && "si".equals(strings.getLocalName())) {
                sharedStrings.add(cellValue(strings));
            }
        }
        return index < sharedStrings.size() ? sharedStrings.get(index) : "";
    }
}
