package cn.jsaudit.engine;

import java.math.BigDecimal;

/**
 * The auditor's tolerance policy from the rules folder's settings.yaml.
 *
 * @param printedZerosExact whether a printed 0.00 is an exact zero (contributes nothing to the tolerance) or an
 *                          interval of ± half a unit like every other printed amount
 * @param minimum           a floor under every computed tolerance, in 万元 (0 for none); a rule's own
 *                          {@code @tolerance} is taken as written
 */
public record ToleranceSettings(boolean printedZerosExact, BigDecimal minimum) {

    public static final ToleranceSettings DEFAULT = new ToleranceSettings(true, BigDecimal.ZERO);

    public ToleranceSettings {
        minimum = minimum == null ? BigDecimal.ZERO : minimum;
    }
}
