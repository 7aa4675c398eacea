package cn.jsaudit.rulepack;

import cn.jsaudit.rulepack.Formula.Scope;
import cn.jsaudit.rulepack.Formula.Sel;
import cn.jsaudit.rulepack.Formula.Term;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the auditors' notation:
 * <pre>
 *   [27] = [1]+[2]+…+[8]            收支总表[27] = 收入[合计][1]    每行 [1] = [2]~[7]
 *   27行=(1+…+8)行                  第 31 行 = 第 62 行             每列 [类] = [款]
 *   一般公共预算支出[合计][基本支出] = 基本支出明细[人员经费合计] + 基本支出明细[公用经费合计]
 * </pre>
 * Table prefixes: a role ({@code 收支总表}, {@code 三公}) or a table's printed name ({@code 公开05表}). Ranges: {@code …}, {@code ...}, {@code ~},
 * {@code 至} between two references. Comparisons: {@code = ≥ ≤} (also {@code >= <=}).
 * Every error names the character it found.
 */
final class FormulaParser {

    /** A table named before its brackets: a role (收支总表) or a printed name (公开05表). */
    private static final Pattern TABLE = Pattern.compile("([^\\[\\]\\s+=≥≤<>()（）~～…,，、-]+?)\\s*(?=\\[|第\\s*\\d)");
    private static final Pattern NTH = Pattern.compile("第\\s*(\\d{1,3})\\s*(行|栏)");
    private static final Pattern N_ROW = Pattern.compile("(\\d{1,3})\\s*行");

    private final String s;
    private int i;

    private FormulaParser(String text) {
        this.s = sameLength(text);
    }

