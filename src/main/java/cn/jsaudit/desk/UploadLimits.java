package cn.jsaudit.desk;

/**
 * How much one upload may bring: the request's size, the number of files a zip may unpack and their unpacked size
 * (counted as written, not as the zip claims: a zip bomb is stopped at the limit).
 */
public record UploadLimits(long maxRequestBytes, int maxEntries, long maxUnpackedBytes) {

    public static final UploadLimits DEFAULT = new UploadLimits(200L << 20, 5_000, 1L << 30);
}
