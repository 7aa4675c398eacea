package cn.jsaudit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.fixtures.Golden;
import cn.jsaudit.model.Finding;
import cn.jsaudit.model.Location;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example submissions are the golden test of the whole pipeline: workbook, narrative and performance
 * forms together must give exactly the findings of src/test/resources/golden/examples.tsv — the seed cases
 * Z1–Z12 and Y1–Y5 and nothing on the consistent figures.
 */
class ExamplesGoldenTest {

    @Test
    void examplesGiveExactlyTheGoldenFindings() throws IOException {
        Screener screener = Examples.screener();
        List<String> actual = new ArrayList<>();
        for (SubmissionFiles s : SubmissionLocator.locate(List.of(Path.of("examples")))) {
            ScreeningResult r = screener.screen(s);
            actual.add("== " + r.file());
            for (Finding f : r.findings()) {
                Location l = f.primaryLocation();
                actual.add(f.rule() + "\t" + f.severity() + "\t" + (l.sheet() == null ? l.cell() : l.sheet() + "!" + l.cell()));
            }
        }
        assertEquals(String.join("\n", Golden.lines()), String.join("\n", actual));
    }
}
