package cn.jsaudit.narrative;

import java.nio.file.Files;
import java.nio.file.Path;

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

    private static Path existing(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("测试文件不存在：" + p);
        }
        return p;
    }
}
