package cn.scorecard.app.security;

import java.time.LocalDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * On an empty user table, creates the demo users named in the README (one per role, scoped to courts of the
 * demo province). Their password is {@link #DEMO_PASSWORD}; outside the {@value #DEMO_PROFILE} profile each account must
 * change it at its first sign-in.
 */
@Component
@Order(100)
class DemoUsers implements ApplicationRunner {
    static final String DEMO_PASSWORD = "demo2026";
    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);
    static final String DEMO_PROFILE = "demo";
    private final UserRepository users;
    private final PasswordEncoder encoder;
    private final boolean demoProfile;

    DemoUsers(UserRepository users, PasswordEncoder encoder, org.springframework.core.env.Environment environment) {
        this.users = users;
        this.encoder = encoder;
        this.demoProfile = environment.matchesProfiles(DEMO_PROFILE);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) return;
        String hash = encoder.encode(DEMO_PASSWORD);
        LocalDateTime now = LocalDateTime.now();
        List<UserAccount> demo = List.of(
                new UserAccount("admin", "系统管理员", hash, Role.ADMIN, null, null, true, now),
                new UserAccount("assessor", "第三方评估组", hash, Role.ASSESSOR, null, null, true, now),
                new UserAccount("gaoyuan", "高院审管办", hash, Role.COURT_ADMIN, "R41", null, true, now),
                new UserAccount("zhongyuan", "澄源中院执行局", hash, Role.COURT_ADMIN, "江01", null, true, now),
                new UserAccount("chengdong", "城东区法院执行局", hash, Role.COURT_ADMIN, "江0102", null, true, now),
                new UserAccount("kaohe", "城东区法院考核领导小组", hash, Role.STAFF_GROUP, "江0102", null, true, now),
                new UserAccount("sunxueyan", "孙雪艳", hash, Role.OFFICER, "江0102", "江0102-001", true, now),
                new UserAccount("songlinlan", "宋琳兰", hash, Role.OFFICER, "江0102", "江0102-002", true, now));
        // outside the demo profile the well-known password only lets a user in to choose a real one
        demo.forEach(u -> users.insert(demoProfile ? u : u.withPassword(u.passwordHash(), true)));
        LOG.info("已创建 {} 个演示账号（密码 {}）{}", demo.size(), DEMO_PASSWORD, demoProfile ? ""
                : "；非演示模式：首次登录时必须修改密码");
    }
}
