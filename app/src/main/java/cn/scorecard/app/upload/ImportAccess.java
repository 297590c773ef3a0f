package cn.scorecard.app.upload;

import static cn.scorecard.app.security.Role.ADMIN;
import static cn.scorecard.app.security.Role.ASSESSOR;

import cn.scorecard.app.security.AllowedRoles;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may import data: the province-level data managers (administrators and the assessment office), because one
 * file may hold rows of any court. An import job is readable by the user who started it only (see the controller).
 */
final class ImportAccess {
    private ImportAccess() {
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.TYPE, ElementType.METHOD})
    @AllowedRoles({ADMIN, ASSESSOR})
    @interface DataManagers {
    }
}