    /**
     * Full-width brackets, digits and signs typed in a Chinese input method read as their ASCII forms, one
     * character for one so that positions in messages are those of the text the auditor wrote.
     */
    private static String sameLength(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int k = 0; k < text.length(); k++) {
            char c = text.charAt(k);
            String n = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFKC);
            char m = n.length() == 1 ? n.charAt(0) : c;
            b.append(switch (m) {
                case '【' -> '[';
                case '】' -> ']';
                case '−', '—', '－' -> '-';
                default -> m;
            });
        }
        return b.toString();
    }

    static Formula parse(String text) throws FormulaException {
        if (text == null || text.isBlank()) {
            throw new FormulaException("公式是空的", -1);
        }
        return new FormulaParser(text).formula();
    }

    private Formula formula() throws FormulaException {
        skip();
        Scope scope = Scope.ONCE;
        if (word("每行")) {
            scope = Scope.EACH_ROW;
        } else if (word("每列")) {
            scope = Scope.EACH_COLUMN;
        }
        List<Signed> left = side(scope);
        int opPos = i;
        String op = comparison();
        if (op == null) {
            throw new FormulaException(i >= s.length() ? "缺少比较符（=、≥ 或 ≤）" : "此处应为 +、-、=、≥ 或 ≤，而不是“" + s.charAt(i) + "”", i);
        }
        List<Signed> right = side(scope);
        skip();
        if (i < s.length()) {
            throw new FormulaException("多余的内容“" + s.substring(i) + "”", i);
        }
        if (left.isEmpty() || right.isEmpty()) {
            throw new FormulaException("比较符两边都要有引用", opPos);
        }
        List<Term> l = new ArrayList<>();
        List<Term> r = new ArrayList<>();
        left.forEach(t -> (t.minus ? r : l).add(t.term));
        right.forEach(t -> (t.minus ? l : r).add(t.term));
        if (l.isEmpty()) {
            throw new FormulaException("左边只有减项：请把公式写成 a = b + c 的形式", 0);
        }
        return new Formula(scope, l, op, r);
    }

    private record Signed(boolean minus, Term term) {
    }

    private List<Signed> side(Scope scope) throws FormulaException {
        List<Signed> out = new ArrayList<>();
        skip();
        boolean minus = false;
        if (at("-")) {
            minus = true;
            i++;
        }
        while (true) {
            skip();
            List<Term> group = terms(scope);
            for (Term t : group) {
                out.add(new Signed(minus, t));
            }
            skip();
            int save = i;
            boolean sign = false;
            if (at("+") || at("-")) {
                minus = at("-");
                sign = true;
                i++;
                skip();
            }
            if (range()) {
                if (minus && sign) {
                    throw new FormulaException("范围（…）前应为 +", save);
                }
                skip();
                if (at("+")) {
                    i++;
                    skip();
                }
                Signed from = out.remove(out.size() - 1);
                List<Term> to = terms(scope);
                out.add(new Signed(from.minus, rangeOf(from.term, to.get(0), scope)));
                to.subList(1, to.size()).forEach(t -> out.add(new Signed(false, t)));
                skip();
                if (at("+") || at("-")) {
                    minus = at("-");
                    i++;
                    continue;
                }
                return out;
            }
            if (!sign) {
                i = save;
                return out;
            }
        }
    }

    /** One reference, or the group of a seed-style "(1+…+8)行". */
    private List<Term> terms(Scope scope) throws FormulaException {
        skip();
        int start = i;
        if (at("Σ") || at("∑")) {
            i++;
            skip();
        }
        if (at("(") || at("（")) {
            return rowGroup(start);
        }
        String table = null;
        Matcher m = TABLE.matcher(s).region(i, s.length());
        if (m.lookingAt()) {
            table = m.group(1);
            i = m.end();
        }
        List<Sel> sels = new ArrayList<>();
        Sel nthColumn = null;
        while (true) {
            skip();
            Matcher nth = NTH.matcher(s).region(i, s.length());
            Matcher nRow = N_ROW.matcher(s).region(i, s.length());
            if (at("[")) {
                sels.add(bracket());
            } else if (nth.lookingAt()) {
                Sel sel = Sel.of(nth.group(1), i);
                i = nth.end();
                if (nth.group(2).equals("栏")) {
                    nthColumn = sel;
                } else {
                    sels.add(sel);
                }
            } else if (sels.isEmpty() && nRow.lookingAt()) {
                sels.add(Sel.of(nRow.group(1), i));
                i = nRow.end();
            } else {
                break;
            }
        }
        if (nthColumn != null) {
            if (scope == Scope.EACH_COLUMN) {
                throw new FormulaException("“每列”公式中的引用应为行（如 第 59 行、[合计]），栏由“每列”逐一取", nthColumn.pos());
            }
            if (scope == Scope.EACH_ROW) {
                sels.add(0, nthColumn);
            } else {
                if (sels.isEmpty()) {
                    throw new FormulaException("请写明行：如 第 27 行 第 1 栏", nthColumn.pos());
                }
                sels.add(nthColumn);
            }
        }
        if (sels.isEmpty()) {
            if (i >= s.length()) {
                throw new FormulaException("公式不完整：此处缺少引用（如 [27]、[合计][1]、第 31 行）", i);
            }
            if (at("]")) {
                throw new FormulaException("方括号不配对：此“]”前没有对应的“[”", i);
            }
            throw new FormulaException("此处应为引用（如 [27]、收支总表[27]、[合计][1]、第 31 行），而不是“" + s.charAt(i) + "”", i);
        }
        if (sels.size() > 2) {
            throw new FormulaException("一个引用最多两个方括号：[行][栏]", start);
        }
        if (scope == Scope.EACH_ROW && sels.size() > 1) {
            throw new FormulaException("“每行”公式中的引用只写栏（如 [1]、[基本支出]），行由“每行”逐一取", start);
        }
        Sel first = sels.get(0);
        Sel second = sels.size() > 1 ? sels.get(1) : null;
        return List.of(scope == Scope.EACH_ROW
                ? new Term(table, null, null, first, null, start)
                : new Term(table, first, null, second, null, start));
    }

    private Sel bracket() throws FormulaException {
        int open = i;
        int close = -1;
        for (int k = i + 1; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == '[') {
                break;
            }
            if (c == ']') {
                close = k;
                break;
            }
        }
        if (close < 0) {
            throw new FormulaException("方括号不配对：第 " + (open + 1) + " 个字符的“[”没有对应的“]”", open);
        }
        String inside = s.substring(open + 1, close);
        if (inside.isBlank()) {
            throw new FormulaException("方括号中是空的", open);
        }
        i = close + 1;
        return Sel.of(inside, open);
    }

    /** "(1+…+8)行" / "(27+28+29)行": rows of the formula's table. */
    private List<Term> rowGroup(int start) throws FormulaException {
        int open = i;
        i++;
        List<Term> out = new ArrayList<>();
        while (true) {
            skip();
            if (i >= s.length()) {
                throw new FormulaException("圆括号不配对：第 " + (open + 1) + " 个字符的“(”没有对应的“)”", open);
            }
            int p = i;
            while (i < s.length() && Character.isDigit(s.charAt(i))) {
                i++;
            }
            if (p == i) {
                throw new FormulaException("括号中应为行次，如 (1+…+8)行", p);
            }
            Sel row = Sel.of(s.substring(p, i), p);
            out.add(new Term(null, row, null, null, null, p));
            skip();
            if (at("+")) {
                i++;
                skip();
                if (range()) {
                    skip();
                    if (at("+")) {
                        i++;
                    }
                    skip();
                    int q = i;
                    while (i < s.length() && Character.isDigit(s.charAt(i))) {
                        i++;
                    }
                    if (q == i) {
                        throw new FormulaException("范围“…”后应为行次", q);
                    }
                    Term from = out.remove(out.size() - 1);
                    out.add(new Term(null, from.row(), Sel.of(s.substring(q, i), q), null, null, from.pos()));
                    skip();
                    if (at("+")) {
                        i++;
                        continue;
                    }
                }
                if (at(")") || at("）")) {
                    break;
                }
                continue;
            }
            if (at(")") || at("）")) {
                break;
            }
            throw new FormulaException(i >= s.length()
                    ? "圆括号不配对：第 " + (open + 1) + " 个字符的“(”没有对应的“)”"
                    : "括号中此处应为 + 或 )，而不是“" + s.charAt(i) + "”", i >= s.length() ? open : i);
        }
        i++;
        skip();
        if (!at("行")) {
            throw new FormulaException("“(…)”后应写“行”，如 (1+…+8)行", i);
        }
        i++;
        return out;
    }

    private Term rangeOf(Term from, Term to, Scope scope) throws FormulaException {
        boolean sameTable = to.table() == null || to.table().equals(from.table());
        if (!sameTable) {
            throw new FormulaException("范围两端应在同一张表", to.pos());
        }
        if (from.isRange()) {
            throw new FormulaException("范围不能连写", to.pos());
        }
        boolean rowsVary = scope != Scope.EACH_ROW && from.row() != null && to.row() != null
                && !from.row().text().equals(to.row().text());
        if (rowsVary) {
            if (!from.row().isNumber() || !to.row().isNumber()) {
                throw new FormulaException("范围两端应为行次数字，如 [1]~[8]", from.pos());
            }
            if (!sameText(from.col(), to.col())) {
                throw new FormulaException("范围两端的栏应相同", to.pos());
            }
            return new Term(from.table(), from.row(), to.row(), from.col(), null, from.pos());
        }
        if (from.col() == null || to.col() == null || !from.col().isNumber() || !to.col().isNumber()) {
            throw new FormulaException("范围两端应为行次或栏次数字，如 [1]~[8]", from.pos());
        }
        return new Term(from.table(), from.row(), null, from.col(), to.col(), from.pos());
    }

    private static boolean sameText(Sel a, Sel b) {
        return a == null ? b == null : b != null && a.text().equals(b.text());
    }

    private boolean range() {
        for (String r : List.of("…", "...", "⋯", "~", "～", "至")) {
            if (s.startsWith(r, i)) {
                i += r.length();
                return true;
            }
        }
        return false;
    }

    private String comparison() {
        skip();
        for (String[] c : new String[][] {{">=", "≥"}, {"≥", "≥"}, {"<=", "≤"}, {"≤", "≤"}, {"==", "="}, {"=", "="}}) {
            if (s.startsWith(c[0], i)) {
                i += c[0].length();
                return c[1];
            }
        }
        return null;
    }

    private boolean word(String w) {
        if (s.startsWith(w, i)) {
            i += w.length();
            skip();
            return true;
        }
        return false;
    }

    private boolean at(String t) {
        return s.startsWith(t, i);
    }

    private void skip() {
        while (i < s.length() && (Character.isWhitespace(s.charAt(i)) || Character.isSpaceChar(s.charAt(i)))) {
            i++;
        }
    }

}
