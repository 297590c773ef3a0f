package cn.scorecard.app.web;

import org.springframework.http.HttpStatus;

/** The Chinese words of the error pages and problem details. */
final class ErrorTexts {
    private ErrorTexts() {
    }

    static String title(HttpStatus status) {
        return switch (status.value()) {
            case 400 -> "请求有误";
            case 401 -> "请先登录";
            case 403 -> "无权访问";
            case 404 -> "未找到";
            case 405 -> "不支持的操作";
            case 409 -> "操作冲突";
            case 413 -> "文件过大";
            case 429 -> "请求过于频繁";
            default -> status.is5xxServerError() ? "系统出错" : "请求未完成";
        };
    }

    static String sentence(HttpStatus status) {
        return switch (status.value()) {
            case 400 -> "请求的参数有误，请检查后重试。";
            case 401 -> "请先登录后再访问。";
            case 403 -> "您无权查看该页面或该法院的数据。";
            case 404 -> "您要找的页面或数据不存在，可能已被删除或地址有误。";
            case 405 -> "该地址不支持此种操作。";
            case 409 -> "操作与当前状态冲突，请刷新后重试。";
            case 413 -> "上传的文件超过了允许的大小。";
            case 429 -> "请求过于频繁，请稍后再试。";
            default -> "系统处理请求时出错，请稍后重试；如果问题持续，请联系系统管理员。";
        };
    }

    /** A message our own code wrote for the user (Chinese), not a framework's English reason phrase. */
    static boolean isOurs(String message) {
        return message != null && message.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
    }
}
