package cn.scorecard.core.io;

import java.io.IOException;

/**
 * A workbook the reader cannot parse, said in Chinese for the person who fixes it: fastexcel's own messages
 * ("null not found", "Cannot parse number : #DIV/0!") mean nothing to a court clerk.
 */
public final class XlsxProblem extends IOException {
    private static final long serialVersionUID = 1L;
    private static final String NUMBER = "Cannot parse number : ";

    XlsxProblem(String message) {
        super(message);
    }

    /** The Chinese reason for a failure of the workbook reader; sheet is null while the workbook is opened. */
    static XlsxProblem of(Throwable e, String sheet) {
        if (e instanceof XlsxProblem p) return p;
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.startsWith(NUMBER)) {
            return new XlsxProblem("数字单元格中的内容“" + m.substring(NUMBER.length()).strip()
                    + "”不是数字（公式出错？请把该单元格改为数值或文本）");
        }
        if (m.endsWith(" not found")) {
            String part = m.substring(0, m.length() - " not found".length());
            return new XlsxProblem(sheet == null ? "工作簿缺少必需的部件 " + part + "（文件不完整或不是 Excel 保存的 .xlsx？）"
                    : "工作簿中缺少工作表“" + sheet + "”的内容（" + part + "，文件不完整？）");
        }
        return new XlsxProblem((sheet == null ? "工作簿" : "工作表“" + sheet + "”") + "的内容无法解析（文件已损坏，或不是 .xlsx 格式）");
    }
}
