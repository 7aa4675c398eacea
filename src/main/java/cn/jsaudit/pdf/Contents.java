package cn.jsaudit.pdf;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The 目录 a disclosure opens with: the line "目录" and the entries printed after it on its page ("第一部分 部门决算报表",
 * "第二部分 部门决算情况说明"), and on the pages after it while every line ends in a page number. They name the parts;
 * they are no headings of the text — read as headings, the last entry would put the text that follows (a report
 * without part headings of its own) in the part it names.
 */
final class Contents {

    private static final Pattern TITLE = Pattern.compile("目\\s*录");
    /** An entry ending in its page number, after dot leaders or a space ("部门决算情况说明……12"). */
    private static final Pattern NUMBERED_ENTRY = Pattern.compile(".*([.·…。—\\-_\\s]+)\\d{1,3}");

    private Contents() {
    }

    /** The lines of the 目录 among the running text's lines (in reading order); empty when it has none. */
    static Set<TextLine> lines(List<Flow> flow) {
        Set<TextLine> out = new HashSet<>();
        int title = 0;
        while (title < flow.size() && !(flow.get(title) instanceof Flow.Line l && TITLE.matcher(l.line().text().strip()).matches())) {
            title++;
        }
        if (title == flow.size()) {
            return out;
        }
        int page = flow.get(title).page();
        out.add(((Flow.Line) flow.get(title)).line());
        boolean numbered = true;
        for (Flow item : flow.subList(title + 1, flow.size())) {
            if (item.page() != page) {
                // a 目录 of numbered entries runs on to a page of numbered entries only
                List<Flow> next = flow.stream().filter(f -> f.page() == item.page()).toList();
                if (!numbered || item.page() != page + 1 || !next.stream().allMatch(f -> f instanceof Flow.Line l
                        && NUMBERED_ENTRY.matcher(l.line().text().strip()).matches())) {
                    break;
                }
                page = item.page();
            }
            if (item instanceof Flow.Line l) {
                out.add(l.line());
                numbered &= NUMBERED_ENTRY.matcher(l.line().text().strip()).matches();
            }
        }
        return out;
    }
}
