package cn.jsaudit.generate;

import java.util.List;

/**
 * The classification codes the generator draws from: the 26 功能分类 classes of tables 01 and 04 in their
 * printed order, a realistic choice of 款 and 项 under the classes units actually use, and the 经济分类 list
 * of table 06 as the reporting software prints it (three side-by-side blocks).
 */
final class Catalogue {

    /** A classification line: code and name. */
    record Line(String code, String name) {
    }

    /** A 款 with the 项 a unit may report under it. */
    record Section(String code, String name, List<Line> items) {
    }

    /** A 类 with its 款. */
    record FunctionClass(String code, String name, List<Section> sections) {
    }

    /** The 26 class rows of tables 01 (rows 32–57) and 04 (rows 33–58), in order. */
    static final List<Line> CLASS_ROWS = List.of(
            new Line("201", "一般公共服务支出"), new Line("202", "外交支出"), new Line("203", "国防支出"),
            new Line("204", "公共安全支出"), new Line("205", "教育支出"), new Line("206", "科学技术支出"),
            new Line("207", "文化旅游体育与传媒支出"), new Line("208", "社会保障和就业支出"),
            new Line("210", "卫生健康支出"), new Line("211", "节能环保支出"), new Line("212", "城乡社区支出"),
            new Line("213", "农林水支出"), new Line("214", "交通运输支出"), new Line("215", "资源勘探工业信息等支出"),
            new Line("216", "商业服务业等支出"), new Line("217", "金融支出"), new Line("219", "援助其他地区支出"),
            new Line("220", "自然资源海洋气象等支出"), new Line("221", "住房保障支出"), new Line("222", "粮油物资储备支出"),
            new Line("223", "国有资本经营预算支出"), new Line("224", "灾害防治及应急管理支出"), new Line("229", "其他支出"),
            new Line("231", "债务还本支出"), new Line("232", "债务付息支出"), new Line("234", "抗疫特别国债安排的支出"));

