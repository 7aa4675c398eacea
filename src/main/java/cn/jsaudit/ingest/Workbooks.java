package cn.jsaudit.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/** Opens .xlsx/.xls files read-only, turning every failure into a Chinese message naming the file. */
public final class Workbooks {

    private Workbooks() {
    }

    public static Workbook open(Path file) throws InputProblem {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) == 0) {
                throw new InputProblem(name + "：文件是空的（0 字节），不是有效的 Excel 工作簿");
            }
            return WorkbookFactory.create(file.toFile(), null, true);
        } catch (EncryptedDocumentException e) {
            throw new InputProblem(name + "：文件已加密（设有打开密码），请提供未加密的工作簿", e);
        } catch (IOException | RuntimeException e) {
            throw new InputProblem(name + "：无法作为 Excel 工作簿（.xlsx/.xls）打开，文件可能已损坏、被截断或并非 Excel 文件（"
                    + describe(e) + "）", e);
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
