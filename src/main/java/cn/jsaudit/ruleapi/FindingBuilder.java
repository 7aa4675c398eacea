package cn.jsaudit.ruleapi;

import cn.jsaudit.model.Amount;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.Severity;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A finding being written by a rule: its message code (rules/messages.tsv), the named arguments, the places and
 * the compared values; {@link #report()} records it. In DRL:
 * <pre>
 * check.finding(kcontext, "N-金额不符").arg("stated", $c.value()).arg("cell", $a.describe())
 *     .at($c.location(), $a.source()).table($a.table()).values($a.value(), $c.value(), tol).quote($c.quote()).report();
 * </pre>
 * {@code jsaudit rules check} verifies that the code is in the table and every argument its message names is given.
 */
public final class FindingBuilder {

    /** The suffix of the code that words one item of a list ({@link #argList}). */
    public static final String ITEM = ".项";

    private final String code;
    private final MessageTable messages;
    private final Consumer<FindingBuilder> sink;
    final Map<String, String> args = new LinkedHashMap<>();
    final List<Location> where = new ArrayList<>();
    final List<String> clauses = new ArrayList<>();
    Severity severity;
    String table;
    BigDecimal expected;
    BigDecimal actual;
    BigDecimal tolerance;
    String quote;

    FindingBuilder(String code, MessageTable messages, Consumer<FindingBuilder> sink) {
        this.code = code;
        this.messages = messages;
        this.sink = sink;
    }

    String code() {
        return code;
    }

    /** A named argument of the message: a number is printed by the number policy, null as "—". */
    public FindingBuilder arg(String name, Object value) {
        args.put(name, text(value));
        return this;
    }

    private static String text(Object value) {
        return value == null ? "—" : value instanceof BigDecimal d ? NumberPolicy.fmt(d) : value.toString();
    }

    /**
     * A named argument that lists items, "" when there are none: the message of {@code code} with its {@code {items}}
     * the items, each worded by the message of {@code code + ".项"} filled with the item's own arguments (a record's
     * components, by name) and separated by "；". So an auditor rewords a list of parts as data too.
     */
    public FindingBuilder argList(String name, String code, List<? extends Record> items) {
        if (items.isEmpty()) {
            args.put(name, "");
            return this;
        }
        List<String> worded = new ArrayList<>();
        for (Record item : items) {
            worded.add(messages.format(code + ITEM, argumentsOf(item)));
        }
        args.put(name, messages.format(code, Map.of("items", String.join("；", worded))));
        return this;
    }

    private static Map<String, String> argumentsOf(Record item) {
        Map<String, String> out = new LinkedHashMap<>();
        for (RecordComponent c : item.getClass().getRecordComponents()) {
            try {
                out.put(c.getName(), text(c.getAccessor().invoke(item)));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("列表项 " + item.getClass().getSimpleName() + " 的 " + c.getName() + " 无法读取", e);
            }
        }
        return out;
    }

    /**
     * When {@code when} holds, the message of {@code code} (filled with the same arguments) is appended to the finding's
     * message: a clause that only some findings of the rule carry ("；得分 … 按所填执行率应为 …").
     */
    public FindingBuilder also(boolean when, String code) {
        if (when) {
            clauses.add(code);
        }
        return this;
    }

    /** The severity when it is not the rule's own (INFO for a difference inside the tolerance); null: the rule's. */
    public FindingBuilder severity(Severity s) {
        this.severity = s;
        return this;
    }

    /** The table the finding is about, as the submission names it. */
    public FindingBuilder table(String t) {
        this.table = t;
        return this;
    }

    /** The places, most important first (nulls skipped). */
    public FindingBuilder at(Location... places) {
        Arrays.stream(places).filter(Objects::nonNull).forEach(where::add);
        return this;
    }

    /** The places, most important first. */
    public FindingBuilder at(List<Location> places) {
        places.stream().filter(Objects::nonNull).forEach(where::add);
        return this;
    }

    /** The cells of amounts, in the order given; the table is the first one's unless set. */
    public FindingBuilder cells(Amount... amounts) {
        for (Amount a : amounts) {
            where.add(a.source());
            if (table == null) {
                table = a.table();
            }
        }
        return this;
    }

    /** The cells of amounts, top to bottom and left to right; the table is the first one's unless set. */
    public FindingBuilder cells(java.util.Collection<Amount> amounts) {
        return cells(amounts.stream().sorted(Amounts.BY_POSITION).toArray(Amount[]::new));
    }

    /** The values compared: what the rule expected, what was found, and the tolerance used (any may be null). */
    public FindingBuilder values(BigDecimal expectedValue, BigDecimal actualValue, BigDecimal toleranceUsed) {
        this.expected = expectedValue;
        this.actual = actualValue;
        this.tolerance = toleranceUsed;
        return this;
    }

    /** The narrative sentence the finding quotes. */
    public FindingBuilder quote(String sentence) {
        this.quote = sentence;
        return this;
    }

    /** Records the finding. */
    public void report() {
        sink.accept(this);
    }
}
