package cn.scorecard.app.platform.store;

import cn.scorecard.core.data.ProvinceData;
import cn.scorecard.core.staff.StaffInputs;

/**
 * Everything read from the database in one transaction: the data the evaluation reads, the staff-assessment
 * inputs, the data version it was read at and a fingerprint of its content (equal data, equal fingerprint).
 */
public record Snapshot(ProvinceData province, StaffInputs staffInputs, long version, String fingerprint) {
}
