package cn.jsaudit.pipeline;

import java.nio.file.Path;
import java.util.List;

/**
 * The files of one submission: its workbook, the narrative beside it (or null) and any performance
 * workbooks that belong to it.
 */
public record SubmissionFiles(Path workbook, Path narrative, List<Path> performanceWorkbooks) {

    public SubmissionFiles {
        performanceWorkbooks = List.copyOf(performanceWorkbooks);
    }

    public String name() {
        return workbook.getFileName().toString();
    }
}
