package cn.jsaudit.pdf;

/** What a page shows from top to bottom, as the reader meets it: a line of text, or a table. */
sealed interface Flow permits Flow.Line, Flow.Table, Flow.Unread {

    int page();

    float top();

    /** A line of running text (not in a table, not page furniture). */
    record Line(int page, TextLine line) implements Flow {
        @Override
        public float top() {
            return line.top();
        }
    }

    /** A table with the lines printed above and below it. */
    record Table(int page, PrintedTable table) implements Flow {
        @Override
        public float top() {
            return table.heading().isEmpty() ? table.top() : Math.min(table.top(), table.heading().get(0).top());
        }
    }

    /** A line of running text that is a row of a table printed without ruling lines (see {@link AlignedRows}). */
    record Unread(int page, TextLine line) implements Flow {
        @Override
        public float top() {
            return line.top();
        }
    }
}
