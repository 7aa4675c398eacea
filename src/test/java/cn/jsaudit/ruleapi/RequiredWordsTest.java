package cn.jsaudit.ruleapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class RequiredWordsTest {

    @Test
    void theLongestRunOfPlainCharactersOutsideGroupsAndClasses() {
        assertEquals(List.of("号"), RequiredWords.of(
                "(?<prefix>[\\u4e00-\\u9fa5]{2,8})[\\[〔【(](?<year>\\d{4})[\\]〕】)](?<no>\\d{1,5})号"));
        assertEquals(List.of("主要原因"), RequiredWords.of("决算数?较上年(增加|增长)的?主要原因"));
        assertEquals(List.of("相比"), RequiredWords.of("与\\d{4}年度?相比"));
        assertEquals(List.of("截至"), RequiredWords.of("^截至\\d{4}年\\d{1,2}月\\d{1,2}日"));
    }

    @Test
    void aCharacterUnderAQuantifierIsNotRequired() {
        assertEquals(List.of("年"), RequiredWords.of("^.*\\d{4}年度?"));
        assertEquals(List.of("较上年"), RequiredWords.of("较上年度?(决算数)?"));
        assertEquals(List.of("ac"), RequiredWords.of("ab*ac"));
        assertEquals(List.of(), RequiredWords.of("a+"));
        assertEquals(List.of(), RequiredWords.of("a{2}"));
    }

    @Test
    void anEscapedMetaCharacterIsItselfAndAClassEscapeIsNothing() {
        assertEquals(List.of(")、"), RequiredWords.of("^[一二三]+\\)、"));
        assertEquals(List.of("年"), RequiredWords.of("\\d年\\s"));
    }

    @Test
    void aGroupOfAlternativesNeedsOneOfThem() {
        assertEquals(List.of("为", "是", "达到", "达", "约"), RequiredWords.of("(分别|合计|共)?(为|是|达到|达|约)$"));
        assertEquals(List.of("本部门", "我局"), RequiredWords.of("^(本部门|我局)"));
        assertEquals(List.of("甲乙", "丙丁"), RequiredWords.of("甲乙|丙丁"));
        // a longer single word is more selective than a set of short ones
        assertEquals(List.of("绩效自评"), RequiredWords.of("^(?:一级)?项目的?绩效自评"));
    }

    @Test
    void aBranchWithoutWordsMakesTheAlternationUnknown() {
        assertEquals(List.of(), RequiredWords.of("(甲|\\d+)$"));
        assertEquals(List.of(), RequiredWords.of("甲|"));
        assertEquals(List.of("乙"), RequiredWords.of("(甲|\\d+)乙"));
    }

    @Test
    void lookaroundsAndClassesRequireNothing() {
        assertEquals(List.of("乙"), RequiredWords.of("(?<!甲)乙(?=丙)"));
        assertEquals(List.of("了"), RequiredWords.of("[()（）]了[^)]"));
        assertEquals(List.of(), RequiredWords.of("[[甲乙]&&[乙]]"));
    }

    @Test
    void constructsItDoesNotFollowGiveNoWords() {
        for (String regex : List.of("(?i)abc", "\\Qa.b\\E", "\\p{IsHan}年", "([，、])\\1", "\\u5e74度", "a(?x) b")) {
            assertTrue(RequiredWords.of(regex).isEmpty(), regex);
        }
    }
}
