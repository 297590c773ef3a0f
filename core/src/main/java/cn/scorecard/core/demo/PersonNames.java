package cn.scorecard.core.demo;

/** Plausible Chinese personal names from common surnames and given-name characters. */
final class PersonNames {
    private static final String[] SURNAMES = {
        "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高",
        "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁",
        "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔"
    };
    private static final String[] GIVEN = {
        "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀",
        "霞", "平", "刚", "桂", "英", "华", "建", "文", "玉", "兰", "志", "红", "晨", "雪", "琳", "宇", "浩", "婷",
        "欣", "怡", "博", "鹏", "颖", "佳", "思", "然", "凯", "航", "帆", "瑶", "昊", "睿", "晓", "海", "亮", "倩"
    };

    private PersonNames() {
    }

    /** Two or three characters; about 60% have a two-character given name. */
    static String next(Rand rand) {
        String name = rand.pick(SURNAMES) + rand.pick(GIVEN);
        return rand.chance(0.6) ? name + rand.pick(GIVEN) : name;
    }
}
