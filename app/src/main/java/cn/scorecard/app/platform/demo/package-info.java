/** The demo province loaded on the first start, and its progress. Used by other modules through this named interface. */
@NamedInterface("demo")
package cn.scorecard.app.platform.demo;

import org.springframework.modulith.NamedInterface;
