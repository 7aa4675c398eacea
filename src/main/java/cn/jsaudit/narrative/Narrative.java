package cn.jsaudit.narrative;

import java.util.List;

import cn.jsaudit.model.Claim;
import cn.jsaudit.model.NarrativeSentence;

/**
 * A narrative read and taken apart: its sentences (headings included) in document order and the
 * claims they state.
 */
public record Narrative(String file, List<NarrativeSentence> sentences, List<Claim> claims) {

    public Narrative {
        sentences = List.copyOf(sentences);
        claims = List.copyOf(claims);
    }
}
