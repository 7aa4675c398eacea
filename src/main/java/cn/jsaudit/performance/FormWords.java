package cn.jsaudit.performance;

/**
 * The labels and words of forms.yaml the form readers ask every cell and value about, keyed (or compacted) once per
 * rules folder rather than once per cell and label.
 *
 * @param tableEnds labels whose row ends the indicator table: 总分, the deviation notes, the signatures
 */
record FormWords(HeaderColumns.Roles executionColumns, LabelKeys executionStops, HeaderColumns.Roles indicatorColumns,
                 LabelKeys tableEnds, LabelKeys totalLabels, LabelKeys inlineTotalLabels, LabelKeys projectName,
                 LabelKeys goalTargets, LabelKeys goalActuals, IndicatorValueParser indicatorValues,
                 LabelKeys costGroups) {

    static FormWords of(FormLabels l) {
        FormLabels.Indicators indicators = l.indicators();
        return new FormWords(
                HeaderColumns.Roles.of(l.execution().columns(), java.util.Set.of()),
                LabelKeys.of(l.execution().stopLabels()),
                HeaderColumns.Roles.of(indicators.columns(), IndicatorReader.PREFIX_ROLES),
                LabelKeys.of(indicators.totalLabels(), l.deviationNotes(), l.signatures()),
                LabelKeys.of(indicators.totalLabels()),
                LabelKeys.of(indicators.inlineTotalLabels()),
                LabelKeys.of(l.projectName()),
                LabelKeys.of(l.goals().target()),
                LabelKeys.of(l.goals().actual()),
                new IndicatorValueParser(l.indicatorValues()),
                LabelKeys.of(l.indicatorValues().lowerIsBetter().groups()));
    }
}
