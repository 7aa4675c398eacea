package cn.jsaudit.narrative;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a text narrative in the encodings offices save in: UTF-8 (with or without BOM), UTF-16 little- or
 * big-endian (Notepad's "Unicode"; told by its BOM, or without one by where its zero bytes fall: the ASCII
 * digits, spaces and line breaks of any narrative have a zero high byte), and GB18030 (which includes GBK and
 * GB2312). Bytes that are none of these, or that decode to control characters rather than text, are refused
 * with a message naming the encodings read.
 */
final class TextDecoder {

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String SUPPORTED = "可读取的编码：UTF-8、UTF-16（“Unicode”）、GB18030/GBK";

    private TextDecoder() {
    }

    static String decode(byte[] bytes, String fileName) throws NarrativeException {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return text(decodeOrFail(bytes, 3, StandardCharsets.UTF_8, "UTF-8", fileName), fileName);
        }
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            throw new NarrativeException("情况说明文件 " + fileName + " 是 UTF-32 编码，无法读取（" + SUPPORTED + "；可在记事本中“另存为”UTF-8）。");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return text(decodeOrFail(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16", fileName), fileName);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return text(decodeOrFail(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16", fileName), fileName);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return text(decodeOrFail(bytes, 0, utf16, "UTF-16", fileName), fileName);
        }
        if (contains(bytes, (byte) 0)) {
            throw notText(fileName);
        }
        String decoded = tryDecode(bytes, 0, StandardCharsets.UTF_8);
        if (decoded == null) {
            decoded = tryDecode(bytes, 0, GB18030);
        }
        if (decoded == null) {
            throw new NarrativeException("情况说明文件 " + fileName + " 的编码无法识别（" + SUPPORTED + "），无法读取。");
        }
        return text(decoded, fileName);
    }

    /**
     * UTF-16 without a BOM: zero bytes, most at odd offsets (little-endian) or most at even ones (big-endian) —
     * the high bytes of ASCII characters; a few fall the other way, from characters such as 一 (U+4E00). Text in a
     * single-byte or multi-byte encoding has no zero bytes at all.
     */
    private static Charset utf16WithoutBom(byte[] bytes) {
        int even = 0;
        int odd = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                if ((i & 1) == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        int zeros = even + odd;
        if (bytes.length % 2 != 0 || zeros == 0) {
            return null;
        }
        if (odd >= zeros * 0.8) {
            return StandardCharsets.UTF_16LE;
        }
        if (even >= zeros * 0.8) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String decodeOrFail(byte[] bytes, int start, Charset charset, String label, String fileName)
            throws NarrativeException {
        String s = tryDecode(bytes, start, charset);
        if (s == null) {
            throw new NarrativeException("情况说明文件 " + fileName + " 看似 " + label + " 编码，但其中有不合该编码的字节（文件可能已损坏），无法读取。");
        }
        return s;
    }

    /**
     * The bytes decoded, or null when they are not in the charset. Decoded into a buffer that holds the most
     * characters the bytes can give, so that bytes in another encoding (GB18030 tried as UTF-8 first) are told
     * by the decoder's result rather than by an exception.
     */
    private static String tryDecode(byte[] bytes, int start, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate((int) Math.ceil(in.remaining() * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError() && !result.isOverflow()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            return null;
        }
        if (result.isOverflow()) {
            return decodeWhole(bytes, start, charset);
        }
        return out.flip().toString();
    }

    private static String decodeWhole(byte[] bytes, int start, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Decoded text with many control characters is a binary file that happened to decode. */
    private static String text(String s, String fileName) throws NarrativeException {
        int control = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f')) {
                control++;
            }
        }
        if (control > 0 && control * 20 > s.length()) {
            throw notText(fileName);
        }
        return s;
    }

    private static NarrativeException notText(String fileName) {
        return new NarrativeException("情况说明文件 " + fileName + " 不是文本文件（含有二进制内容），无法读取（" + SUPPORTED + "）。");
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] bytes, byte value) {
        for (byte b : bytes) {
            if (b == value) {
                return true;
            }
        }
        return false;
    }
}
