package cn.jsaudit.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads .xlsx/.xls files into {@link WorkbookData}, turning every failure into a Chinese message naming the file.
 * An .xlsx goes through the streaming {@link XlsxLoader}; an .xls, or any package it cannot make sense of, through
 * POI's user model, whose verdict on a damaged or encrypted file is the one reported.
 */
public final class Workbooks {

    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private Workbooks() {
    }

    public static WorkbookData read(Path file) throws InputProblem {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) == 0) {
                throw new InputProblem(name + "：文件是空的（0 字节），不是有效的 Excel 工作簿");
            }
            if (isZip(file)) {
                try {
                    return XlsxLoader.load(file);
                } catch (IOException | XMLStreamException | RuntimeException e) {
                    // fall through: POI names the damage precisely, or copes with what the streaming reader did not
                }
            }
            try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
                return PoiLoader.copy(wb);
            }
        } catch (EncryptedDocumentException e) {
            throw new InputProblem(name + "：文件已加密（设有打开密码），请提供未加密的工作簿", e);
        } catch (IOException | RuntimeException e) {
            throw new InputProblem(name + "：无法作为 Excel 工作簿（.xlsx/.xls）打开，文件可能已损坏、被截断或并非 Excel 文件（"
                    + describe(e) + "）", e);
        }
    }

    /** A workbook already open in POI (built in memory, say) as {@link WorkbookData}. */
    public static WorkbookData of(Workbook wb) {
        return PoiLoader.copy(wb);
    }

    private static boolean isZip(Path file) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, 4) == 4 && Arrays.equals(head, ZIP);
        }
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return m.length() > 120 ? m.substring(0, 120) + "…" : m;
    }
}
