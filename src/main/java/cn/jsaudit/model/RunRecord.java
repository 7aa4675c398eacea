package cn.jsaudit.model;

import java.util.List;

/**
 * What a report must carry so that a finding list can be traced to the run that made it: the tool version,
 * when it ran, a SHA-256 of the rules folder's content and one of each input file.
 *
 * @param version    jsaudit's version
 * @param time       when the run started, ISO-8601 with offset, to the second
 * @param rulesSha256 digest over the rules folder (each file's relative path and content, in path order)
 * @param inputs     each input file with its digest, in submission order
 */
public record RunRecord(String version, String time, String rulesSha256, List<InputFile> inputs) {

    public RunRecord {
        inputs = List.copyOf(inputs);
    }

    /** One input file and the SHA-256 of its bytes. */
    public record InputFile(String path, String sha256) {
    }
}
