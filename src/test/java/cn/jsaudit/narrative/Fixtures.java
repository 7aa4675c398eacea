package cn.jsaudit.narrative;

import cn.jsaudit.fixtures.Examples;
import cn.jsaudit.model.Amount;
import cn.jsaudit.model.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The test files: the reference submission of seed 000 in examples/, the seeds' text in test resources. */
final class Fixtures {

    private static final Path EXAMPLES = Path.of("examples");
    private static final Path RESOURCES = Path.of("src/test/resources/narrative");

    private Fixtures() {
    }

    static Path referenceNarrative() {
        return existing(EXAMPLES.resolve("随州市曾都区医疗保障信息中心-2023.docx"));
    }

    static Path referenceWorkbook() {
        return existing(EXAMPLES.resolve("随州市曾都区医疗保障信息中心-2023.xlsx"));
    }

    /** A file under src/test/resources/narrative. */
    static Path resource(String name) {
        return existing(RESOURCES.resolve(name));
    }

    /**
     * The rules' findings on a narrative written as a .txt file in {@code dir}: its facts linked to the given cells and
     * forms, which are screened with it, as are the other facts (a submission).
     */
    static List<Finding> findings(Path dir, String text, List<Amount> amounts, List<Object> forms, Object... others)
            throws IOException, NarrativeException {
        Path file = Files.writeString(dir.resolve("说明.txt"), text, StandardCharsets.UTF_8);
        NarrativeFacts narrativeFacts = NarrativeFacts.create(Path.of("rules"));
        List<Object> facts = new ArrayList<>(narrativeFacts.facts(narrativeFacts.read(file), amounts, forms));
        facts.addAll(forms);
        facts.addAll(amounts);
        facts.addAll(Arrays.asList(others));
        return Examples.rules().evaluate(facts);
    }

    private static Path existing(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("测试文件不存在：" + p);
        }
        return p;
    }
}
