package cn.jsaudit.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The text of a sheet's A1 cell, read by streaming up to it: how a returned copy's old 审核结果 sheet is known. */
final class FirstCellText {

    private static final ThreadLocal<XMLInputFactory> STAX = ThreadLocal.withInitial(() -> {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    });

    private final CopiedPackage parts;
    private List<String> sharedStrings;

    FirstCellText(CopiedPackage parts) {
        this.parts = parts;
    }

    /** The text of the sheet's A1 cell ("" when blank or a number). */
    String of(String sheetPart) throws IOException {
        try {
            XMLStreamReader x = STAX.get().createXMLStreamReader(new ByteArrayInputStream(parts.bytes(sheetPart)));
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
                            int i = Integer.parseInt(value.strip());
                            List<String> strings = sharedStrings();
                            return i < strings.size() ? strings.get(i) : "";
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

    private List<String> sharedStrings() throws IOException, XMLStreamException {
        if (sharedStrings != null) {
            return sharedStrings;
        }
        sharedStrings = new ArrayList<>();
        String part = parts.existing("xl/sharedStrings.xml");
        if (part == null) {
            return sharedStrings;
        }
        XMLStreamReader x = STAX.get().createXMLStreamReader(new ByteArrayInputStream(parts.bytes(part)));
        while (x.hasNext()) {
            if (x.next() == XMLStreamConstants.START_ELEMENT && "si".equals(x.getLocalName())) {
                sharedStrings.add(cellValue(x));
            }
        }
        return sharedStrings;
    }
}
