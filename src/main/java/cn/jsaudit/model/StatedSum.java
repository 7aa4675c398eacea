package cn.jsaudit.model;

import java.util.List;

/**
 * A sum a form's text states in one sentence: parts and their total ("购买办公用品 10万元，……共 60万元",
 * "项目支出 203.12万元，其中 A 36.75万元，B 50万元……"). Amounts in 万元; each number's half-step is that of the
 * most precise number in the sentence (a writer who gives 36.75 and 50 means 50.00).
 *
 * @param form       the form id
 * @param role       the role of the text it is in ({@link FormText#TARGET}, {@link FormText#ACTUAL}, {@link FormText#SECTION})
 * @param quote      the sentence
 * @param total      the stated total
 * @param parts      the parts, in order
 * @param partLabels what each part is, as the sentence names it
 * @param listed     true for "X，其中 A，B" (parts listed after the total), false for "A，B，共 X"
 * @param location   the cell of the text
 */
public record StatedSum(String form, String role, String quote, FormNumber total, List<FormNumber> parts,
                        List<String> partLabels, boolean listed, Location location) {
}
