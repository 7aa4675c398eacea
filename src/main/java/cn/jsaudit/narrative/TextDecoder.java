package cn.jsaudit.narrative;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text narrative: UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise
 * GB18030, which many offices still save in. Bytes that are not text at all are refused.
 */
final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private TextDecoder() {
    }

    static String decode(byte[] bytes, String fileName) throws NarrativeException {
        if (looksBinary(bytes)) {
            throw new NarrativeException("情况说明文件 " + fileName + " 不是文本文件（含有二进制内容），无法读取。");
        }
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        try {
            return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException notUtf8) {
            try {
                return strict(GB18030).decode(ByteBuffer.wrap(bytes)).toString();
            } catch (CharacterCodingException e) {
                throw new NarrativeException("情况说明文件 " + fileName + " 的编码既不是 UTF-8 也不是 GB18030，无法读取。", e);
            }
        }
    }

    private static java.nio.charset.CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean hasUtf8Bom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    }

    /** NUL bytes or many control characters mean a binary file (text in UTF-16 included). */
    private static boolean looksBinary(byte[] bytes) {
        int control = 0;
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
            if (b >= 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return bytes.length > 0 && control * 20 > bytes.length;
    }
}
