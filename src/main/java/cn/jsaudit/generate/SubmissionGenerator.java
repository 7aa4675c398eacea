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
    private static final long NARRATIVE_SALT = 0x6e61727261L;

    private final long seed;
    private final double anomalyRate;

    /** @param anomalyRate the share of submissions that get an injected anomaly (0 to 1) */
    public SubmissionGenerator(long seed, double anomalyRate) {
        this.seed = seed;
        this.anomalyRate = anomalyRate;
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
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            new TablesWriter(wb, accounts, variant, new SheetPen(wb, rnd, variant, printed)).writeAll();
            for (Anomaly kind : chooseAnomalies(rnd)) {
                List<PrintedCell> changed = kind.apply(printed, rnd);
                anomalies.add(new Truth.InjectedAnomaly(kind.name(), kind.label(),
                        changed.stream().map(PrintedCell::toString).toList()));
            }
            fixProperties(wb, year);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            wb.write(bytes);
            xlsx = Zips.withFixedTimes(bytes.toByteArray());
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
        String narrative = new NarrativeWriter(accounts, rnd).write();
        // a source of its own, so that narrative slips leave the tables' draws as they were
        Random textRnd = new Random(subSeed ^ NARRATIVE_SALT);
        if (textRnd.nextDouble() < anomalyRate) {
            NarrativeAnomaly.Injected slip = NarrativeAnomaly.inject(narrative, accounts, textRnd);
            if (slip != null) {
                narrative = slip.text();
                anomalies.add(slip.anomaly());
                expected.add(slip.finding());
            }
        }
        Charset charset = variant.gb18030Narrative() ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
        Files.write(dir.resolve(base + ".xlsx"), xlsx);
        Files.writeString(dir.resolve(base + ".txt"), narrative, charset);
        Truth truth = new Truth(base + ".xlsx", base + ".txt", subSeed, accounts.unit, year, anomalies, expected,
                java.util.stream.Stream.concat(Identities.MODELLED.stream(), NarrativeAnomaly.MODELLED.stream()).sorted().toList());
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

    /** POI stamps the creation time; a fixed one keeps the bytes reproducible. */
    private static void fixProperties(XSSFWorkbook wb, int year) {
        Calendar c = Calendar.getInstance(TimeZone.getTimeZone("UTC"));
        c.clear();
        c.set(year + 1, Calendar.MARCH, 31);
        wb.getProperties().getCoreProperties().setCreated(Optional.of(c.getTime()));
        wb.getProperties().getCoreProperties().setCreator("jsaudit generate");
    }
}
