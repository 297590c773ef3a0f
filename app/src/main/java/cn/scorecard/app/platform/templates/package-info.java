/** The downloadable import templates. Used by other modules through this named interface. */
@NamedInterface("templates")
package cn.scorecard.app.platform.templates;

import org.springframework.modulith.NamedInterface;
