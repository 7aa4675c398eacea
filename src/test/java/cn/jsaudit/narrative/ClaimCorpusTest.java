package cn.jsaudit.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.jsaudit.model.Claim;
import cn.jsaudit.model.NarrativeSentence;

/** Each sentence of the regression corpus gives exactly the claims written under it. */
class ClaimCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/narrative/claims-corpus.txt");
    private static final Map<String, Narrative> NARRATIVES = new HashMap<>();

    record Entry(String source, String sentence, List<String> claims) {
    }

    static List<Entry> corpus() throws IOException {
        List<Entry> entries = new ArrayList<>();
        Entry current = null;
        for (String line : Files.readAllLines(CORPUS, StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("= ")) {
                String[] head = line.substring(2).split(" \\| ", 2);
                current = new Entry(head[0], head[1], new ArrayList<>());
                entries.add(current);
            } else if (!line.isBlank() && current != null) {
                current.claims().add(line);
            }
        }
        return entries;
    }

    static Stream<Arguments> sentences() throws IOException {
        return corpus().stream().map(e -> Arguments.of(Named.of(e.source() + " " + e.sentence(), e)));
    }

    private static synchronized Narrative narrative(String source) throws Exception {
        Narrative n = NARRATIVES.get(source);
        if (n == null) {
            Path file = switch (source) {
                case "000" -> Fixtures.referenceNarrative();
                case "004" -> Fixtures.resource("seed-004.txt");
                case "003" -> Fixtures.resource("seed-003.txt");
                default -> throw new IllegalArgumentException("未知来源 " + source);
            };
            n = NarrativeParser.create(Path.of("rules")).parse(file);
            NARRATIVES.put(source, n);
        }
        return n;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sentences")
    void sentenceGivesItsClaims(Entry entry) throws Exception {
        Narrative n = narrative(entry.source());
        NarrativeSentence sentence = n.sentences().stream()
                .filter(s -> s.text().equals(entry.sentence()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("语料中的句子在文中找不到：" + entry.sentence()));
        List<String> actual = claimsOf(n, sentence).stream().map(ClaimFormat::format).toList();
        assertEquals(String.join("\n", entry.claims()), String.join("\n", actual));
    }

    /** The claims stated by one sentence (their ids start with its paragraph and index), in the order they appear. */
    private static List<Claim> claimsOf(Narrative n, NarrativeSentence sentence) {
        String prefix = "段落" + sentence.paragraph() + "-" + sentence.index() + "-";
        return n.claims().stream().filter(c -> c.id().startsWith(prefix)).toList();
    }

    @Test
    void corpusCoversBothSeedsWithAtLeastFortySentences() throws IOException {
        List<Entry> entries = corpus();
        assertTrue(entries.size() >= 40, "语料至少 40 句，实有 " + entries.size());
        assertTrue(entries.stream().anyMatch(e -> e.source().equals("000")));
        assertTrue(entries.stream().anyMatch(e -> e.source().equals("004")));
        assertTrue(entries.stream().allMatch(e -> !e.claims().isEmpty()), "每句至少一条断言");
    }
}
