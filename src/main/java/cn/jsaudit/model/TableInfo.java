package cn.jsaudit.model;

/**
 * A public table found in the submission.
 *
 * @param table     the table as the template names it ("公开01表")
 * @param role      what the table is (收支总表 …)
 * @param title     the title as printed
 * @param sheet     the sheet it was read from
 * @param amounts   how many amount cells it holds
 * @param emptyNote the 空表说明 printed with it ("本单位无…"), or null
 * @param read      whether its columns could be matched with the template: an unread table (one reading doubt says so)
 *                  is neither empty nor a reason to call what the text cites missing
 */
public record TableInfo(String table, String role, String title, String sheet, int amounts, String emptyNote,
                        boolean read) {

    public boolean isEmpty() {
        return read && amounts == 0;
    }
}
