package cn.jsaudit.performance;

import cn.jsaudit.ruleapi.Text;
import cn.jsaudit.model.ControlRatio;
import cn.jsaudit.model.Explanation;
import cn.jsaudit.model.FormNumber;
import cn.jsaudit.model.Location;
import cn.jsaudit.model.NarrativeSentence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the control ratios a report states ("运行成本控制率为 134.11%，主要原因是…") into {@link ControlRatio}
 * and {@link Explanation} facts. A bridge until the narrative package produces such facts from its claims:
 * it looks only at sentences naming a 控制率.
 */
public final class NarrativeRatioReader {

    /** every rate statement contains it; paragraphs without it skip the costlier {@link #RATE} scan */
    private static final String RATE_WORDS = "控制率为";
    private static final Pattern RATE = Pattern.compile("([\\p{IsHan}\"“”]{2,12}?)" + RATE_WORDS + "(\\d+(?:\\.\\d+)?)%");
    private static final String AMOUNT = "(\\d+(?:\\.\\d+)?)万元";

    private final FormLabels labels;
    private final List<Pattern> baseAmounts;
    private final List<Pattern> actualAmounts;

    public NarrativeRatioReader(FormLabels labels) {
        this.labels = labels;
        this.baseAmounts = amountPatterns(labels.narrativeRatios().base());
        this.actualAmounts = amountPatterns(labels.narrativeRatios().actual());
    }

    private static List<Pattern> amountPatterns(List<String> markers) {
        return markers.stream().map(marker -> Pattern.compile(Pattern.quote(Text.compact(marker)) + AMOUNT)).toList();
    }

    /** Reads the narrative's sentences paragraph by paragraph, each located where the narrative put it ("第N段"). */
    public List<Object> read(List<NarrativeSentence> sentences, String file) {
        Map<Integer, String> texts = new LinkedHashMap<>();
        Map<Integer, Location> where = new LinkedHashMap<>();
        for (NarrativeSentence s : sentences) {
            texts.merge(s.paragraph(), s.text(), String::concat);
            where.putIfAbsent(s.paragraph(), s.location());
        }
        List<Object> facts = new ArrayList<>();
        for (Map.Entry<Integer, String> paragraph : texts.entrySet()) {
            String p = Text.compact(paragraph.getValue());
            if (!p.contains(RATE_WORDS)) {
                continue;
            }
            Location at = where.get(paragraph.getKey());
            Matcher m = RATE.matcher(p);
            while (m.find()) {
                String subject = labels.canonicalSubject(m.group(1));
                String before = p.substring(0, m.start());
                BigDecimal rate = new BigDecimal(m.group(2));
                FormNumber stated = new FormNumber(rate, FormNumber.halfStepOf(rate.scale()), m.group(2) + "%", at);
                facts.add(new ControlRatio(file, subject, amountAfter(before, baseAmounts, at),
                        amountAfter(before, actualAmounts, at), stated));
                String reason = reasonAfter(p.substring(m.end()));
                if (reason != null) {
                    facts.add(new Explanation(null, subject, reason, at));
                }
            }
        }
        return facts;
    }

    /** The amount printed right after one of the markers, e.g. "年初预算安排 47 万元" → 47. */
    private static FormNumber amountAfter(String text, List<Pattern> markers, Location at) {
        for (Pattern marker : markers) {
            Matcher m = marker.matcher(text);
            if (m.find()) {
                BigDecimal v = new BigDecimal(m.group(1));
                return new FormNumber(v, FormNumber.halfStepOf(v.scale()), m.group(1) + "万元", at);
            }
        }
        return null;
    }

    /** The sentence following the rate when it gives a reason. */
    private String reasonAfter(String rest) {
        String sentence = rest.replaceFirst("^[，,；;]", "").split("[。；;]", -1)[0];
        return labels.givesReason(sentence) ? sentence : null;
    }
}
