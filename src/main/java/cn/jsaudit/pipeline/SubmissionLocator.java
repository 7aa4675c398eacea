package cn.jsaudit.pipeline;

import cn.jsaudit.pdf.PdfReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Groups files into submissions (workbook-format.md "Files"): a workbook with the narrative of the same base
 * name (.docx, .doc, .wps or .txt); a workbook named {@code <base>-…绩效…} belongs to {@code <base>}; in a folder that holds
 * one submission (one workbook whose name does not say 绩效 or 自评), every performance workbook belongs to it, and so
 * does the folder's only narrative, or its only one named …说明 (附件1 公开表, 附件2 情况说明, 附件3 绩效自评表: the
 * names units give their attachments). A PDF named …说明 beside a workbook without a text narrative is that narrative
 * (named {@code <workbook>…说明}, or the only one of a one-submission folder); beside a text narrative it is a copy of it, named
 * but not read. A path that does not exist stays a submission of its own, so that it is reported as unreadable with the others
 * rather than dropped. A published PDF disclosure is a submission of its own (its tables and its narrative in the one file),
 * with the PDF named {@code <pdf>…说明} as its narrative when the unit published the two apart. Files are matched through maps
 * keyed by folder and base name, so that a folder of ten thousand submissions is grouped in time linear in its size.
 */
public final class SubmissionLocator {

    private SubmissionLocator() {
    }

