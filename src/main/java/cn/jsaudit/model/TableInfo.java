package cn.jsaudit.model;

/**
 * A public table found in the submission.
 *
 * @param table     the table id of the template ("01" … "09")
 * @param title     the title as printed
 * @param sheet     the sheet it was read from
 * @param amounts   how many amount cells it holds
 * @param emptyNote the 空表说明 printed with it ("本单位无…"), or null
 */
public record TableInfo(String table, String title, String sheet, int amounts, String emptyNote) {

    public boolean isEmpty() {
        return amounts == 0;
    }
}
