package cn.jsaudit.pipeline;

import cn.jsaudit.pdf.PdfReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Groups files into submissions (workbook-format.md "Files"): a workbook with the narrative of the same base
 * name (.docx or .txt); a workbook named {@code <base>-…绩效…} belongs to {@code <base>}; in a folder that holds
 * one submission, the folder's only narrative belongs to it. A path that does not exist stays a submission of its
 * own, so that it is reported as unreadable with the others rather than dropped. A published PDF disclosure is a
 * submission of its own: its tables and its narrative are in the one file.
 */
public final class SubmissionLocator {

    private SubmissionLocator() {
    }

    public static List<SubmissionFiles> locate(List<Path> paths) {
        Set<Path> workbooks = new LinkedHashSet<>();
        Set<Path> texts = new LinkedHashSet<>();
        Set<Path> pdfs = new LinkedHashSet<>();
        for (Path p : paths) {
            if (!Files.exists(p)) {
                workbooks.add(p); // screened as a file that cannot be read: reported, and the rest go on
            } else if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(f -> classify(f, workbooks, texts, pdfs));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else if (PdfReader.isPdf(p)) {
                pdfs.add(p);
            } else {
                classify(p, workbooks, texts, new LinkedHashSet<>());
                siblingsOf(p).forEach(f -> classify(f, new LinkedHashSet<>(), texts, new LinkedHashSet<>()));
                siblingsOf(p).filter(f -> baseName(f).startsWith(baseName(p)) && baseName(f).contains("绩效"))
                        .forEach(f -> classify(f, workbooks, new LinkedHashSet<>(), new LinkedHashSet<>()));
            }
        }
        List<SubmissionFiles> out = new ArrayList<>();
        for (Path wb : workbooks) {
            if (ownerOf(wb, workbooks) != null) {
                continue;
            }
            List<Path> performance = workbooks.stream().filter(o -> wb.equals(ownerOf(o, workbooks))).toList();
            out.add(new SubmissionFiles(wb, narrativeOf(wb, workbooks, texts), performance));
        }
        pdfs.forEach(pdf -> out.add(new SubmissionFiles(pdf, null, List.of())));
        return out;
    }

    /** A workbook named on the command line brings its narrative and performance workbooks along. */
    private static Stream<Path> siblingsOf(Path workbook) {
        Path dir = workbook.toAbsolutePath().getParent();
        if (dir == null) {
            return Stream.empty();
        }
        try (Stream<Path> list = Files.list(dir)) {
            Path parent = workbook.getParent();
            return list.filter(Files::isRegularFile).sorted()
                    .map(f -> parent == null ? f.getFileName() : parent.resolve(f.getFileName())).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void classify(Path f, Set<Path> workbooks, Set<Path> texts, Set<Path> pdfs) {
        String name = f.getFileName().toString();
        String lower = name.toLowerCase();
        if (name.startsWith("~$") || name.startsWith(".")) {
            return; // Office lock files and hidden files
        }
        if (lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".xlsm")) {
            workbooks.add(f);
        } else if (lower.endsWith(".docx") || lower.endsWith(".txt")) {
            texts.add(f);
        } else if (PdfReader.isPdf(f)) {
            pdfs.add(f);
        }
    }

    /** The workbook a performance workbook ({@code <base>-…绩效…}) belongs to, or null. */
    private static Path ownerOf(Path wb, Set<Path> workbooks) {
        String base = baseName(wb);
        if (!base.contains("绩效")) {
            return null;
        }
        for (Path other : workbooks) {
            String ob = baseName(other);
            if (!other.equals(wb) && other.getParent() != null && other.getParent().equals(wb.getParent())
                    && base.startsWith(ob) && base.length() > ob.length() && !ob.contains("绩效")) {
                return other;
            }
        }
        return null;
    }

    private static Path narrativeOf(Path wb, Set<Path> workbooks, Set<Path> texts) {
        String base = baseName(wb);
        for (Path t : texts) {
            if (t.getParent() != null && t.getParent().equals(wb.getParent()) && baseName(t).equals(base)) {
                return t;
            }
        }
        // A folder holding one submission: its only narrative belongs to it.
        List<Path> mainWorkbooks = workbooks.stream()
                .filter(o -> o.getParent() != null && o.getParent().equals(wb.getParent()) && ownerOf(o, workbooks) == null)
                .toList();
        List<Path> folderTexts = texts.stream().filter(t -> t.getParent() != null && t.getParent().equals(wb.getParent()))
                .toList();
        if (mainWorkbooks.size() == 1 && folderTexts.size() == 1) {
            String tb = baseName(folderTexts.get(0));
            boolean claimedByName = workbooks.stream().anyMatch(o -> baseName(o).equals(tb));
            return claimedByName ? null : folderTexts.get(0);
        }
        return null;
    }

    static String baseName(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }
}
