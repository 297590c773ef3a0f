package cn.scorecard.core.demo;

/**
 * Invented place names for the fictional province 江川省. None of the cities exists, so no generated court
 * name is the name of a real court.
 */
final class PlaceNames {
    static final String PROVINCE = "江川省";
    /** Abbreviation (简称) used in case numbers, like 豫 for 河南. */
    static final String PROVINCE_SHORT = "江";
    static final String HIGH_COURT_CODE = "R41";

    private static final String[] CITIES = {
        "澄源", "岚江", "霁州", "桐川", "沅北", "栖梧", "溪宁", "枫陵", "檀州", "蓼川",
        "汀阳", "芷江", "鹭屿", "茗城", "蕴山", "璞河", "琼溪", "苇州", "黛岭", "澜源"
    };
    private static final String[] DISTRICTS = {
        "城东区", "城西区", "新城区", "河东区", "湖滨区", "高新区", "青石县", "白沙县", "松岗县", "柳溪县",
        "望川县", "云岭县", "石门区", "南湖区", "北岸区", "清水县", "桃源县", "梅岭县", "龙泉区", "凤岗区"
    };

    private PlaceNames() {
    }

    /** City name without 市, cycling with a numeric suffix when more cities are asked than listed. */
    static String city(int index) {
        String base = CITIES[index % CITIES.length];
        return index < CITIES.length ? base : base + (index / CITIES.length + 1);
    }

    static String district(int index) {
        String base = DISTRICTS[index % DISTRICTS.length];
        return index < DISTRICTS.length ? base : base.substring(0, 2) + (index / DISTRICTS.length + 1)
                + base.substring(2);
    }
}
