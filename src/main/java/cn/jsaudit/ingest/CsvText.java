package cn.jsaudit.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as Excel and WPS write it: UTF-8 (with or without BOM) or, as "CSV" saved on a Chinese Windows, GB18030;
 * quoted cells may hold commas, doubled quotes and line breaks. Rows keep their 1-based line numbers. Read by the
 * formula tables of the rules folder and by explanation files.
 */
public final class CsvText {

    /** One record and the line it starts on. */
    public record Line(int number, List<String> cells) {

        public boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }

        public String cell(int i) {
            return i >= 0 && i < cells.size() ? cells.get(i).strip() : "";
        }
    }

    private CsvText() {
    }

    public static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    public static List<Line> parse(String text) {
        List<Line> out = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int start = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
                cell.setLength(0);
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                cell.setLength(0);
                out.add(new Line(start, List.copyOf(cells)));
                cells.clear();
                line++;
                start = line;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !cells.isEmpty()) {
            cells.add(cell.toString());
            out.add(new Line(start, List.copyOf(cells)));
        }
        return out;
    }
}
