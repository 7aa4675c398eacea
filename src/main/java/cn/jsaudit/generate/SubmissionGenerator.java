package cn.jsaudit.generate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.TimeZone;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Generates one submission — workbook, narrative and truth file — from a seed and an index. The same seed and
 * index give the same bytes, whatever the thread or the order they are generated in.
 */
public final class SubmissionGenerator {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int[] YEARS = {2021, 2022, 2023, 2024};

    private final long seed;
    private final double anomalyRate;
    /** The layout of the performance forms, or null to draw one per submission. */
    private FormLayout formLayout;
    /** The anomalies every submission's forms get, or null to draw them at the anomaly rate. */
    private List<FormAnomaly> formAnomalies;

    /** @param anomalyRate the share of submissions that get an injected anomaly (0 to 1) */
    public SubmissionGenerator(long seed, double anomalyRate) {
        this.seed = seed;
        this.anomalyRate = anomalyRate;
    }

    /** The same submissions with their performance forms in the given layout. */
    SubmissionGenerator withFormLayout(FormLayout layout) {
        this.formLayout = layout;
        return this;
    }

    /** The same submissions with the given anomalies in their performance forms. */
    SubmissionGenerator withFormAnomalies(List<FormAnomaly> anomalies) {
        this.formAnomalies = anomalies;
        return this;
    }

    /** Writes submission {@code index} into the folder; returns its truth. */
    public Truth write(int index, Path dir) throws IOException {
        long subSeed = seed * 1_000_003L + index;
        Random rnd = new Random(subSeed);
        int year = YEARS[rnd.nextInt(YEARS.length)];
        Accounts accounts = Accounts.random(rnd, year);
        Variant variant = Variant.random(rnd);
        String base = String.format("%05d-%s-%d", index, accounts.unit, year);
        List<PrintedCell> printed = new ArrayList<>();
        List<Truth.InjectedAnomaly> anomalies = new ArrayList<>();
        // the forms draw from their own stream, so that the tables and the narrative do not depend on them
        Random formRnd = new Random(subSeed * 31 + 7);
        FormLayout layout = formLayout != null ? formLayout : FormLayout.random(formRnd);
        List<FormAnomaly> drawn = PerformanceForms.choose(formRnd, anomalyRate);
        PerformanceForms forms = new PerformanceForms(accounts, layout, formRnd, formAnomalies != null ? formAnomalies : drawn);
        PerformanceForms.Written written;
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            new TablesWriter(wb, accounts, variant, new SheetPen(wb, rnd, variant, printed)).writeAll();
            for (Anomaly kind : chooseAnomalies(rnd)) {
                List<PrintedCell> changed = kind.apply(printed, rnd);
                anomalies.add(new Truth.InjectedAnomaly(kind.name(), kind.label(),
                        changed.stream().map(PrintedCell::toString).toList()));
            }
            written = forms.write(wb, printed);
            xlsx = bytes(wb, year);
        }
        anomalies.addAll(written.anomalies());
        if (written.workbook() != null) {
            try (XSSFWorkbook own = written.workbook()) {
                Files.write(dir.resolve(base + "-绩效自评表.xlsx"), bytes(own, year));
            }
        }
        List<Truth.ExpectedFinding> expected = new ArrayList<>();
        for (PrintedCell c : printed) {
            if (!c.isNumber()) {
                expected.add(new Truth.ExpectedFinding("INPUT", "ERROR", c.sheet(), c.ref()));
            }
        }
        for (Identities.Expected e : Identities.evaluate(printed)) {
            expected.add(new Truth.ExpectedFinding(e.rule(), e.severity(), e.sheet(), e.cell()));
        }
        expected.addAll(written.expected());
        String narrative = new NarrativeWriter(accounts, rnd).write();
        Charset charset = variant.gb18030Narrative() ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
        Files.write(dir.resolve(base + ".xlsx"), xlsx);
        Files.writeString(dir.resolve(base + ".txt"), narrative, charset);
        Truth truth = new Truth(base + ".xlsx", base + ".txt", subSeed, accounts.unit, year, anomalies, expected,
                java.util.stream.Stream.concat(Identities.MODELLED.stream(), PerformanceForms.MODELLED.stream()).sorted().toList());
        Files.write(dir.resolve(base + ".truth.json"), JSON.writeValueAsBytes(truth));
        return truth;
    }

    private List<Anomaly> chooseAnomalies(Random rnd) {
        if (rnd.nextDouble() >= anomalyRate) {
            return List.of();
        }
        Anomaly[] all = Anomaly.values();
        EnumSet<Anomaly> chosen = EnumSet.of(all[rnd.nextInt(all.length)]);
        if (rnd.nextDouble() < 0.25) {
            chosen.add(all[rnd.nextInt(all.length)]);
        }
        return List.copyOf(chosen);
    }

    private static byte[] bytes(XSSFWorkbook wb, int year) throws IOException {
        fixProperties(wb, year);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        wb.write(bytes);
        return Zips.withFixedTimes(bytes.toByteArray());
    }

    /** POI stamps the creation time; a fixed one keeps the bytes reproducible. */
    private static void fixProperties(XSSFWorkbook wb, int year) {
        Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(year + 1, Calendar.MARCH, 31);
        wb.getProperties().getCoreProperties().setCreated(Optional.of(c.getTime()));
        wb.getProperties().getCoreProperties().setCreator("jsaudit generate");
    }
}
