package cn.jsaudit.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.zip.ZipException;

/**
 * Why a file could not be read or written, in Chinese and without the path or the system's English words (the
 * caller names the file as the user gave it; --verbose shows the original exception).
 */
public final class IoMessages {

    private IoMessages() {
    }

    public static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "找不到文件或文件夹";
        }
        if (e instanceof AccessDeniedException) {
            return "没有读写权限";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "文件已存在";
        }
        if (e instanceof NotDirectoryException) {
            return "路径中有一段不是文件夹";
        }
        if (e instanceof ZipException || e instanceof EOFException) {
            return "文件不完整或已损坏";
        }
        String why = e instanceof FileSystemException f ? f.getReason() : e.getMessage();
        if (why != null && why.contains("No space left")) {
            return "磁盘空间不足";
        }
        if (why != null && why.contains("Read-only file system")) {
            return "文件系统只读";
        }
        if (why != null && why.contains("Is a directory")) {
            return "这是文件夹，不是文件";
        }
        return "读写出错";
    }
}
