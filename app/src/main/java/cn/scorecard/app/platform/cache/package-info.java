/** Caches emptied by a new data version (warnings, workbooks). Used by other modules through this named interface. */
@NamedInterface("cache")
package cn.scorecard.app.platform.cache;

import org.springframework.modulith.NamedInterface;
