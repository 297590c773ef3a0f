/** The one validated, atomic import of enforcement data and staff inputs, its log and its lock. Used by other modules through this named interface. */
@NamedInterface("importing")
package cn.scorecard.app.platform.importing;

import org.springframework.modulith.NamedInterface;
