package cn.jsaudit.generate;

import cn.jsaudit.model.CellLines;
import cn.jsaudit.model.Location;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TimeZone;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Generates one submission — accounts, injected anomalies, narrative — from a seed and an index, and writes it in
 * one or more table layouts, each as workbook, narrative and truth file. The same seed and index give the same
 * bytes, whatever the thread or the order they are generated in; every layout of one submission carries the same
 * amounts, anomalies and narrative (the layout's own look is drawn from a random source of its own).
 */
public final class SubmissionGenerator {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final int[] YEARS = {2021, 2022, 2023, 2024};
    private static final long NARRATIVE_SALT = 0x6e61727261L;

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

    /** Writes submission {@code index} in the national layout into the folder; returns its truth. */
    public Truth write(int index, Path dir) throws IOException {
        return write(index, dir, List.of(Layout.NATIONAL)).get(0);
    }

    /**
     * Writes submission {@code index} in each layout: into the folder itself for one layout, into a subfolder
     * named by the layout's id for several. Returns one truth per layout, in the order given.
     */
    public List<Truth> write(int index, Path dir, List<Layout> layouts) throws IOException {
        Drawn d = draw(index);
        PerformanceForms forms = forms(d);
        List<Truth> truths = new ArrayList<>();
        for (Layout layout : layouts) {
            Path folder = layouts.size() == 1 ? dir : dir.resolve(layout.id());
            Files.createDirectories(folder);
            Map<PrintedAmount, SheetPen.Place> placed = writeWorkbook(d, layout, folder.resolve(d.base() + "." + layout.extension()),
                    forms, folder.resolve(d.base() + "-绩效自评表.xlsx"));
            Files.writeString(folder.resolve(d.base() + ".txt"), d.narrative(), d.charset());
            Truth truth = withForms(truth(layout, d, placed), forms, d, placed);
            Files.write(folder.resolve(d.base() + ".truth.json"), JSON.writeValueAsBytes(truth));
            truths.add(truth);
        }
        return truths;
    }

    /** One submission as drawn, before any layout prints it; {@code slip} is the narrative's anomaly, or null. */
    record Drawn(long subSeed, String base, Accounts accounts, Statement statement, List<Injected> injected,
                 List<Identities.Expected> expected, String narrative, NarrativeAnomaly.Injected slip, Charset charset) {
    }

    /** An anomaly applied to the statement: the amounts it changed with what they printed before. */
    record Injected(Anomaly kind, List<PrintedAmount> changed, Map<PrintedAmount, BigDecimal> before) {
    }

    /** Draws submission {@code index}: accounts, statement, anomalies, expected findings, narrative. */
    Drawn draw(int index) {
        long subSeed = seed * 1_000_003L + index;
        Random rnd = new Random(subSeed);
        int year = YEARS[rnd.nextInt(YEARS.length)];
        Accounts accounts = Accounts.random(rnd, year);
        Statement statement = Statement.of(accounts);
        List<Injected> injected = inject(statement, rnd);
        List<Identities.Expected> expected = Identities.evaluate(statement.national());
        String narrative = new NarrativeWriter(accounts, rnd).write();
        Charset charset = rnd.nextDouble() < 0.2 ? Charset.forName("GB18030") : StandardCharsets.UTF_8;
        // a submission chosen for anomalies gets a slip of the narrative every other time, drawn from a source of its
        // own so that the tables' draws stay as they were; the others stay clean
        Random textRnd = new Random(subSeed ^ NARRATIVE_SALT);
        NarrativeAnomaly.Injected slip = !injected.isEmpty() && textRnd.nextBoolean()
                ? NarrativeAnomaly.inject(narrative, accounts, textRnd) : null;
        return new Drawn(subSeed, String.format("%05d-%s-%d", index, accounts.unit, year), accounts, statement, injected,
                expected, slip == null ? narrative : slip.text(), slip, charset);
    }

    private List<Injected> inject(Statement statement, Random rnd) {
        List<Injected> out = new ArrayList<>();
        for (Anomaly kind : chooseAnomalies(rnd)) {
            Map<PrintedAmount, BigDecimal> before = new IdentityHashMap<>();
            statement.national().forEach(p -> before.put(p, p.value));
            out.add(new Injected(kind, kind.apply(statement.national(), rnd), before));
        }
        return out;
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

    /**
     * Writes the drawn submission's workbook in one layout, its look drawn from a random source of the layout's own;
     * returns where each amount was printed.
     */
    static Map<PrintedAmount, SheetPen.Place> writeWorkbook(Drawn d, Layout layout, Path file) throws IOException {
        return writeWorkbook(d, layout, file, null, null);
    }

    /** As above, with the performance forms in the workbook or, when their layout says so, in {@code formsFile}. */
    private static Map<PrintedAmount, SheetPen.Place> writeWorkbook(Drawn d, Layout layout, Path file, PerformanceForms forms,
                                                                    Path formsFile) throws IOException {
        Random look = new Random(d.subSeed() * 31 + layout.ordinal() + 1);
        Accounts accounts = d.accounts();
        try (Workbook wb = layout.newWorkbook()) {
            SheetPen pen = new SheetPen(wb, look, layout.variant(look, accounts), accounts.unit, accounts.year);
            layout.write(pen, d.statement());
            if (forms != null) {
                try (XSSFWorkbook own = forms.print(wb)) {
                    if (own != null) {
                        write(own, formsFile, accounts.year);
                    }
                }
            }
            write(wb, file, accounts.year);
            return Map.copyOf(pen.placed());
        }
    }

    private static void write(Workbook wb, Path file, int year) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (wb instanceof XSSFWorkbook x) {
            fixProperties(x, year);
            x.write(bytes);
            Files.write(file, Zips.withFixedTimes(bytes.toByteArray()));
        } else {
            wb.write(bytes);
            Files.write(file, bytes.toByteArray());
        }
    }

    /** The submission's performance forms, drawn from a random source of their own (the tables do not depend on them). */
    private PerformanceForms forms(Drawn d) {
        Random rnd = new Random(d.subSeed() * 131 + 17);
        FormLayout layout = formLayout != null ? formLayout : FormLayout.random(rnd);
        List<FormAnomaly> drawn = PerformanceForms.choose(rnd, anomalyRate);
        return new PerformanceForms(d.accounts(), layout, rnd, formAnomalies != null ? formAnomalies : drawn);
    }

    /** The truth with the forms' anomalies and findings, and the form rules among those it predicts. */
    private static Truth withForms(Truth t, PerformanceForms forms, Drawn d, Map<PrintedAmount, SheetPen.Place> placed) {
        PrintedAmount total = PerformanceForms.projectTotal(d.statement().national());
        String table = total == null || placed.get(total) == null ? null : placed.get(total).sheet() + "!" + placed.get(total).cell();
        List<Truth.InjectedAnomaly> anomalies = new ArrayList<>(t.anomalies());
        anomalies.addAll(forms.anomalies(table));
        List<Truth.ExpectedFinding> expected = new ArrayList<>(t.expected());
        expected.addAll(forms.expected(table == null ? null : total, table));
        List<String> modelled = java.util.stream.Stream.concat(t.modelledRules().stream(), PerformanceForms.MODELLED.stream())
                .sorted().toList();
        return new Truth(t.layout(), t.workbook(), t.narrative(), t.seed(), t.unit(), t.year(), anomalies, expected, modelled);
    }

    private static Truth truth(Layout layout, Drawn d, Map<PrintedAmount, SheetPen.Place> placed) {
        List<Truth.InjectedAnomaly> anomalies = new ArrayList<>();
        for (Injected i : d.injected()) {
            List<Truth.ChangedAmount> amounts = i.changed().stream().map(p -> new Truth.ChangedAmount(p.role, p.table,
                    p.row(), p.column, i.before().get(p), p.value, p.text, String.valueOf(placed.get(p)))).toList();
            anomalies.add(new Truth.InjectedAnomaly(i.kind().name(), i.kind().label(), i.kind().family(),
                    i.kind().severity(), amounts, i.changed().stream().map(p -> String.valueOf(placed.get(p))).toList()));
        }
        List<Truth.ExpectedFinding> findings = new ArrayList<>();
        List<Location> unread = new ArrayList<>();
        for (PrintedAmount p : d.statement().national()) {
            if (!p.isNumber()) {
                findings.add(finding("INPUT", "ERROR", p, placed, null, null, null));
                unread.add(at(placed.get(p)));
            }
        }
        for (Identities.Expected e : d.expected()) {
            List<Location> cells = e.cells().stream().map(c -> at(placed.get(c))).toList();
            if (!e.severity().equals("INFO") && unread.stream().anyMatch(u -> CellLines.onLineOf(cells, u))) {
                continue; // failing for want of a cell that is not a number: folded under that cell's finding
            }
            findings.add(finding(e.rule(), e.severity(), e.first(), placed, e.actual(), e.expected(), e.tolerance()));
        }
        if (d.slip() != null) {
            anomalies.add(d.slip().anomaly());
            findings.add(d.slip().finding());
        }
        return new Truth(layout.id(), d.base() + "." + layout.extension(), d.base() + ".txt", d.subSeed(),
                d.accounts().unit, d.accounts().year, anomalies, findings,
                java.util.stream.Stream.concat(Identities.MODELLED.stream(), NarrativeAnomaly.MODELLED.stream()).sorted().toList());
    }

    private static Location at(SheetPen.Place place) {
        return place == null ? new Location(null, null, null) : new Location(null, place.sheet(), place.cell());
    }

    private static Truth.ExpectedFinding finding(String rule, String severity, PrintedAmount at,
                                                 Map<PrintedAmount, SheetPen.Place> placed, BigDecimal actual,
                                                 BigDecimal expected, BigDecimal tolerance) {
        SheetPen.Place place = placed.get(at);
        return new Truth.ExpectedFinding(rule, severity, place == null ? null : place.sheet(),
                place == null ? null : place.cell(), at.role, at.table, at.row(), at.column, actual, expected, tolerance);
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
