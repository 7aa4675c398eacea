package cn.jsaudit.report;

import org.w3c.dom.Element;

/** One sheet of a workbook being copied: its name, its element in workbook.xml and its part (null when it has none). */
record WorkbookSheet(String name, Element element, String part) {
}