    static final String[] ORDINALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三",
        "十四", "十五", "十六", "十七", "十八", "十九", "二十", "二十一", "二十二", "二十三", "二十四", "二十五", "二十六"};

    private static Section section(String code, String name, String... items) {
        List<Line> lines = new java.util.ArrayList<>();
        for (int i = 0; i < items.length; i += 2) {
            lines.add(new Line(items[i], items[i + 1]));
        }
        return new Section(code, name, List.copyOf(lines));
    }

    static final FunctionClass GENERAL = new FunctionClass("201", "一般公共服务支出", List.of(
            section("20103", "政府办公厅（室）及相关机构事务", "2010301", "行政运行", "2010302", "一般行政管理事务",
                    "2010350", "事业运行"),
            section("20106", "财政事务", "2010601", "行政运行", "2010602", "一般行政管理事务", "2010650", "事业运行")));
    static final FunctionClass EDUCATION = new FunctionClass("205", "教育支出", List.of(
            section("20501", "教育管理事务", "2050101", "行政运行", "2050102", "一般行政管理事务"),
            section("20502", "普通教育", "2050201", "学前教育", "2050202", "小学教育", "2050203", "初中教育")));
    static final FunctionClass SOCIAL = new FunctionClass("208", "社会保障和就业支出", List.of(
            section("20805", "行政事业单位养老支出", "2080501", "行政单位离退休", "2080502", "事业单位离退休",
                    "2080505", "机关事业单位基本养老保险缴费支出", "2080506", "机关事业单位职业年金缴费支出"),
            section("20801", "人力资源和社会保障管理事务", "2080101", "行政运行", "2080102", "一般行政管理事务")));
    static final FunctionClass HEALTH = new FunctionClass("210", "卫生健康支出", List.of(
            section("21011", "行政事业单位医疗", "2101101", "行政单位医疗", "2101102", "事业单位医疗",
                    "2101103", "公务员医疗补助"),
            section("21015", "医疗保障管理事务", "2101501", "行政运行", "2101502", "一般行政管理事务", "2101550", "事业运行"),
            section("21004", "公共卫生", "2100401", "疾病预防控制机构", "2100408", "基本公共卫生服务")));
    static final FunctionClass AGRICULTURE = new FunctionClass("213", "农林水支出", List.of(
            section("21301", "农业农村", "2130101", "行政运行", "2130104", "事业运行", "2130108", "病虫害控制",
                    "2130122", "农业生产发展"),
            section("21303", "水利", "2130301", "行政运行", "2130306", "水利工程运行与维护")));
    static final FunctionClass HOUSING = new FunctionClass("221", "住房保障支出", List.of(
            section("22102", "住房改革支出", "2210201", "住房公积金", "2210202", "提租补贴", "2210203", "购房补贴")));

    /** 经济分类 of table 06, block by block as printed: 人员经费 (301, 303) and 公用经费 (302; 307, 310, 399). */
    static final List<Line> PERSONNEL = List.of(
            new Line("301", "工资福利支出"), new Line("30101", "基本工资"), new Line("30102", "津贴补贴"),
            new Line("30103", "奖金"), new Line("30106", "伙食补助费"), new Line("30107", "绩效工资"),
            new Line("30108", "机关事业单位基本养老保险缴费"), new Line("30109", "职业年金缴费"),
            new Line("30110", "职工基本医疗保险缴费"), new Line("30111", "公务员医疗补助缴费"),
            new Line("30112", "其他社会保障缴费"), new Line("30113", "住房公积金"), new Line("30114", "医疗费"),
            new Line("30199", "其他工资福利支出"), new Line("303", "对个人和家庭的补助"), new Line("30301", "离休费"),
            new Line("30302", "退休费"), new Line("30303", "退职（役）费"), new Line("30304", "抚恤金"),
            new Line("30305", "生活补助"), new Line("30306", "救济费"), new Line("30307", "医疗费补助"),
            new Line("30308", "助学金"), new Line("30309", "奖励金"), new Line("30310", "个人农业生产补贴"),
            new Line("30311", "代缴社会保险费"), new Line("30399", "其他对个人和家庭的补助"));
    static final List<Line> GOODS = List.of(
            new Line("302", "商品和服务支出"), new Line("30201", "办公费"), new Line("30202", "印刷费"),
            new Line("30203", "咨询费"), new Line("30204", "手续费"), new Line("30205", "水费"), new Line("30206", "电费"),
            new Line("30207", "邮电费"), new Line("30208", "取暖费"), new Line("30209", "物业管理费"),
            new Line("30211", "差旅费"), new Line("30212", "因公出国（境）费用"), new Line("30213", "维修（护）费"),
            new Line("30214", "租赁费"), new Line("30215", "会议费"), new Line("30216", "培训费"),
            new Line("30217", "公务接待费"), new Line("30218", "专用材料费"), new Line("30224", "被装购置费"),
            new Line("30225", "专用燃料费"), new Line("30226", "劳务费"), new Line("30227", "委托业务费"),
            new Line("30228", "工会经费"), new Line("30229", "福利费"), new Line("30231", "公务用车运行维护费"),
            new Line("30239", "其他交通费用"), new Line("30240", "税金及附加费用"), new Line("30299", "其他商品和服务支出"));
    static final List<Line> OTHER = List.of(
            new Line("307", "债务利息及费用支出"), new Line("30701", "国内债务付息"), new Line("30702", "国外债务付息"),
            new Line("310", "资本性支出"), new Line("31001", "房屋建筑物购建"), new Line("31002", "办公设备购置"),
            new Line("31003", "专用设备购置"), new Line("31005", "基础设施建设"), new Line("31006", "大型修缮"),
            new Line("31007", "信息网络及软件购置更新"), new Line("31008", "物资储备"), new Line("31009", "土地补偿"),
            new Line("31010", "安置补助"), new Line("31011", "地上附着物和青苗补偿"), new Line("31012", "拆迁补偿"),
            new Line("31013", "公务用车购置"), new Line("31019", "其他交通工具购置"), new Line("31021", "文物和陈列品购置"),
            new Line("31022", "无形资产购置"), new Line("31099", "其他资本性支出"), new Line("399", "其他支出"),
            new Line("39907", "国家赔偿费用支出"), new Line("39908", "对民间非营利组织和群众性自治组织补贴"),
            new Line("39909", "经常性赠与"), new Line("39910", "资本性赠与"), new Line("39999", "其他支出"));

    /** The kinds of unit generated: the name's tail and the class their own work is booked under. */
    record UnitKind(String suffix, FunctionClass main, boolean institution) {
    }

    static final List<UnitKind> UNIT_KINDS = List.of(
            new UnitKind("医疗保障信息中心", HEALTH, true), new UnitKind("医疗保障局", HEALTH, false),
            new UnitKind("农业技术推广中心", AGRICULTURE, true), new UnitKind("农业农村局", AGRICULTURE, false),
            new UnitKind("财政局", GENERAL, false), new UnitKind("人民政府办公室", GENERAL, false),
            new UnitKind("教育局", EDUCATION, false), new UnitKind("疾病预防控制中心", HEALTH, true),
            new UnitKind("人力资源和社会保障局", SOCIAL, false), new UnitKind("水利局", AGRICULTURE, false));

    static final List<String> PLACES = List.of("随州市曾都区", "广水市", "随县", "白河县", "沅江市", "枣阳市", "南漳县",
            "谷城县", "宜城市", "保康县", "安陆市", "孝昌县", "大悟县", "云梦县", "应城市", "汉川市");

    /** The classes every unit also spends under: pensions (208), employees' medical insurance (210), housing fund (221). */
    static final List<FunctionClass> COMMON = List.of(SOCIAL, HEALTH, HOUSING);

    private Catalogue() {
    }
}
