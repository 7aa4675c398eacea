package cn.jsaudit.pipeline;

/**
 * Told the cause behind each problem that became a finding (a file that would not open, a defect met while
 * screening): the finding carries a Chinese message for the reviewer, this the exception chain for whoever asked
 * for it (check --verbose). Called from the screening threads.
 */
@FunctionalInterface
public interface Diagnostics {

    void report(String file, Throwable cause);

    Diagnostics NONE = (file, cause) -> { };
}
