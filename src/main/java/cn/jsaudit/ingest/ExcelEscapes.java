package cn.jsaudit.ingest;

/** Excel writes characters XML cannot hold (carriage returns, control characters) as _xHHHH_ in text. */
final class ExcelEscapes {

    private ExcelEscapes() {
    }

    static String decode(String s) {
        int at = s.indexOf("_x");
        if (at < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int from = 0;
        while (at >= 0) {
            if (at + 7 <= s.length() && s.charAt(at + 6) == '_' && isHex(s, at + 2, at + 6)) {
                b.append(s, from, at).append((char) Integer.parseInt(s.substring(at + 2, at + 6), 16));
                from = at + 7;
                at = s.indexOf("_x", from);
            } else {
                at = s.indexOf("_x", at + 2);
            }
        }
        return b.append(s, from, s.length()).toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }
}
