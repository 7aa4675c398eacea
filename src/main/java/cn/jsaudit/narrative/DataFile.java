package cn.jsaudit.narrative;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Reads the tab-separated data files under rules/: '#' starts a comment line, blank lines are skipped. */
final class DataFile {

    private DataFile() {
    }

    /** The rows of the file, each split at tabs with trailing empty fields dropped. */
    static List<Row> read(Path file) throws NarrativeException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new NarrativeException(file, 0, "无法读取（应为 UTF-8 文本）：" + e.getMessage(), e);
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            for (int f = 0; f < fields.length; f++) {
                fields[f] = fields[f].strip();
            }
            rows.add(new Row(file, i + 1, Arrays.asList(fields)));
        }
        return rows;
    }

    /** One data line with its position, for error messages. */
    record Row(Path file, int line, List<String> fields) {

        String get(int i) {
            return i < fields.size() ? fields.get(i) : "";
        }

        NarrativeException error(String what) {
            return new NarrativeException(file, line, what, null);
        }
    }
}
