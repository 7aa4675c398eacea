package cn.jsaudit.rulepack;

import cn.jsaudit.engine.RuleBook.RuleSource;
import cn.jsaudit.model.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What reading a rules folder derives from its files and nothing else: the formula tables translated to DRL and
 * the rule list (every rule's id, title, source and DRL), kept in the rules cache under the key of all the folder's
 * files, so that a run whose rules did not change neither translates the formulas nor scans the DRL again.
 * Stored only for a folder read without any problem.
 */
record TranslatedRules(List<RuleSource> formulas, List<RuleEntry> entries) {

    private static final int VERSION = 1;

    byte[] bytes() {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.writeInt(VERSION);
            out.writeInt(formulas.size());
            for (RuleSource s : formulas) {
                text(out, s.name());
                text(out, s.text());
            }
            out.writeInt(entries.size());
            for (RuleEntry e : entries) {
                text(out, e.id());
                text(out, e.title());
                text(out, e.severity().name());
                text(out, e.source());
                texts(out, e.tables());
                texts(out, e.templates());
                text(out, e.drl());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory
        }
        return buffer.toByteArray();
    }

    /** The rules stored as {@link #bytes}; empty for anything else (another layout, a damaged file). */
    static Optional<TranslatedRules> of(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != VERSION) {
                return Optional.empty();
            }
            List<RuleSource> formulas = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                formulas.add(new RuleSource(text(in), text(in)));
            }
            List<RuleEntry> entries = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                entries.add(new RuleEntry(text(in), text(in), Severity.valueOf(text(in)), text(in), texts(in), texts(in),
                        text(in)));
            }
            return in.read() == -1 ? Optional.of(new TranslatedRules(formulas, entries)) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A text of any length (writeUTF stops at 64 KB), null kept as null. */
    private static void text(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String text(DataInputStream in) throws IOException {
        int n = in.readInt();
        return n < 0 ? null : new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    private static void texts(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            text(out, s);
        }
    }

    private static List<String> texts(DataInputStream in) throws IOException {
        List<String> out = new ArrayList<>();
        for (int i = in.readInt(); i > 0; i--) {
            out.add(text(in));
        }
        return List.copyOf(out);
    }
}
