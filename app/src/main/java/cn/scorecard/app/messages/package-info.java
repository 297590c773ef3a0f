/**
 * The user-facing text of Java code (messages_zh_CN.properties), for the modules below web — security, audit,
 * platform, documents — which cannot use {@link cn.scorecard.app.web.Messages} without a cycle (web uses them),
 * and the one place where dates and numbers are written for people ({@link cn.scorecard.app.messages.Formats}).
 * It uses no other module.
 */
package cn.scorecard.app.messages;
