package cn.scorecard.app.platform;

import cn.scorecard.core.staff.StaffInputs;

/**
 * The staff-assessment inputs (考核事件, 结案指标, 一票否决, 书记员季度考评) that go with {@link ProvinceSource#current()}:
 * staff references are indexes of that same data's roster, and both come from one read of the database.
 */
public interface StaffInputsSource {
    StaffInputs current();

    /** The data version these inputs were read at (equal to {@link ProvinceSource#version()} when read together). */
    long version();
}
