-- Users of the web application. One role per user; court_code scopes what the user may read and change
-- (法院管理员: the court and the courts under it; 考核领导小组 and 执行干警: their court); staff_code links
-- an officer (执行干警) to the roster for "my results".
CREATE TABLE app_user (
    username      VARCHAR(64)  PRIMARY KEY,
    display_name  VARCHAR(100) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    role          VARCHAR(32)  NOT NULL,
    court_code    VARCHAR(32),
    staff_code    VARCHAR(64),
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMP    NOT NULL
);
