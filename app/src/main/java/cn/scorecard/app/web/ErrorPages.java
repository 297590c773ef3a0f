package cn.scorecard.app.web;

import cn.scorecard.app.security.Public;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every error the application answers, in one place: a Chinese page with the layout, a sentence saying what happened
 * and a way back; for {@code /api/**} a problem detail (RFC 9457) in Chinese. The sentence is the one the code gave
 * (a refused court, an unknown id, a parameter out of range) when it is ours, else the status's own; a server error
 * never shows its exception.
 */
@Controller
@Public
class ErrorPages implements ErrorController {

    @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
    String page(HttpServletRequest request, HttpServletResponse response, Model model) {
        HttpStatus status = status(request);
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("title", ErrorTexts.title(status));
        model.addAttribute("detail", detail(request, status));
        return "error";
    }

    @RequestMapping("/error")
    ResponseEntity<ProblemDetail> problem(HttpServletRequest request) {
        HttpStatus status = status(request);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail(request, status));
        p.setTitle(ErrorTexts.title(status));
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null) p.setInstance(URI.create(uri.toString().replace(" ", "%20")));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (code == null) return HttpStatus.NOT_FOUND; // /error asked for directly: there is no such page
        HttpStatus s = code instanceof Integer i ? HttpStatus.resolve(i) : null;
        return s == null ? HttpStatus.INTERNAL_SERVER_ERROR : s;
    }

    private static String detail(HttpServletRequest request, HttpStatus status) {
        if (status.is5xxServerError()) return ErrorTexts.sentence(status);
        Object denied = request.getAttribute(WebAttributes.ACCESS_DENIED_403);
        String given = denied instanceof Exception e ? e.getMessage() : (String) request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
        return ErrorTexts.isOurs(given) ? given : ErrorTexts.sentence(status);
    }
}
