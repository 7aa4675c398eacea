package cn.jsaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.fixtures.RawZip;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Severity;
import cn.jsaudit.pipeline.SubmissionFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook written by a program keeps formulas without their results (openpyxl, many exporters): read as blank,
 * every such cell would be a zero and every total around it a false ERROR. Such formulas are computed, as Excel
 * would show them, and the reviewer is told so once.
 */
class UncachedFormulasTest {

    private static final Path EXAMPLE = Path.of("examples/随州市曾都区医疗保障信息中心-2023.xlsx");

    @TempDir
    Path tmp;

    @Test
    void formulasWithoutResultsAreComputedAndGiveTheFindingsOfTheValues() throws Exception {
        Path formulas = rewriteSheets(EXAMPLE, tmp.resolve("随州市曾都区医疗保障信息中心-2023.xlsx"), "xl/worksheets/sheet",
                xml -> xml.replaceAll("<c r=\"([A-Z]+[0-9]+)\"( s=\"[0-9]+\")?( t=\"n\")?><v>([^<]+)</v></c>",
                        "<c r=\"$1\"$2><f>$4*1</f><v/></c>"));

        List<String> values = described(Examples.screener().screen(new SubmissionFiles(EXAMPLE, null, List.of())).findings());
        List<Finding> computed = Examples.screener().screen(new SubmissionFiles(formulas, null, List.of())).findings();
        List<Finding> notes = computed.stream().filter(f -> f.message().contains("没有保存计算结果")).toList();

        assertEquals(1, notes.size(), "one note for the whole workbook: " + notes);
        assertEquals("INPUT", notes.get(0).rule());
        assertEquals(Severity.INFO, notes.get(0).severity());
        assertTrue(notes.get(0).message().matches("[0-9]{3,} 个公式单元格没有保存计算结果（如 .+!.+；.*已按公式计算后审核.*"),
                notes.get(0).message());
        assertEquals(values, described(computed.stream().filter(f -> !notes.contains(f)).toList()));
    }

    @Test
    void aFormulaThatCannotBeComputedIsNotANumberNeverAZero() throws Exception {
        Path broken = rewriteSheets(EXAMPLE, tmp.resolve("坏公式.xlsx"), "xl/worksheets/sheet1.xml",
                xml -> xml.replace("<c r=\"C7\" s=\"9\" t=\"n\"><v>110.26</v></c>",
                        "<c r=\"C7\" s=\"9\"><f>[9]外部!A1*1</f></c>"));

        WorkbookData wb = Workbooks.read(broken, InputLimits.DEFAULT);
        CellData c7 = wb.sheets().get(0).cell(6, 2);
        assertEquals(CellData.Kind.ERROR, c7.kind(), "C7: " + c7);
        assertEquals(1, wb.notes().size());
        assertTrue(wb.notes().get(0).startsWith("1 个公式单元格没有保存计算结果（如 收支总表!C7"), wb.notes().get(0));
        assertTrue(wb.notes().get(0).contains("其中 1 个无法计算"), wb.notes().get(0));

        List<Finding> input = Examples.screener().screen(new SubmissionFiles(broken, null, List.of())).findings()
                .stream().filter(f -> f.rule().equals("INPUT") && f.severity() == Severity.ERROR).toList();
        assertEquals(1, input.size(), "the cell is reported, not read as zero: " + input);
        assertEquals("C7", input.get(0).locations().get(0).cell());
    }

    /** Excel's own record of a formula whose result is empty text (=IF(…,"",…)) is a result, not a missing one. */
    @Test
    void aCachedEmptyTextResultIsReadAsIsWithoutANote() throws Exception {
        Path blank = rewriteSheets(EXAMPLE, tmp.resolve("空文本公式.xlsx"), "xl/worksheets/sheet1.xml",
                xml -> xml.replaceFirst("</row>", "<c r=\"Z1\" t=\"str\"><f>IF(1=1,\"\",1)</f><v></v></c></row>"));

        WorkbookData wb = Workbooks.read(blank, InputLimits.DEFAULT);
        assertEquals(List.of(), wb.notes());
        assertEquals(null, wb.sheets().get(0).cell(0, 25));
    }

    private static List<String> described(List<Finding> findings) {
        return findings.stream()
                .map(f -> f.rule() + " " + f.severity() + " " + f.table() + " " + f.expected() + " " + f.actual() + " "
                        + f.locations())
                .sorted().toList();
    }

    /** The workbook with the worksheets whose part name starts with {@code parts} rewritten, the rest copied. */
    private static Path rewriteSheets(Path source, Path target, String parts, UnaryOperator<String> sheetXml)
            throws Exception {
        List<RawZip.Entry> entries = new ArrayList<>();
        try (ZipFile zip = new ZipFile(source.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                byte[] bytes = zip.getInputStream(e).readAllBytes();
                if (e.getName().startsWith(parts)) {
                    bytes = sheetXml.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                entries.add(RawZip.deflated(e.getName(), bytes));
            }
        }
        RawZip.write(target, entries);
        return target;
    }
}
