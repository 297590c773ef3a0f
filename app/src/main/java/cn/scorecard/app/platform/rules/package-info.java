/** The rule book: catalog and staff rule-set versions by effective date. Used by other modules through this named interface. */
@NamedInterface("rules")
package cn.scorecard.app.platform.rules;

import org.springframework.modulith.NamedInterface;
