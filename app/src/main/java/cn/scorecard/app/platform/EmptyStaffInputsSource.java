package cn.scorecard.app.platform;

import cn.scorecard.core.staff.StaffInputs;
import org.springframework.stereotype.Component;

/** Temporary: no incidents until the database-backed source replaces it. */
@Component
class EmptyStaffInputsSource implements StaffInputsSource {
    @Override
    public StaffInputs current() {
        return StaffInputs.empty();
    }
}
