package cn.jsaudit.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.jsaudit.model.AmountUnit;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmountParserTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "110.26|NUMBER|110.26|2",
        "'1,085.68'|NUMBER|1085.68|2",
        "1 085.68|NUMBER|1085.68|2",
        "'110.26 '|NUMBER|110.26|2",
        "１１０．２６|NUMBER|110.26|2",
        "'1，085.68'|NUMBER|1085.68|2",
        "0.00|NUMBER|0.00|2",
        "-|BLANK|0|0",
        "—|BLANK|0|0",
        "－|BLANK|0|0",
        "''|BLANK|0|0",
        "14|NUMBER|14|0",
        "-3.5|NUMBER|-3.5|1",
        "abc|NOT_A_NUMBER||0",
        "12.3.4|NOT_A_NUMBER||0",
        "'1,234.56'|NUMBER|1234.56|2",
        "1 234.56|NUMBER|1234.56|2",
        "'12,345,678.9'|NUMBER|12345678.9|1",
        "'-1,234.50'|NUMBER|-1234.50|2",
        "1 234.56|NUMBER|1234.56|2",
        "1　234|NUMBER|1234|0",
        "'1,2,3'|NOT_A_NUMBER||0",
        "'12,34'|NOT_A_NUMBER||0",
        "'1,234,5'|NOT_A_NUMBER||0",
        "'1234,567'|NOT_A_NUMBER||0",
        "'1,234 567'|NOT_A_NUMBER||0",
        "1 2 3|NOT_A_NUMBER||0",
        "'1.234,56'|NOT_A_NUMBER||0",
        "'1,234.5,6'|NOT_A_NUMBER||0",
    })
    void readsTextAmountsAsPrinted(String text, CellValue.Kind kind, String value, int decimals) {
        CellValue v = AmountParser.fromText(text);
        assertEquals(kind, v.kind());
        if (kind == CellValue.Kind.NUMBER) {
            assertEquals(new BigDecimal(value), v.value());
            assertEquals(decimals, v.decimals());
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "110.26万元|110.26|2|WAN_YUAN",
        "'110.26 万元'|110.26|2|WAN_YUAN",
        "'1,102,600元'|1102600|0|YUAN",
        "１１０．２６万元|110.26|2|WAN_YUAN",
        "110.26|110.26|2|",
    })
    void amountsTypedWithTheirUnitCarryIt(String text, String value, int decimals, AmountUnit unit) {
        CellValue v = AmountParser.fromText(text);
        assertEquals(CellValue.Kind.NUMBER, v.kind());
        assertEquals(new BigDecimal(value), v.value());
        assertEquals(decimals, v.decimals());
        assertEquals(unit, v.unit());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"万元", "元", "约110万元", "'1,2,3元'", "见附表"})
    void textWithAUnitButNoReadableAmountIsNotANumber(String text) {
        assertEquals(CellValue.Kind.NOT_A_NUMBER, AmountParser.fromText(text).kind());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "#,##0.00|2", "0.00|2", "General|-1", "#,##0|0", "0.0%|1", "'#,##0.00;[Red]-#,##0.00'|2", "@|-1",
    })
    void decimalsFollowTheNumberFormat(String format, int decimals) {
        assertEquals(decimals, AmountParser.decimalsOf(format));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "93.42000000000001|#,##0.00|93.42|2",
        "14.0|General|14|0",
        "0.1|General|0.1|1",
    })
    void numericCellsAreReadAsPrinted(double stored, String format, String value, int decimals) {
        CellValue v = AmountParser.fromNumber(stored, format);
        assertEquals(new BigDecimal(value), v.value());
        assertEquals(decimals, v.decimals());
    }

    /** isAmount answers as reading the text does, including the shortcut for text with ideographs. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "'1,234.50'|true", "－12|true", "１２３.４|true", "110.26万元|true", "1102600 元|true", "一般公共服务支出|false",
        "约3万|false", "约110万元|false", "无|false", "—|false", "'1,2,3'|false", "2023年|false",
    })
    void isAmountAgreesWithReading(String text, boolean amount) {
        assertEquals(amount, AmountParser.isAmount(text));
        assertEquals(amount, AmountParser.fromText(text).kind() == CellValue.Kind.NUMBER);
    }
}
