package cn.jsaudit.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {

    @Test
    void layoutsAreNamedByIdOrPinyinAndSeveralGoToSubfolders(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out");
        assertEquals(0, run("--count", "2", "--out", out.toString(), "--layout", "quanguo,SICHUAN", "--threads", "1"));
        assertEquals(6, files(out.resolve("national")));
        assertEquals(6, files(out.resolve("sichuan")));
        Path one = dir.resolve("one");
        assertEquals(0, run("--count", "1", "--out", one.toString(), "--layout", "xls"));
        try (Stream<Path> s = Files.list(one)) {
            assertEquals(1, s.filter(p -> p.toString().endsWith(".xls")).count());
        }
        assertEquals(2, run("--count", "1", "--out", one.toString(), "--layout", "xls"), "refuses a folder that holds workbooks");
        assertEquals(2, run("--count", "1", "--out", dir.resolve("x").toString(), "--layout", "beijing"));
    }

    @Test
    void helpListsEveryLayoutInChinese() {
        String help = new CommandLine(new GenerateCommand()).getUsageMessage();
        for (Layout l : Layout.values()) {
            assertTrue(help.contains(l.id()) && help.contains(l.description().substring(0, 6)), l.id() + "\n" + help);
        }
        assertTrue(help.contains("all"), help);
    }

    private static int run(String... args) {
        return new CommandLine(new GenerateCommand()).execute(args);
    }

    private static long files(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}
