package cn.jsaudit.narrative;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The encodings offices save a text narrative in, and what is not text. */
class TextDecoderTest {

    private static final String TEXT = "一、收入支出决算总体情况\r\n2023年度收入总计110.26万元，比上年增加5.2%。\r\n";

    private static byte[] bom(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    private static byte[] join(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void everySupportedEncodingWithAndWithoutItsBom() throws Exception {
        List<byte[]> forms = List.of(
                TEXT.getBytes(StandardCharsets.UTF_8),
                join(bom(0xEF, 0xBB, 0xBF), TEXT.getBytes(StandardCharsets.UTF_8)),
                join(bom(0xFF, 0xFE), TEXT.getBytes(StandardCharsets.UTF_16LE)),
                TEXT.getBytes(StandardCharsets.UTF_16LE),
                join(bom(0xFE, 0xFF), TEXT.getBytes(StandardCharsets.UTF_16BE)),
                TEXT.getBytes(StandardCharsets.UTF_16BE),
                TEXT.getBytes(Charset.forName("GB18030")),
                TEXT.getBytes(Charset.forName("GBK")));
        for (byte[] bytes : forms) {
            assertEquals(TEXT, TextDecoder.decode(bytes, "说明.txt"));
        }
    }

    @Test
    void utf32IsNamedAndRefused() {
        byte[] utf32 = join(bom(0xFF, 0xFE, 0x00, 0x00), TEXT.getBytes(Charset.forName("UTF-32LE")));
        assertEquals("情况说明文件 说明.txt 是 UTF-32 编码，无法读取（可读取的编码：UTF-8、UTF-16（“Unicode”）、GB18030/GBK；可在记事本中“另存为”UTF-8）。",
                assertThrows(NarrativeException.class, () -> TextDecoder.decode(utf32, "说明.txt")).getMessage());
    }

    @Test
    void binaryAndUndecodableBytesAreRefusedWithTheReason() {
        byte[] binary = new byte[400];
        new java.util.Random(3).nextBytes(binary);
        assertEquals("情况说明文件 说明.txt 不是文本文件（含有二进制内容），无法读取（可读取的编码：UTF-8、UTF-16（“Unicode”）、GB18030/GBK）。",
                assertThrows(NarrativeException.class, () -> TextDecoder.decode(binary, "说明.txt")).getMessage());
        byte[] neither = join("收入".getBytes(StandardCharsets.UTF_8), bom(0xFF, 0x80, 0xFF));
        assertEquals("情况说明文件 说明.txt 的编码无法识别（可读取的编码：UTF-8、UTF-16（“Unicode”）、GB18030/GBK），无法读取。",
                assertThrows(NarrativeException.class, () -> TextDecoder.decode(neither, "说明.txt")).getMessage());
        byte[] brokenUtf16 = join(bom(0xFF, 0xFE), bom(0x00, 0xD8, 0x41, 0x00)); // a lone high surrogate
        assertEquals("情况说明文件 说明.txt 看似 UTF-16 编码，但其中有不合该编码的字节（文件可能已损坏），无法读取。",
                assertThrows(NarrativeException.class, () -> TextDecoder.decode(brokenUtf16, "说明.txt")).getMessage());
    }
}
