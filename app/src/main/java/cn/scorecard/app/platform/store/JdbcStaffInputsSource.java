package cn.scorecard.app.platform.store;

import cn.scorecard.app.platform.StaffInputsSource;
import cn.scorecard.core.staff.StaffInputs;
import org.springframework.stereotype.Component;

/** The staff inputs of the database: the same cached read as {@link JdbcProvinceSource}. */
@Component
public class JdbcStaffInputsSource implements StaffInputsSource {
    private final JdbcProvinceSource province;

    public JdbcStaffInputsSource(JdbcProvinceSource province) {
        this.province = province;
    }

    @Override
    public StaffInputs current() {
        return province.snapshot().staffInputs();
    }

    @Override
    public long version() {
        return province.snapshot().version();
    }
}
