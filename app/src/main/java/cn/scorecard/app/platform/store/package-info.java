/** The database as a source of provinces: loading, fingerprints and the data version. Used by other modules through this named interface. */
@NamedInterface("store")
package cn.scorecard.app.platform.store;

import org.springframework.modulith.NamedInterface;
