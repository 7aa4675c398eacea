package cn.jsaudit.pdf;

import cn.jsaudit.ingest.InputProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Reads a published PDF disclosure into a {@link PdfDisclosure}: its tables as sheets the workbook readers read
 * and its running text as paragraphs. A PDF that cannot be read — not a PDF, cut short, locked with a password,
 * scanned without a text layer, beyond the limits — is an {@link InputProblem} whose Chinese message names the
 * file and the cause; nothing is guessed from it.
 */
public final class PdfReader {

    private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "%%EOF".getBytes(StandardCharsets.US_ASCII);
    /** The header may follow some bytes of junk; the end marker some trailing white space or junk. */
    private static final int HEAD = 1024;
    private static final int TAIL = 2048;

    private final DisclosureLayout layout;
    private final PdfLimits limits;

    /**
     * @param notePrefixes how notes under a table begin (注, 说明：…) — the templates' vocabulary
     * @param emptyNotes   the phrases of a 空表说明 printed under an empty table
     */
    public PdfReader(List<String> notePrefixes, List<String> emptyNotes, PdfLimits limits) {
        this.layout = new DisclosureLayout(new TableSurroundings(notePrefixes, emptyNotes));
        this.limits = limits;
    }

    /** Whether the file is named as a PDF. */
    public static boolean isPdf(Path file) {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".pdf");
    }

    public PdfDisclosure read(Path file) throws InputProblem {
        String name = file.getFileName().toString();
        try {
            checkFile(file, name);
            try (PDDocument document = Loader.loadPDF(file.toFile())) {
                int pages = document.getNumberOfPages();
                if (pages > limits.maxPages()) {
                    throw new InputProblem(name + "：共 " + pages + " 页，超过上限 " + limits.maxPages()
                            + " 页，未读取（部门决算公开文件不会有这么多页）");
                }
                if (pages == 0) {
                    throw new InputProblem(name + "：PDF 中没有任何页面");
                }
                List<PdfPage> read = PageScanner.scan(document, new Budget(limits));
                checkText(read, name);
                return new PdfDisclosure(name, read, layout.lay(read));
            }
        } catch (InvalidPasswordException e) {
            throw new InputProblem(name + "：PDF 已加密（设有打开密码），无法读取；请提供未加密的 PDF", e);
        } catch (PdfTooLarge e) {
            throw new InputProblem(name + "：" + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new InputProblem(name + "：无法作为 PDF 读取，文件可能已损坏（" + describe(e) + "）", e);
        }
    }

    private void checkFile(Path file, String name) throws IOException, InputProblem {
        if (!Files.isRegularFile(file)) {
            throw new InputProblem(name + "：找不到此文件");
        }
        long size = Files.size(file);
        if (size == 0) {
            throw new InputProblem(name + "：文件是空的（0 字节），不是有效的 PDF");
        }
        if (size > limits.maxBytes()) {
            throw new InputProblem(name + "：文件大小 " + (size >> 20) + " MB，超过上限 " + (limits.maxBytes() >> 20)
                    + " MB，未读取（部门决算公开文件不会这么大）");
        }
        byte[] head = new byte[(int) Math.min(HEAD, size)];
        try (InputStream in = Files.newInputStream(file)) {
            in.readNBytes(head, 0, head.length);
        }
        if (indexOf(head, MAGIC) < 0) {
            throw new InputProblem(name + "：不是 PDF 文件（文件开头没有 %PDF 标记），可能是改了扩展名的其他文件");
        }
        byte[] tail = new byte[(int) Math.min(TAIL, size)];
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            raf.seek(size - tail.length);
            raf.readFully(tail);
        }
        if (indexOf(tail, END) < 0) {
            throw new InputProblem(name + "：PDF 文件不完整（结尾缺少 %%EOF 标记），可能在下载或复制时被截断；请提供完整的文件");
        }
    }

    /** A PDF whose every page is a scan has nothing to read: one problem, naming the pages. */
    private static void checkText(List<PdfPage> pages, String name) throws InputProblem {
        boolean anyText = pages.stream().anyMatch(p -> !p.glyphs().isEmpty());
        if (anyText) {
            return;
        }
        long scanned = pages.stream().filter(PdfPage::scanned).count();
        if (scanned > 0) {
            throw new InputProblem(name + "：全部 " + pages.size() + " 页都无文本层（扫描件），其中的文字和数字无法读取，未审核；"
                    + "请提供由软件直接导出的 PDF，或原始工作簿");
        }
        throw new InputProblem(name + "：PDF 中没有任何文字（" + pages.size() + " 页都是空白或图形），未审核");
    }

    private static int indexOf(byte[] data, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= data.length; i++) {
            for (int k = 0; k < pattern.length; k++) {
                if (data[i + k] != pattern[k]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return m.length() > 120 ? m.substring(0, 120) + "…" : m;
    }
}
