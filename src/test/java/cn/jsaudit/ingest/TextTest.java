package cn.jsaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void compactFoldsFullWidthFormsAndDropsSpaces() {
        assertEquals("1,085.68", Text.compact("１，０８５．６８"));
        assertEquals("项目", Text.compact(" 项 \n目 "));
        assertEquals("收入(万元)", Text.compact("收入（万元）"));
        assertEquals("收入", Text.compact("收\u3000入"));
        assertEquals("110.26", Text.compact("110.26 "));
    }

    @Test
    void titleKeyIgnoresQuotes() {
        assertEquals("财政拨款三公经费支出决算表", Text.titleKey("财政拨款“三公”经费支出决算表"));
        assertEquals("财政拨款三公经费支出决算表", Text.titleKey("财政拨款\"三公\" 经费支出决算表"));
    }
}
