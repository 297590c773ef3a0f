package cn.scorecard.core.catalog;

import cn.scorecard.core.court.Court;

/** When an indicator applies to a court (otherwise it is N/A and its weight is shared out). */
public enum Applicability {
    ALWAYS,
    /** 对于直辖市的中院不适用. */
    NOT_MUNICIPALITY,
    /** 仅适用重点城市. */
    KEY_CITY_ONLY;

    public boolean appliesTo(Court court) {
        return switch (this) {
            case ALWAYS -> true;
            case NOT_MUNICIPALITY -> !court.municipality();
            case KEY_CITY_ONLY -> court.keyCity();
        };
    }
}
