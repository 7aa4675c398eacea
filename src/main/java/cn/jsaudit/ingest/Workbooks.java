package cn.jsaudit.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipException;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.NotOLE2FileException;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads .xlsx/.xls files into {@link WorkbookData} within the {@link InputLimits}, turning every failure into a
 * Chinese message naming the file (the cause stays attached for --verbose). An .xlsx goes through the streaming
 * {@link XlsxLoader}; an .xls, or a package it could not make sense of, through POI's user model, whose verdict on
 * a damaged or encrypted file is the one reported. A package beyond a limit is never handed to POI: POI would
 * build an object tree of it, the very thing the limit prevents; one handed to POI for another reason is checked
 * whole by {@link PackageGuard} first.
 */
public final class Workbooks {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final String NOT_EXCEL = "文件内容不是 Excel 格式（可能是改了扩展名的其他文件）";

    private Workbooks() {
    }

    public static WorkbookData read(Path file) throws InputProblem {
        return read(file, InputLimits.DEFAULT);
    }

    public static WorkbookData read(Path file, InputLimits limits) throws InputProblem {
        String name = file.getFileName().toString();
        try {
            if (Files.size(file) == 0) {
                throw new InputProblem(name + "：文件是空的（0 字节），不是有效的 Excel 工作簿");
            }
            PackageGuard.checkFileSize(file, limits);
            applyToPoi(limits);
            boolean zip = isZip(file);
            if (zip) {
                try {
                    return XlsxLoader.load(file, limits);
                } catch (LimitExceeded e) {
                    throw e;
                } catch (ZipException | EOFException e) {
                    throw new InputProblem(name + "：无法作为 Excel 工作簿打开：压缩结构不完整，文件可能在下载或复制时被截断，或已损坏", e);
                } catch (IOException | XMLStreamException | RuntimeException e) {
                    // fall through: POI names the damage precisely, or copes with what the streaming reader did not
                }
                PackageGuard.check(file, limits);
            } else if (FileMagic.valueOf(file.toFile()) != FileMagic.OLE2) {
                throw new InputProblem(name + "：无法作为 Excel 工作簿（.xlsx/.xls）打开：" + NOT_EXCEL);
            }
            try (Workbook wb = WorkbookFactory.create(file.toFile(), null, true)) {
                return PoiLoader.copy(wb, new ReadBudget(name, limits));
            }
        } catch (InputProblem e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new InputProblem(name + "：文件已加密（设有打开密码），请提供未加密的工作簿", e);
        } catch (NoSuchFileException e) {
            throw new InputProblem(name + "：找不到此文件（" + file + "），未审核", e);
        } catch (java.nio.file.FileSystemException e) {
            throw new InputProblem(name + "：无法读取（" + IoMessages.reason(e) + "）", e);
        } catch (IOException | RuntimeException e) {
            throw new InputProblem(name + "：无法作为 Excel 工作簿（.xlsx/.xls）打开：" + reason(e), e);
        }
    }

    /** A workbook already open in POI (built in memory, say) as {@link WorkbookData}; its cost is paid, so no limits. */
    public static WorkbookData of(Workbook wb) {
        try {
            return PoiLoader.copy(wb, new ReadBudget("", InputLimits.NONE));
        } catch (LimitExceeded e) {
            throw new IllegalStateException("no limit is set", e);
        }
    }

    /**
     * POI's own zip-bomb thresholds (process-wide) follow the limits, so that POI — reading an .xls or an odd
     * package here, or a workbook to annotate later — neither refuses a package the limits allow nor inflates one
     * they forbid.
     */
    static synchronized void applyToPoi(InputLimits limits) {
        ZipSecureFile.setMinInflateRatio(1.0 / limits.maxCompressionRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxPartBytes());
    }

    private static boolean isZip(Path file) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, 4) == 4 && Arrays.equals(head, ZIP);
        }
    }

    /** What POI's failure means to a reviewer, in Chinese; POI's own (English) words are for --verbose. */
    private static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NotOfficeXmlFileException || t instanceof NotOLE2FileException) {
                return NOT_EXCEL;
            }
            if (t instanceof ZipException || t instanceof EOFException) {
                return "文件不完整或已损坏（可能在下载或复制时被截断）";
            }
        }
        return "文件已损坏，或不是 Excel 文件";
    }
}
