package cn.scorecard.app.web;

import org.springframework.stereotype.Component;

/**
 * The formats of {@link cn.scorecard.app.messages.Formats} as the templates' bean {@code @fmt}, and under this name
 * for the code above web (the static methods are inherited): dates and numbers are written in that one place.
 */
@Component("fmt")
public class Formats extends cn.scorecard.app.messages.Formats {
}