    public static List<SubmissionFiles> locate(List<Path> paths) {
        Set<Path> workbooks = new LinkedHashSet<>();
        Set<Path> texts = new LinkedHashSet<>();
        Set<Path> pdfs = new LinkedHashSet<>();
        Set<Path> siblingPdfs = new LinkedHashSet<>(); // beside a workbook named directly: a narrative, never a submission
        Map<Path, List<Path>> listings = new HashMap<>();
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
                List<Path> siblings = listings.computeIfAbsent(p.toAbsolutePath().getParent(), d -> siblingsOf(p));
                siblings.forEach(f -> classify(f, new LinkedHashSet<>(), texts, siblingPdfs));
                boolean onlySubmission = siblings.stream().filter(f -> isWorkbook(f) && !isPerformanceName(f)).count() == 1;
                siblings.stream().filter(f -> isPerformanceName(f)
                                && (onlySubmission || baseName(f).startsWith(baseName(p))))
                        .forEach(f -> classify(f, workbooks, new LinkedHashSet<>(), new LinkedHashSet<>()));
            }
        }
        Set<Path> narrativePdfs = new LinkedHashSet<>(pdfs);
        narrativePdfs.addAll(siblingPdfs);
        List<SubmissionFiles> out = new ArrayList<>(new Grouping(List.copyOf(workbooks), List.copyOf(texts),
                narrativePdfs.stream().filter(SubmissionLocator::isNarrativeName).toList()).submissions());
        Set<Path> taken = new HashSet<>();
        out.forEach(s -> {
            taken.add(s.narrative());
            taken.addAll(s.narrativeCopies());
        });
        Set<Path> workbookFolders = new HashSet<>();
        workbooks.forEach(wb -> workbookFolders.add(wb.toAbsolutePath().getParent()));
        out.addAll(pdfSubmissions(pdfs.stream().filter(pdf -> !taken.contains(pdf)).toList(), workbookFolders));
        return out;
    }

    /**
     * Published PDFs not taken as a workbook's narrative, each a submission of its own; one named {@code <pdf>…说明}
     * is the narrative of that PDF, as is the only …说明 PDF of a folder without workbooks that holds one other PDF
     * (附件1 公开表.pdf, 附件2 情况说明.pdf: a disclosure published as two files).
     */
    private static List<SubmissionFiles> pdfSubmissions(List<Path> pdfs, Set<Path> workbookFolders) {
        Map<Key, Path> disclosures = new HashMap<>();
        Map<Path, List<Path>> disclosuresPerFolder = new HashMap<>();
        Map<Path, List<Path>> narrativesPerFolder = new HashMap<>();
        for (Path pdf : pdfs) {
            Path folder = pdf.toAbsolutePath().getParent();
            if (!isNarrativeName(pdf)) {
                disclosures.putIfAbsent(Key.of(pdf), pdf);
                disclosuresPerFolder.computeIfAbsent(folder, k -> new ArrayList<>()).add(pdf);
            } else {
                narrativesPerFolder.computeIfAbsent(folder, k -> new ArrayList<>()).add(pdf);
            }
        }
        Map<Key, List<Path>> namedAfter = new HashMap<>();
        narrativesPerFolder.values().forEach(list -> list.forEach(n -> namedAfter(n, disclosures.keySet(), namedAfter)));
        Map<Path, Path> narrativeOf = new HashMap<>();
        for (Path pdf : pdfs) {
            Path folder = pdf.toAbsolutePath().getParent();
            List<Path> named = namedAfter.getOrDefault(Key.of(pdf), List.of());
            List<Path> inFolder = narrativesPerFolder.getOrDefault(folder, List.of());
            if (named.size() == 1) {
                narrativeOf.put(pdf, named.get(0));
            } else if (named.isEmpty() && !isNarrativeName(pdf) && !workbookFolders.contains(folder)
                    && disclosuresPerFolder.get(folder).size() == 1 && inFolder.size() == 1) {
                narrativeOf.put(pdf, inFolder.get(0));
            }
        }
        Set<Path> paired = new HashSet<>(narrativeOf.values());
        return pdfs.stream().filter(pdf -> !paired.contains(pdf))
                .map(pdf -> new SubmissionFiles(pdf, narrativeOf.get(pdf), List.of())).toList();
    }

    /** A workbook named on the command line brings its narrative and performance workbooks along. */
    private static List<Path> siblingsOf(Path workbook) {
        Path dir = workbook.toAbsolutePath().getParent();
        if (dir == null) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            Path parent = workbook.getParent();
            return list.filter(Files::isRegularFile).sorted()
                    .map(f -> parent == null ? f.getFileName() : parent.resolve(f.getFileName())).toList();
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
        if (isWorkbook(f)) {
            workbooks.add(f);
        } else if (lower.endsWith(".docx") || lower.endsWith(".doc") || lower.endsWith(".wps") || lower.endsWith(".txt")) {
            texts.add(f);
        } else if (PdfReader.isPdf(f)) {
            pdfs.add(f);
        }
    }

    private static boolean isWorkbook(Path f) {
        String lower = f.getFileName().toString().toLowerCase();
        return lower.endsWith(".xlsx") || lower.endsWith(".xls") || lower.endsWith(".xlsm");
    }

    /** A workbook named as performance forms: never a submission of its own beside the one it belongs to. */
    private static boolean isPerformanceName(Path f) {
        String base = baseName(f);
        return base.contains("绩效") || base.contains("自评");
    }

    /** A file named as a 情况说明 (…说明): a PDF so named beside a workbook is its narrative, not a disclosure of its own. */
    private static boolean isNarrativeName(Path f) {
        return baseName(f).contains("说明");
    }

    /**
     * Files the narrative {@code f} to every workbook or PDF (by key) whose name starts its own with 说明 in the rest: by
     * the prefixes of its name (as a performance workbook's owner is found), so that pairing stays linear.
     */
    private static void namedAfter(Path f, Set<Key> owners, Map<Key, List<Path>> into) {
        String base = baseName(f);
        for (int end = 1; end <= base.lastIndexOf("说明"); end++) {
            Key key = new Key(f.getParent(), base.substring(0, end));
            if (owners.contains(key)) {
                into.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
            }
        }
    }

    static String baseName(Path p) {
        String n = p.getFileName().toString();
        int dot = n.lastIndexOf('.');
        return dot > 0 ? n.substring(0, dot) : n;
    }

    /** A file by the folder it lies in and its name without extension; files without a folder match nothing. */
    private record Key(Path folder, String base) {
        static Key of(Path p) {
            return new Key(p.getParent(), baseName(p));
        }
    }

    /** The workbooks and narratives found, in the order found, and the maps that pair them. */
    private static final class Grouping {
        private final List<Path> workbooks;
        private final List<Path> texts;
        /** PDFs named …说明, by folder: a workbook's narrative when it has no text one. */
        private final Map<Path, List<Path>> narrativePdfsPerFolder = new HashMap<>();
        /** Narratives named <workbook>…说明, texts and PDFs apart, by the key of each workbook whose name starts theirs. */
        private final Map<Key, List<Path>> textsNamedAfter = new HashMap<>();
        private final Map<Key, List<Path>> pdfsNamedAfter = new HashMap<>();
        private final Map<Key, Path> narrativePdfsByName = new HashMap<>();
        /** Workbooks whose name has no 绩效, the candidates to own a performance workbook; by key, in order. */
        private final Map<Key, List<Integer>> owners = new HashMap<>();
        /** The same by folder. */
        private final Map<Path, List<Integer>> ownersPerFolder = new HashMap<>();
        private final Map<Key, Path> narrativeByName = new HashMap<>();
        private final Set<String> workbookBases = new HashSet<>();

        Grouping(List<Path> workbooks, List<Path> texts, List<Path> narrativePdfs) {
            this.workbooks = workbooks;
            this.texts = texts;
            Set<Key> workbookKeys = new HashSet<>();
            for (int i = 0; i < workbooks.size(); i++) {
                Path wb = workbooks.get(i);
                workbookBases.add(baseName(wb));
                if (wb.getParent() != null) {
                    workbookKeys.add(Key.of(wb));
                }
                if (wb.getParent() != null && !isPerformanceName(wb)) {
                    owners.computeIfAbsent(Key.of(wb), k -> new ArrayList<>()).add(i);
                    ownersPerFolder.computeIfAbsent(wb.getParent(), k -> new ArrayList<>()).add(i);
                }
            }
            for (Path t : texts) {
                if (t.getParent() != null) {
                    narrativeByName.putIfAbsent(Key.of(t), t);
                    namedAfter(t, workbookKeys, textsNamedAfter);
                }
            }
            for (Path pdf : narrativePdfs) {
                if (pdf.getParent() != null) {
                    narrativePdfsPerFolder.computeIfAbsent(pdf.getParent(), k -> new ArrayList<>()).add(pdf);
                    narrativePdfsByName.putIfAbsent(Key.of(pdf), pdf);
                    namedAfter(pdf, workbookKeys, pdfsNamedAfter);
                }
            }
        }

        List<SubmissionFiles> submissions() {
            int[] owner = new int[workbooks.size()];
            Map<Integer, List<Path>> performance = new HashMap<>();
            Map<Path, Integer> mainWorkbooksPerFolder = new HashMap<>();
            for (int i = 0; i < workbooks.size(); i++) {
                owner[i] = ownerOf(i);
                if (owner[i] >= 0) {
                    performance.computeIfAbsent(owner[i], k -> new ArrayList<>()).add(workbooks.get(i));
                } else if (workbooks.get(i).getParent() != null) {
                    mainWorkbooksPerFolder.merge(workbooks.get(i).getParent(), 1, Integer::sum);
                }
            }
            Map<Path, List<Path>> textsPerFolder = new HashMap<>();
            for (Path t : texts) {
                if (t.getParent() != null) {
                    textsPerFolder.computeIfAbsent(t.getParent(), k -> new ArrayList<>()).add(t);
                }
            }
            List<SubmissionFiles> out = new ArrayList<>();
            for (int i = 0; i < workbooks.size(); i++) {
                if (owner[i] < 0) {
                    Path wb = workbooks.get(i);
                    Path narrative = narrativeOf(wb, mainWorkbooksPerFolder, textsPerFolder);
                    out.add(new SubmissionFiles(wb, narrative, performance.getOrDefault(i, List.of()),
                            narrativeCopies(wb, narrative)));
                }
            }
            return out;
        }

        /**
         * The index of the workbook a performance workbook ({@code <base>-…绩效…}) belongs to: by name, else the only
         * other workbook of its folder; or -1.
         */
        private int ownerOf(int i) {
            Path wb = workbooks.get(i);
            String base = baseName(wb);
            if (!isPerformanceName(wb) || wb.getParent() == null) {
                return -1;
            }
            // the first workbook in order whose name, without 绩效, starts this one's
            int first = -1;
            for (int end = 1; end < base.length(); end++) {
                for (int candidate : owners.getOrDefault(new Key(wb.getParent(), base.substring(0, end)), List.of())) {
                    if (first < 0 || candidate < first) {
                        first = candidate;
                    }
                }
            }
            List<Integer> inFolder = ownersPerFolder.getOrDefault(wb.getParent(), List.of());
            return first >= 0 || inFolder.size() != 1 ? first : inFolder.get(0);
        }

        private Path narrativeOf(Path wb, Map<Path, Integer> mainWorkbooksPerFolder, Map<Path, List<Path>> textsPerFolder) {
            if (wb.getParent() == null) {
                return null;
            }
            Path named = narrativeByName.get(Key.of(wb));
            if (named != null) {
                return named;
            }
            // named <workbook>…说明 (单位-2023情况说明.docx, or .pdf: the narrative as the unit printed and signed it)
            Path prefixed = onlyOne(textsNamedAfter.getOrDefault(Key.of(wb), List.of()));
            prefixed = prefixed != null ? prefixed : onlyOne(pdfsNamedAfter.getOrDefault(Key.of(wb), List.of()));
            if (prefixed != null) {
                return prefixed;
            }
            // A folder holding one submission: its only narrative belongs to it, or its only one named …说明.
            if (mainWorkbooksPerFolder.getOrDefault(wb.getParent(), 0) != 1) {
                return null;
            }
            List<Path> unclaimed = textsPerFolder.getOrDefault(wb.getParent(), List.of()).stream()
                    .filter(t -> !workbookBases.contains(baseName(t))).toList();
            if (unclaimed.size() > 1) {
                unclaimed = unclaimed.stream().filter(SubmissionLocator::isNarrativeName).toList();
            }
            if (unclaimed.isEmpty()) {
                // no text narrative: the folder's only PDF named …说明
                unclaimed = narrativePdfsPerFolder.getOrDefault(wb.getParent(), List.of());
            }
            return onlyOne(unclaimed);
        }

        /**
         * The PDFs named as this workbook's narrative, or as its text narrative, when that text is read: the printed and
         * signed copy, not read twice (the text is read more reliably than a PDF).
         */
        private List<Path> narrativeCopies(Path wb, Path narrative) {
            if (narrative == null || PdfReader.isPdf(narrative) || wb.getParent() == null) {
                return List.of();
            }
            List<Path> copies = new ArrayList<>(pdfsNamedAfter.getOrDefault(Key.of(wb), List.of()));
            Path sameName = narrativePdfsByName.get(Key.of(narrative)); // 附件2 情况说明.docx and 附件2 情况说明.pdf
            if (sameName != null && !copies.contains(sameName)) {
                copies.add(sameName);
            }
            return copies;
        }

        private static Path onlyOne(List<Path> candidates) {
            return candidates.size() == 1 ? candidates.get(0) : null;
        }
    }
}
