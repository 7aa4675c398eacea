package cn.jsaudit.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    @Test
    void splitsAfterFullAndHalfWidthEndsKeepingClosers() {
        assertEquals(List.of("收入增加。", "支出减少！", "为什么？", "因为“政策调整。”", "完成了!", "好的?", "下一句"),
                SentenceSplitter.split("收入增加。支出减少！为什么？因为“政策调整。”完成了! 好的?下一句"));
    }

    /** An ASCII ! ? ; inside ASCII text (a cell reference, a formula, a URL) ends no sentence: the quote stays whole. */
    @Test
    void asciiMarksInsideAsciiTextDoNotCutTheSentence() {
        assertEquals(List.of("单位名称为“+cmd|' /C calc'!A0”的记录。"), SentenceSplitter.split("单位名称为“+cmd|' /C calc'!A0”的记录。"));
        assertEquals(List.of("见 http://a.b/c?d=1;e=2 的说明。"), SentenceSplitter.split("见 http://a.b/c?d=1;e=2 的说明。"));
        assertEquals(List.of("公式=SUM(Sheet1!A1:A3)有误。"), SentenceSplitter.split("公式=SUM(Sheet1!A1:A3)有误。"));
        assertEquals(List.of("真的吗?!", "是的"), SentenceSplitter.split("真的吗?!是的"));
    }
}
