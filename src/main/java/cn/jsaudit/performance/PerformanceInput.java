package cn.jsaudit.performance;

import cn.jsaudit.ruleapi.PerformanceSettings;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Entry point for the pipeline: the performance labels and settings of a rules folder, loaded once.
 * Insert {@link #settings()} once per session, then the facts of {@link #reader()} for every workbook.
 */
public final class PerformanceInput {

    private final FormLabels labels;
    private final PerformanceSettings settings;
    /** immutable, so one serves every submission and thread (it compiles its marker patterns once) */
    private final NarrativeRatioReader narrative;
    /** immutable too: it prepares the forms' title, field and statement words once */
    private final PerformanceReader reader;

    private PerformanceInput(FormLabels labels, PerformanceSettings settings) {
        this.labels = labels;
        this.settings = settings;
        this.narrative = new NarrativeRatioReader(labels);
        this.reader = new PerformanceReader(labels);
    }

    public static PerformanceInput load(Path rulesDir) throws IOException {
        return of(FormLabels.load(rulesDir), PerformanceSettings.load(rulesDir));
    }

    /** The input of labels and settings read by the rules folder's loader. */
    public static PerformanceInput of(FormLabels labels, PerformanceSettings settings) {
        return new PerformanceInput(labels, settings);
    }

    public PerformanceReader reader() {
        return reader;
    }

    public NarrativeRatioReader narrative() {
        return narrative;
    }

    public PerformanceSettings settings() {
        return settings;
    }
}
