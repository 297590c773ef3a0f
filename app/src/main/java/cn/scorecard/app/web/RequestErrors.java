package cn.scorecard.app.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.validation.BindException;
import org.springframework.validation.FieldError;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * A request whose parameters do not bind or validate is a 400 that names the parameter and the value, in Chinese;
 * the error page (or the problem detail of the API) then shows that sentence ({@link ErrorPages}).
 */
@ControllerAdvice
class RequestErrors {

    @ExceptionHandler(BindException.class) // also MethodArgumentNotValidException: a bound record failed validation
    void invalid(BindException e, HttpServletResponse response) throws IOException {
        List<String> problems = e.getFieldErrors().stream().map(RequestErrors::describe).toList();
        response.sendError(400, String.join(Messages.text("request.separator"),
                problems.isEmpty() ? List.of(Messages.text("request.invalid")) : problems));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    void invalid(HandlerMethodValidationException e, HttpServletResponse response) throws IOException {
        List<String> problems = e.getParameterValidationResults().stream().flatMap(r -> {
            // a bound object (PeriodQuery, ListQuery): name its fields, which are the request's parameters
            if (r instanceof ParameterErrors errors && errors.hasFieldErrors()) {
                return errors.getFieldErrors().stream().map(RequestErrors::describe);
            }
            String name = r.getMethodParameter().getParameterName();
            return java.util.stream.Stream.of(Messages.text("request.invalidValue", name, String.valueOf(r.getArgument()))
                    + constraint(r.getResolvableErrors()));
        }).toList();
        response.sendError(400, String.join(Messages.text("request.separator"), problems));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void mismatch(MethodArgumentTypeMismatchException e, HttpServletResponse response) throws IOException {
        response.sendError(400, Messages.text("request.malformedValue", e.getName(), String.valueOf(e.getValue())));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    void missing(MissingServletRequestParameterException e, HttpServletResponse response) throws IOException {
        response.sendError(400, Messages.text("request.missing", e.getParameterName()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    void tooLarge(HttpServletResponse response) throws IOException {
        response.sendError(413, Messages.text("request.tooLarge"));
    }

    private static String describe(FieldError f) {
        if (f.isBindingFailure()) return Messages.text("request.malformedValue", f.getField(), String.valueOf(f.getRejectedValue()));
        return Messages.text("request.invalidValue", f.getField(), String.valueOf(f.getRejectedValue())) + constraint(List.of(f));
    }

    /** The allowed range of the usual constraints, in Chinese (the validator's own words follow the server's locale). */
    private static String constraint(List<? extends MessageSourceResolvable> errors) {
        for (MessageSourceResolvable e : errors) {
            String[] codes = e.getCodes();
            Object[] args = e.getArguments();
            if (codes == null || codes.length == 0) continue;
            String code = codes[codes.length - 1];
            if (code.equals("Min") && args != null && args.length > 1) return Messages.text("request.min", String.valueOf(args[1]));
            if (code.equals("Max") && args != null && args.length > 1) return Messages.text("request.max", String.valueOf(args[1]));
            if (code.equals("Pattern")) return Messages.text("request.pattern");
        }
        return "";
    }
}
