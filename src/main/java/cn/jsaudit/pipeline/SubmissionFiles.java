package cn.jsaudit.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * The files of one submission: its workbook (or published PDF), the narrative beside it (or null), any performance
 * workbooks that belong to it, and other copies of its narrative that were not read because the narrative was (the
 * signed PDF of a narrative also given as .docx): named in the findings so that no file given is silently skipped.
 */
public record SubmissionFiles(Path workbook, Path narrative, List<Path> performanceWorkbooks, List<Path> narrativeCopies) {

    public SubmissionFiles {
        performanceWorkbooks = List.copyOf(performanceWorkbooks);
        narrativeCopies = List.copyOf(narrativeCopies);
    }

    public SubmissionFiles(Path workbook, Path narrative, List<Path> performanceWorkbooks) {
        this(workbook, narrative, performanceWorkbooks, List.of());
    }

    public String name() {
        return workbook.getFileName().toString();
    }
}
