package cn.jsaudit.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The script an analyst would write instead (peer-check, Python with openpyxl), run on the same folder; when it
 * cannot run here the benchmark says why and leaves its column out.
 */
final class PeerScript {

    private PeerScript() {
    }

    /** Null when the script can run, else why not (in Chinese, for the benchmark's output). */
    static String unavailable(Path script) {
        if (!Files.isRegularFile(script)) {
            return "找不到对照脚本 " + script + "（用 --peer 指定 check.py 的位置），跳过对照脚本一列";
        }
        try {
            ChildProcess.Result r = ChildProcess.run(List.of("python3", "-c", "import openpyxl"), Map.of(), false);
            if (r.exitCode() != 0) {
                return "python3 缺少 openpyxl（pip install openpyxl，或 apt-get install python3-openpyxl），跳过对照脚本一列";
            }
        } catch (Exception e) {
            return "没有安装 python3，跳过对照脚本一列";
        }
        return null;
    }

    static List<String> command(Path script, Path folder) {
        return List.of("python3", script.toString(), folder.toString());
    }
}
