package cn.scorecard.app.platform;

import cn.scorecard.core.staff.StaffInputs;

/** The assessment group's records (incidents, quotas, vetoes, clerks' quarterly evaluations) for the staff assessment. */
public interface StaffInputsSource {
    StaffInputs current();
}
