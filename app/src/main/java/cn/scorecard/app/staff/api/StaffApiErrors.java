package cn.scorecard.app.staff.api;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The staff API answers a refused request with a status and a Chinese message instead of a server error. */
@RestControllerAdvice(assignableTypes = {StaffApi.class, ObjectionApi.class})
class StaffApiErrors {
    @ExceptionHandler(IllegalArgumentException.class)
    ResponseEntity<ApiViews.Error> badRequest(IllegalArgumentException e) {
        return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new ApiViews.Error(e.getMessage()));
    }

    @ExceptionHandler(IllegalStateException.class)
    ResponseEntity<ApiViews.Error> conflict(IllegalStateException e) {
        return ResponseEntity.status(HttpStatus.CONFLICT).body(new ApiViews.Error(e.getMessage()));
    }
}
